/**
 * An imported event in the app's incident schema. This is the one file that
 * knows both the import's terms (draft.ts) and the schema, so a change of
 * the schema is made here once for every dialect.
 */
import type { Incident } from '../../domain/types.ts';
import type { Claim, Figure } from '../../domain/types.ts';
import { CATEGORIES, type Category } from '../../domain/vocab.ts';
import type { CategoryKey, Draft, DraftFigure, DraftRow } from './draft.ts';

/** The import's category keys in the claims model's closed list. */
const CATEGORY: Record<CategoryKey, Category> = { 'pak-forces': 'PAK_SECURITY', 'afg-forces': 'AFG_FORCES', civilians: 'CIVILIANS', militants: 'MILITANTS' };

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

/** The incident an import draft stands for (validated afterwards by the data door). */
export function toIncident(d: Draft): Incident {
  // The groups where the file breaks its dead down, and its total row beside them (never added to them).
  const besideGroups = d.rows.some((r) => !r.total);
  // One list for the statement's rows (shared, so a worker message or IndexedDB keeps it once).
  const parties = d.parties.length > 0 ? d.parties.map((p) => ({ role: p.role, wording: p.wording, actors: [...p.actors] })) : undefined;
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
    // Imports name parties without direction (UCDP side_a/side_b, ACLED actor1/actor2): kept on the claims, no side's attribution is invented.
    attribution: { PAK: { responsible: null, targets: null }, AFG: { responsible: null, targets: null } },
    claims: d.rows.map((r) => claimOf(d, r, besideGroups, parties)),
    stances: {},
    verification: 'unverified',
    verificationWording: `${d.claimant}'s own record, not checked against other sources here`,
    notes: d.notes,
    sources: [{ ref: d.source.ref, publisher: d.source.publisher, title: d.source.title, date: d.source.date, url: d.source.url, linkCheck: null }],
    lon: d.lon,
    lat: d.lat,
  };
}
