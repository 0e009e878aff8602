/**
 * An imported event in the app's incident schema. This is the one file that
 * knows both the import's terms (draft.ts) and the schema, so a change of
 * the schema is made here once for every dialect.
 */
import type { Incident } from '../../domain/types.ts';
import type { Claim } from '../../domain/types.ts';
import { CATEGORIES, type Category } from '../../domain/vocab.ts';
import type { CategoryKey, Draft, DraftRow } from './draft.ts';

/** The import's category keys in the claims model's closed list. */
const CATEGORY: Record<CategoryKey, Category> = { 'pak-forces': 'PAK_SECURITY', 'afg-forces': 'AFG_FORCES', civilians: 'CIVILIANS', militants: 'MILITANTS' };

function claimOf(d: Draft, r: DraftRow): Claim {
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
    killed: r.killed === null ? null : { n: r.killed.n, max: r.killed.max, qualifier: null },
    injured: null,
    qualifierWording: null,
    breakdown: null,
    date: null,
    sourceRef: d.source.ref,
    aggregate: false,
    note: null,
  };
}

/** The incident an import draft stands for (validated afterwards by the data door). */
export function toIncident(d: Draft): Incident {
  // Until the claims model carries a total row beside its groups, a statement's rows are summed:
  // keep the groups where the file breaks its total down, the total where it does not.
  const groups = d.rows.filter((r) => !r.total);
  const rows = groups.length > 0 ? groups : d.rows;
  const parties = d.parties.map((p) => `${p.role}: ${p.wording}`).join('; ');
  // The total row's range and best estimate, kept in words until the figure carries a best estimate.
  const totals = d.rows
    .filter((r) => r.total && groups.length > 0 && r.killed !== null)
    .map((r) => `${d.claimant} total killed: low ${r.killed!.n}, best ${r.killed!.best ?? '—'}, high ${r.killed!.max ?? 'left out (below low)'}`);
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
    secondaryLocations: [],
    type: d.type,
    typeWording: d.typeWording,
    targets: [],
    parentId: null,
    claimedBy: null,
    // Imports name parties without direction (UCDP side_a/side_b, ACLED actor1/actor2): no side's attribution is invented.
    attribution: { PAK: { responsible: null, targets: null }, AFG: { responsible: null, targets: null } },
    claims: rows.map((r) => claimOf(d, r)),
    stances: {},
    verification: 'unverified',
    verificationWording: `${d.claimant}'s own record, not checked against other sources here`,
    notes: [...totals, parties, d.notes].filter(Boolean).join('; ') || null,
    sources: [{ ref: d.source.ref, publisher: d.source.publisher, title: d.source.title, date: d.source.date, url: d.source.url, linkCheck: null }],
    lon: d.lon,
    lat: d.lat,
  };
}
