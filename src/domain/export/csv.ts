/**
 * The CSV export: one row per claim, the incident's columns repeated on each;
 * an incident with no claim gets one row with the claim columns empty (an
 * empty cell is "no claim", never 0). Each side's headline under the view's
 * Count is given as the app words it, so a spreadsheet shows what the map shows.
 */
import type { Claim, Figure, Incident, Source } from '../types.ts';
import { SIDES, type Side } from '../vocab.ts';
import { csvText } from './csvText.ts';

/** The headline text of a side for an incident, as the app shows it (the caller applies the Count). */
export type HeadlineText = (incident: Incident, side: Side) => string;

type Cell = string | number | boolean | null;

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
];

const figure = (name: string, pick: (c: Claim) => Figure | null): [string, (c: Claim) => Cell][] => [
  [name, (c) => pick(c)?.n ?? null],
  [`${name}_max`, (c) => pick(c)?.max ?? null],
  [`${name}_qualifier`, (c) => pick(c)?.qualifier ?? null],
];

const CLAIM_COLUMNS: [string, (c: Claim, source: Source | undefined) => Cell][] = [
  ['claim_side', (c) => c.side],
  ['claimant', (c) => c.claimant],
  ['claimant_type', (c) => c.claimantType],
  ['group', (c) => c.group],
  ...figure('killed', (c) => c.killed),
  ...figure('injured', (c) => c.injured),
  ['qualifier_wording', (c) => c.qualifierWording],
  ['breakdown', (c) => c.breakdown],
  ['claim_date', (c) => c.date],
  ['aggregate', (c) => c.aggregate],
  ['note', (c) => c.note],
  ['source_publisher', (_c, s) => s?.publisher ?? null],
  ['source_title', (_c, s) => s?.title ?? null],
  ['source_date', (_c, s) => s?.date ?? null],
  ['source_url', (_c, s) => s?.url ?? null],
];

/** The header row. */
export function csvHeader(): string[] {
  return [...INCIDENT_COLUMNS.map(([h]) => h), ...SIDES.map((s) => `headline_${s}`), ...CLAIM_COLUMNS.map(([h]) => h)];
}

/** The rows of one incident: one per claim, or one with empty claim cells where it has none. */
export function incidentRows(i: Incident, headlineText: HeadlineText): Cell[][] {
  const head: Cell[] = [...INCIDENT_COLUMNS.map(([, f]) => f(i)), ...SIDES.map((s) => headlineText(i, s))];
  if (i.claims.length === 0) return [[...head, ...CLAIM_COLUMNS.map(() => null)]];
  const sources = new Map(i.sources.map((s) => [s.ref, s]));
  return i.claims.map((c) => [...head, ...CLAIM_COLUMNS.map(([, f]) => f(c, sources.get(c.sourceRef)))]);
}

/**
 * The CSV file of the incidents (UTF-8 text with a byte order mark and a header row).
 * @example incidentsCsv([i], () => 'no claim').split('\r\n').length === 1 + Math.max(1, i.claims.length) + 1
 */
export function incidentsCsv(incidents: readonly Incident[], headlineText: HeadlineText): string {
  return csvText(csvHeader(), incidents.flatMap((i) => incidentRows(i, headlineText)));
}
