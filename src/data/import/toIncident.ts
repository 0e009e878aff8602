/**
 * An imported event in the app's incident schema. This is the one file that
 * knows both the import's terms (draft.ts) and the schema, so a change of
 * the schema is made here once for every dialect.
 *
 * Equal parts of a file's incidents are one object (`SharedParts`): UCDP's
 * rows repeat the same groups, zeros, parties and cited articles thousands of
 * times, and a batch posted from the import worker is structured-cloned with
 * each shared object once, so the page receives (and holds) a fraction of the
 * objects. Imported incidents are read-only, as decoded compact rows are.
 */
import type { Claim, Figure, Incident, Source } from '../../domain/types.ts';
import { CATEGORIES, type Category } from '../../domain/vocab.ts';
import type { CategoryKey, Draft, DraftFigure, DraftRow } from './draft.ts';

/** The import's category keys in the claims model's closed list. */
const CATEGORY: Record<CategoryKey, Category> = { 'pak-forces': 'PAK_SECURITY', 'afg-forces': 'AFG_FORCES', civilians: 'CIVILIANS', militants: 'MILITANTS' };

/** One file's pool of equal parts: each key's first object is returned for every later equal part. */
export class SharedParts {
  private readonly parts = new Map<string, unknown>();

  /** The part `key` names, made by `make` the first time. */
  share<T>(key: string, make: () => T): T {
    const hit = this.parts.get(key);
    if (hit !== undefined) return hit as T;
    const made = make();
    this.parts.set(key, made);
    return made;
  }
}

function claimOf(d: Draft, r: DraftRow, besideGroups: boolean, parties: Claim['parties']): Claim {
  // A row that names none of the categories (e.g. UCDP deaths of the Government of India) may count any of them: not broken down.
  const categories: Category[] = r.categories.length > 0 ? r.categories.map((c) => CATEGORY[c]) : [...CATEGORIES];
  return {
    side: 'INDEPENDENT',
    claimant: d.claimant,
    claimantType: d.claimantType,
    group: r.group,
    categories,
    notBrokenDown: !r.brokenDown || categories.length > 1,
    noneReported: false,
    // An imported dataset is its publisher's own count (UCDP, ACLED, the file's author).
    recordKind: 'publisher',
    superseded: false,
    partial: null,
    denies: [],
    killed: r.killed === null ? null : figureOf(r.killed),
    injured: null,
    qualifierWording: null,
    breakdown: null,
    date: null,
    sourceRef: d.source.ref,
    aggregate: false,
    // A total beside the groups restates their dead: shown, never added to them (statements.ts mayHead).
    ...(besideGroups && r.total ? { total: true } : {}),
    ...(parties !== undefined ? { parties } : {}),
    note: null,
  };
}

function figureOf(f: DraftFigure): Figure {
  return f.best === null ? { n: f.n, max: f.max, qualifier: null } : { n: f.n, max: f.max, qualifier: null, best: f.best };
}

/**
 * The incident an import draft stands for (validated afterwards by the data
 * door), its equal parts shared through `pool` (one pool per file).
 */
export function toIncident(d: Draft, pool: SharedParts = new SharedParts()): Incident {
  // The groups where the file breaks its dead down, and its total row beside them (never added to them).
  const besideGroups = d.rows.some((r) => !r.total);
  // One list for the statement's rows.
  const partiesKey = JSON.stringify(d.parties);
  const parties = d.parties.length === 0 ? undefined : pool.share(`p${partiesKey}`, () => d.parties.map((p) => ({ role: p.role, wording: p.wording, actors: [...p.actors] })));
  const claims = d.rows.map((r) => pool.share(`c${JSON.stringify([d.claimant, d.claimantType, d.source.ref, r, besideGroups])}${partiesKey}`, () => claimOf(d, r, besideGroups, parties)));
  const s = d.source;
  const source = pool.share<Source>(`s${JSON.stringify(s)}`, () => ({ ref: s.ref, publisher: s.publisher, title: s.title, date: s.date, url: s.url, linkCheck: null }));
  return {
    id: d.id,
    title: d.title,
    start: d.start,
    end: d.end,
    datePrecision: d.datePrecision,
    dateWording: d.dateWording,
    place: d.place,
    province: d.province,
    district: d.district,
    country: d.country,
    locationPrecision: d.locationPrecision,
    uncertaintyKm: d.uncertaintyKm,
    locationWording: d.locationWording,
    coordinateBasis: `as given by ${d.claimant}`,
    coordinateNote: null,
    coordinatesVerified: false,
    secondaryLocations: pool.share('secondaryLocations', () => []),
    type: d.type,
    typeWording: d.typeWording,
    targets: pool.share('targets', () => []),
    parentId: null,
    claimedBy: null,
    // Imports name parties without direction (UCDP side_a/side_b, ACLED actor1/actor2): kept on the claims, no side's attribution is invented.
    attribution: pool.share('attribution', () => ({ PAK: { responsible: null, targets: null }, AFG: { responsible: null, targets: null } })),
    claims,
    stances: pool.share('stances', () => ({})),
    verification: 'unverified',
    verificationWording: `${d.claimant}'s own record, not checked against other sources here`,
    notes: d.notes,
    sources: pool.share(`ss${JSON.stringify(s)}`, () => [source]),
    lon: d.lon,
    lat: d.lat,
  };
}
