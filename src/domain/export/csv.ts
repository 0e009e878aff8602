/**
 * The CSV export: one row per claim, the incident's columns repeated on each;
 * an incident with no claim gets one row with the claim columns empty (an
 * empty cell is "no claim", never 0). Each side's headline under the view's
 * Count is given as the app words it, so a spreadsheet shows what the map shows;
 * each claim keeps whose dead it counts (categories), its record kind, its
 * superseded/partial marks, a best estimate beside its range, whether it
 * restates its statement's total, the parties a publisher names without
 * direction, and whether it is a claimed kill (derived); each
 * incident, every side's stance and who did it / whom it targeted per side.
 */
import { isClaimedKill } from '../headline.ts';
import { sideStance } from '../stance.ts';
import type { Attribution, Claim, Figure, Incident, Source } from '../types.ts';
import { ACTOR_NAMES, ATTRIBUTING_SIDES, CATEGORY_NAMES, SIDES, TARGET_NAMES, type Category, type Side, type TargetId } from '../vocab.ts';
import { csvText } from './csvText.ts';

/** The headline text of a side for an incident, as the app shows it (the caller applies the Count). */
export type HeadlineText = (incident: Incident, side: Side) => string;

type Cell = string | number | boolean | null;

/** Several names in one cell ("Civilians; Militants and attackers"); empty for none. */
const names = (xs: readonly string[]): string => xs.join('; ');
const categories = (cs: readonly Category[]): string => names(cs.map((c) => CATEGORY_NAMES[c]));
const targets = (ts: readonly TargetId[] | null): string | null => (ts === null ? null : names(ts.map((t) => TARGET_NAMES[t])));
const actors = (a: Attribution | null): string | null => (a === null ? null : names(a.actors.map((x) => ACTOR_NAMES[x])));

const INCIDENT_COLUMNS: [string, (i: Incident) => Cell][] = [
  ['incident_id', (i) => i.id],
  ['title', (i) => i.title],
  ['start', (i) => i.start],
  ['end', (i) => i.end],
  ['type', (i) => i.type],
  ['country', (i) => i.country],
  ['province', (i) => i.province],
  ['district', (i) => i.district],
  ['place', (i) => i.place],
  ['lon', (i) => i.lon],
  ['lat', (i) => i.lat],
  ['location_precision', (i) => i.locationPrecision],
  ['uncertainty_km', (i) => i.uncertaintyKm],
  ['verification', (i) => i.verification],
  ['claimed_by', (i) => actors(i.claimedBy)],
  ...ATTRIBUTING_SIDES.flatMap((side): [string, (i: Incident) => Cell][] => [
    [`responsible_${side}`, (i) => actors(i.attribution[side].responsible)],
    [`responsible_${side}_wording`, (i) => i.attribution[side].responsible?.wording ?? null],
    [`targets_${side}`, (i) => targets(i.attribution[side].targets?.targets ?? null)],
    [`targets_${side}_wording`, (i) => i.attribution[side].targets?.wording ?? null],
  ]),
  ...SIDES.map((side): [string, (i: Incident) => Cell] => [`stance_${side}`, (i) => sideStance(i, side)]),
];

const figure = (name: string, pick: (c: Claim) => Figure | null): [string, (c: Claim) => Cell][] => [
  [name, (c) => pick(c)?.n ?? null],
  [`${name}_max`, (c) => pick(c)?.max ?? null],
  [`${name}_qualifier`, (c) => pick(c)?.qualifier ?? null],
  [`${name}_best`, (c) => pick(c)?.best ?? null],
];

/** Parties a publisher names (UCDP sides, ACLED actors): "side A: Government of Pakistan; side B: TTP" and their actor ids' names. */
const partyWording = (c: Claim): string | null => (c.parties === undefined ? null : c.parties.map((p) => `${p.role}: ${p.wording}`).join('; '));
const partyActors = (c: Claim): string | null => (c.parties === undefined ? null : names([...new Set(c.parties.flatMap((p) => p.actors))].map((a) => ACTOR_NAMES[a])));

const CLAIM_COLUMNS: [string, (c: Claim, source: Source | undefined) => Cell][] = [
  ['claim_side', (c) => c.side],
  ['claimant', (c) => c.claimant],
  ['claimant_type', (c) => c.claimantType],
  ['group', (c) => c.group],
  ['categories', (c) => categories(c.categories)],
  ['not_broken_down', (c) => c.notBrokenDown],
  ['none_reported', (c) => c.noneReported],
  ['claimed_kill', (c) => isClaimedKill(c.side, c.categories)],
  ['record_kind', (c) => c.recordKind],
  ['superseded', (c) => c.superseded],
  ['partial', (c) => c.partial],
  ['denies', (c) => categories(c.denies)],
  ...figure('killed', (c) => c.killed),
  ...figure('injured', (c) => c.injured),
  ['qualifier_wording', (c) => c.qualifierWording],
  ['breakdown', (c) => c.breakdown],
  ['claim_date', (c) => c.date],
  ['aggregate', (c) => c.aggregate],
  ['statement_total', (c) => c.total === true],
  ['parties_wording', partyWording],
  ['parties_actors', partyActors],
  ['note', (c) => c.note],
  ['source_publisher', (_c, s) => s?.publisher ?? null],
  ['source_title', (_c, s) => s?.title ?? null],
  ['source_date', (_c, s) => s?.date ?? null],
  ['source_url', (_c, s) => s?.url ?? null],
];

/** The header row; the headline columns name the Count they were read under (e.g. `headline_PAK_all_killed`). */
export function csvHeader(count = 'all killed'): string[] {
  const under = count.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return [...INCIDENT_COLUMNS.map(([h]) => h), ...SIDES.map((s) => `headline_${s}_${under}`), ...CLAIM_COLUMNS.map(([h]) => h)];
}

/** The rows of one incident: one per claim, or one with empty claim cells where it has none. */
export function incidentRows(i: Incident, headlineText: HeadlineText): Cell[][] {
  const head: Cell[] = [...INCIDENT_COLUMNS.map(([, f]) => f(i)), ...SIDES.map((s) => headlineText(i, s))];
  if (i.claims.length === 0) return [[...head, ...CLAIM_COLUMNS.map(() => null)]];
  const sources = new Map(i.sources.map((s) => [s.ref, s]));
  return i.claims.map((c) => [...head, ...CLAIM_COLUMNS.map(([, f]) => f(c, sources.get(c.sourceRef)))]);
}

/**
 * The CSV file of the incidents (UTF-8 text with a byte order mark and a header
 * row); `count` names the Count the headlines were read under (the Count's label).
 * @example incidentsCsv([i], () => 'no claim').split('\r\n').length === 1 + Math.max(1, i.claims.length) + 1
 */
export function incidentsCsv(incidents: readonly Incident[], headlineText: HeadlineText, count?: string): string {
  return csvText(csvHeader(count), incidents.flatMap((i) => incidentRows(i, headlineText)));
}
