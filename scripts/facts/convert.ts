/**
 * Pure conversion of the fact sheet into incident features. Every judgement
 * comes from a reviewed table in this folder; anything the tables do not
 * cover, or cover with a stale wording, throws (a fact-sheet change must
 * never be silently mis-mapped). The result is validated by the schema.
 */
import { IncidentFeature, type IncidentFeatureT, type ClaimT, type SourceT } from '../../src/data/schema.ts';
import { ATTRIBUTING_SIDES, COUNTRIES, SIDES, type Country, type Side } from '../../src/domain/vocab.ts';
import { ATTRIBUTION_MAPPING } from './attributionMapping.ts';
import { CLAIM_MAPPING } from './claimMapping.ts';
import { GROUP_MAPPING, GROUP_OVERRIDES } from './groupMapping.ts';
import { INCIDENT_MAPPING } from './incidentMapping.ts';
import { RECORD_MAPPING } from './recordMapping.ts';
import { CATEGORY_DENIALS, ROW_MARKS } from './rowMarks.ts';
import { TYPE_MAPPING } from './typeMapping.ts';
import type { Figure } from '../../src/domain/types.ts';
import type { ActorDecision, RawClaim, RawIncident, RawSource, TargetDecision } from './types.ts';

/** Schema fields that cannot be empty but the fact sheet leaves null (Doha, Istanbul). */
export const NOT_STATED = 'not stated';

/** Thrown for anything the reviewed tables do not cover. */
export class MappingError extends Error {}

function fail(id: string, what: string): never {
  throw new MappingError(`${id}: ${what}`);
}

/** Figures of a row with no qualifier: exact numbers, null where not stated. */
function exact(n: number | null): Figure | null {
  return n === null ? null : { n, max: null, qualifier: null };
}

/** Checks a decision's wording is verbatim text of one of the fact-sheet fields it may come from. */
function verbatim(id: string, field: string, wording: string, from: readonly (string | null)[]): void {
  if (!from.some((f) => f !== null && f.includes(wording))) fail(id, `${field}: wording ${JSON.stringify(wording)} is not in the fact sheet's text (changed?)`);
}

function responsible(id: string, field: string, d: ActorDecision | null, from: readonly (string | null)[]) {
  if (d === null) return null;
  verbatim(id, field, d.wording, from);
  return { wording: d.wording, actors: [...d.actors] };
}

function targetsOf(id: string, field: string, d: TargetDecision | null, from: readonly (string | null)[]) {
  if (d === null) return null;
  verbatim(id, field, d.wording, from);
  return { wording: d.wording, targets: [...d.targets] };
}

/** Who claimed it and, per attributing side, whom it holds responsible and whom the act targeted. */
function attributionOf(raw: RawIncident) {
  const a = ATTRIBUTION_MAPPING[raw.id];
  if (a === undefined) fail(raw.id, 'no entry in attributionMapping.ts');
  const blamed: Record<(typeof ATTRIBUTING_SIDES)[number], string | null> = { PAK: raw.blamed_by_pakistan, AFG: raw.blamed_by_afghanistan };
  const claimedBy = responsible(raw.id, 'claimedBy', a.claimedBy, [raw.perpetrator_claimed_by]);
  const attribution = Object.fromEntries(
    ATTRIBUTING_SIDES.map((side) => [
      side,
      {
        responsible: responsible(raw.id, `${side}.responsible`, a[side].responsible, [blamed[side], raw.perpetrator_claimed_by]),
        targets: targetsOf(raw.id, `${side}.targets`, a[side].targets, [...raw.targets, blamed[side], raw.perpetrator_claimed_by]),
      },
    ]),
  ) as IncidentFeatureT['properties']['attribution'];
  return { claimedBy, attribution };
}

/** Whose dead, on what record, and any mark or category denial of one row, from the reviewed tables. */
function readingOf(raw: RawIncident, c: RawClaim, key: string) {
  const override = GROUP_OVERRIDES[key];
  if (override !== undefined && override.group !== c.group) fail(key, `group changed since its override was reviewed: ${JSON.stringify(c.group)}`);
  const group = override ?? GROUP_MAPPING[c.group];
  if (group === undefined) fail(key, `no category mapping for group ${JSON.stringify(c.group)} (groupMapping.ts)`);
  const record = RECORD_MAPPING[c.claimant];
  if (record === undefined) fail(key, `no record kind for claimant ${JSON.stringify(c.claimant)} (recordMapping.ts)`);
  const mark = ROW_MARKS[key];
  const denial = CATEGORY_DENIALS[key];
  const words = [c.claimant, c.note, c.group, c.qualifier, ...raw.casualty_claims.map((r) => r.claimant)];
  for (const [what, entry] of [['mark', mark], ['category denial', denial]] as const) {
    if (entry === undefined) continue;
    if (entry.claimant !== c.claimant) fail(key, `${what}: claimant changed since it was reviewed`);
    verbatim(key, what, entry.evidence, words);
  }
  return {
    categories: [...group.categories],
    notBrokenDown: group.notBrokenDown,
    noneReported: group.noneReported,
    recordKind: record.kind,
    superseded: mark?.mark === 'superseded',
    partial: mark?.mark === 'partial' ? (mark.covers ?? fail(key, 'a partial mark must say what it covers')) : null,
    denies: denial === undefined ? [] : [...denial.categories],
  };
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30).replace(/-$/, '');
}

/** Sources with a `ref`: the claims' source_ref where a claim points at the URL, else a slug. */
function sourcesOf(raw: RawIncident): SourceT[] {
  const refByUrl = new Map<string, string>();
  for (const c of raw.casualty_claims) {
    const known = refByUrl.get(c.source_url);
    if (known !== undefined && known !== c.source_ref) fail(raw.id, `URL ${c.source_url} has two refs: ${known}, ${c.source_ref}`);
    if (!raw.sources.some((s) => s.url === c.source_url)) fail(raw.id, `claim source ${c.source_ref} (${c.source_url}) is not among the incident's sources`);
    refByUrl.set(c.source_url, c.source_ref);
  }
  const used = new Set(refByUrl.values());
  return raw.sources.map((s: RawSource) => {
    let ref = refByUrl.get(s.url);
    if (ref === undefined) {
      const base = `${slug(s.publisher)}-${s.date ?? 'undated'}`;
      ref = base;
      for (let k = 2; used.has(ref); k++) ref = `${base}-${k}`;
      used.add(ref);
    }
    return { ref, publisher: s.publisher, title: s.title, date: s.date, url: s.url, linkCheck: s.link_check ?? null };
  });
}

function claimOf(raw: RawIncident, c: RawClaim, index: number, deniedBy: Set<Side>): ClaimT {
  const key = `${raw.id}#${index}`;
  if (!(SIDES as readonly string[]).includes(c.side)) fail(key, `unknown side ${JSON.stringify(c.side)}`);
  const side = c.side as Side;
  const decision = CLAIM_MAPPING[key];
  let figures = { killed: exact(c.killed), injured: exact(c.injured) };
  let aggregate = false;
  if (decision === undefined) {
    if (c.qualifier !== null) fail(key, `qualifier ${JSON.stringify(c.qualifier)} has no reviewed reading in claimMapping.ts`);
    if (c.killed === 0 && c.injured === 0) fail(key, '0 killed and 0 injured (possibly a denial) has no reviewed reading in claimMapping.ts');
  } else {
    if (decision.claimant !== c.claimant || decision.killed !== c.killed || decision.injured !== c.injured || decision.qualifier !== c.qualifier) {
      fail(key, 'row changed since its reading was reviewed (claimant, figures or qualifier differ)');
    }
    figures = decision.figures;
    aggregate = decision.aggregate;
    if (decision.denial) deniedBy.add(side);
  }
  return {
    side,
    claimant: c.claimant,
    claimantType: c.claimant_type,
    group: c.group,
    ...readingOf(raw, c, key),
    killed: figures.killed,
    injured: figures.injured,
    qualifierWording: c.qualifier,
    breakdown: c.breakdown,
    date: c.date_of_claim,
    sourceRef: c.source_ref,
    aggregate,
    note: c.note,
  };
}

/** Converts one fact-sheet incident to a schema-valid feature, or throws MappingError. */
export function convertIncident(raw: RawIncident): IncidentFeatureT {
  const d = INCIDENT_MAPPING[raw.id];
  if (d === undefined) fail(raw.id, 'no entry in incidentMapping.ts');
  if (d.dateWording !== raw.date_precision) fail(raw.id, `date wording changed: ${JSON.stringify(raw.date_precision)}`);
  if (d.locationWording !== raw.coord_precision) fail(raw.id, `coordinate wording changed: ${JSON.stringify(raw.coord_precision)}`);
  if (d.verificationWording !== raw.verification) fail(raw.id, `verification wording changed: ${JSON.stringify(raw.verification)}`);
  const type = TYPE_MAPPING[raw.incident_type];
  if (type === undefined) fail(raw.id, `no type mapping for ${JSON.stringify(raw.incident_type)}`);
  if (!(COUNTRIES as readonly string[]).includes(raw.country)) fail(raw.id, `unknown country ${JSON.stringify(raw.country)}`);

  const deniedBy = new Set<Side>();
  const claims = raw.casualty_claims.map((c, i) => claimOf(raw, c, i, deniedBy));
  for (const side of deniedBy) {
    if (d.stances[side] !== 'denied') fail(raw.id, `a ${side} row is a denial but the ${side} stance is not 'denied'`);
  }
  for (const side of SIDES) {
    // Nothing anonymous is ever called acknowledged: a side heard only through anonymous rows cannot be.
    const rows = claims.filter((c) => c.side === side);
    if (d.stances[side] === 'acknowledged' && rows.length > 0 && rows.every((c) => c.recordKind === 'anonymous')) {
      fail(raw.id, `${side} stance is 'acknowledged' but every ${side} row is anonymous`);
    }
  }
  const fromMemory = raw.coord_basis.includes('from memory');
  const feature: IncidentFeatureT = {
    type: 'Feature',
    id: raw.id,
    geometry: { type: 'Point', coordinates: [raw.lon, raw.lat] },
    properties: {
      id: raw.id,
      title: raw.title,
      start: raw.start_date,
      end: raw.end_date,
      datePrecision: d.datePrecision,
      dateWording: raw.date_precision === 'day' ? null : raw.date_precision,
      place: raw.place_name,
      province: raw.province ?? NOT_STATED,
      district: raw.district ?? NOT_STATED,
      country: raw.country as Country,
      locationPrecision: d.locationPrecision,
      uncertaintyKm: d.uncertaintyKm,
      locationWording: raw.coord_precision,
      coordinateBasis: raw.coord_basis,
      coordinateNote: raw.coord_note,
      coordinatesVerified: !fromMemory,
      secondaryLocations: raw.secondary_locations.map((s) => ({ name: s.place_name, lat: s.lat, lon: s.lon, note: s.note })),
      type,
      typeWording: raw.incident_type,
      targets: [...raw.targets],
      parentId: raw.parent_id,
      ...attributionOf(raw),
      claims,
      stances: { ...d.stances },
      verification: d.verification,
      verificationWording: raw.verification,
      notes: raw.notes,
      sources: sourcesOf(raw),
    },
  };
  const parsed = IncidentFeature.safeParse(feature);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    fail(raw.id, `schema: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return feature;
}

/** Converts the whole fact sheet, checking the tables hold no entry for an unknown incident. */
export function convertFacts(raw: readonly RawIncident[]): { type: 'FeatureCollection'; features: IncidentFeatureT[] } {
  const ids = new Set(raw.map((r) => r.id));
  if (ids.size !== raw.length) throw new MappingError('duplicate incident ids in the fact sheet');
  for (const id of [...Object.keys(INCIDENT_MAPPING), ...Object.keys(ATTRIBUTION_MAPPING)]) {
    if (!ids.has(id)) fail(id, 'table entry for an incident the fact sheet no longer has (stale entry)');
  }
  for (const key of [...Object.keys(CLAIM_MAPPING), ...Object.keys(GROUP_OVERRIDES), ...Object.keys(ROW_MARKS), ...Object.keys(CATEGORY_DENIALS)]) {
    const [id, index] = key.split('#');
    const inc = raw.find((r) => r.id === id);
    if (inc === undefined || inc.casualty_claims[Number(index)] === undefined) fail(key, 'claim reading for a row the fact sheet no longer has (stale entry)');
  }
  for (const r of raw) {
    if (r.parent_id !== null && !ids.has(r.parent_id)) fail(r.id, `parent ${r.parent_id} does not exist`);
  }
  return { type: 'FeatureCollection', features: raw.map(convertIncident) };
}
