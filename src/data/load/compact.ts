/**
 * The compact row format: newline-delimited JSON whose first line is a header
 * of shared tables and whose every other line is one incident as a short
 * array (~80 bytes instead of ~1.5 KB for a full feature). It is how a
 * million synthetic incidents travel; `decodeRow` turns a row back into
 * exactly the feature the generator built (tested byte for byte).
 *
 * Validation is lean: the header's tables go through the zod schema once;
 * each row gets structural checks (types, indices in range, real dates,
 * finite coordinates). A decoded row is made only of validated parts.
 */
import { z } from 'zod';
import { isCivilDate } from '../../domain/civilDate.ts';
import { COUNTRIES, DATE_PRECISIONS, INCIDENT_TYPES, LOCATION_PRECISIONS, type Side } from '../../domain/vocab.ts';
import { Claim, IncidentProperties, Source, type IncidentFeatureT, type IncidentPropertiesT } from '../schema.ts';

/** The `format` value of a compact header line. */
export const COMPACT_FORMAT = 'durand-atlas-compact';
/**
 * The format version. 2: claimants carry categories and record kinds, and
 * attributions each side's responsible actors and targets. Version 1 files
 * cannot be migrated (whom a side blamed and whom a strike targeted were one
 * field), so they are refused with a message saying to regenerate them.
 */
export const COMPACT_VERSION = 2;

const Claimant = Claim.pick({ side: true, claimant: true, claimantType: true, group: true, categories: true, notBrokenDown: true, recordKind: true }).strict();

/** The header line: tables rows point into, and the wording shared by every row. */
export const CompactHeader = z
  .object({
    format: z.literal(COMPACT_FORMAT),
    version: z.literal(COMPACT_VERSION, { error: `version ${COMPACT_VERSION} (a version 1 file predates categories, record kinds and per-side responsible/targets: regenerate it with npm run generate)` }),
    count: z.number().int().nonnegative(),
    idPrefix: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    regions: z.array(z.object({ name: z.string().min(1), country: z.enum(COUNTRIES) }).strict()),
    locations: z.array(z.object({ precision: z.enum(LOCATION_PRECISIONS), uncertaintyKm: z.number().nonnegative() }).strict()),
    attributions: z.array(IncidentProperties.pick({ claimedBy: true, attribution: true }).strict()),
    claimants: z.array(Claimant),
    source: Source,
    wording: IncidentProperties.pick({ place: true, locationWording: true, coordinateBasis: true, verificationWording: true, verification: true }),
  })
  .strict();
export type CompactHeaderT = z.infer<typeof CompactHeader>;

/** A claim in a row: [claimant index, killed n, injured n or -1]. */
export type CompactClaim = [number, number, number];
/**
 * One row: [n, lon, lat, start, end|null, datePrecision index, region index,
 * location index, type index, attribution index, claims, denied bits (1 = PAK, 2 = AFG)].
 */
export type CompactRow = [number, number, number, string, string | null, number, number, number, number, number, CompactClaim[], number];

const EMPTY: never[] = [];
Object.freeze(EMPTY);

/** Row number → id, e.g. `syn-7-0000012`. */
export function compactId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(7, '0')}`;
}

const isIndex = (v: unknown, length: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < length;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Structural check of a parsed row; returns a `field: expected …, found …` message or null. */
export function checkRow(h: CompactHeaderT, r: unknown): string | null {
  if (!Array.isArray(r) || r.length !== 12) return `row: expected an array of 12 values, found ${Array.isArray(r) ? `${r.length} values` : typeof r}`;
  const [n, lon, lat, start, end, dp, region, loc, type, att, claims, denied] = r as unknown[];
  if (!isCount(n)) return `n: expected a row number, found ${String(n)}`;
  if (typeof lon !== 'number' || !(lon >= -180 && lon <= 180)) return `lon: expected a longitude, found ${String(lon)}`;
  if (typeof lat !== 'number' || !(lat >= -90 && lat <= 90)) return `lat: expected a latitude, found ${String(lat)}`;
  if (typeof start !== 'string' || !isCivilDate(start)) return `start: expected a date YYYY-MM-DD or YYYY-MM, found ${JSON.stringify(start)}`;
  if (end !== null && (typeof end !== 'string' || !isCivilDate(end))) return `end: expected a date or null, found ${JSON.stringify(end)}`;
  if (!isIndex(dp, DATE_PRECISIONS.length)) return `datePrecision: expected an index below ${DATE_PRECISIONS.length}, found ${String(dp)}`;
  if (!isIndex(region, h.regions.length)) return `region: expected an index below ${h.regions.length}, found ${String(region)}`;
  if (!isIndex(loc, h.locations.length)) return `location: expected an index below ${h.locations.length}, found ${String(loc)}`;
  if (!isIndex(type, INCIDENT_TYPES.length)) return `type: expected an index below ${INCIDENT_TYPES.length}, found ${String(type)}`;
  if (!isIndex(att, h.attributions.length)) return `attribution: expected an index below ${h.attributions.length}, found ${String(att)}`;
  if (!isIndex(denied, 4)) return `denied: expected 0–3, found ${String(denied)}`;
  if (!Array.isArray(claims)) return `claims: expected an array, found ${typeof claims}`;
  for (const c of claims as unknown[]) {
    if (!Array.isArray(c) || c.length !== 3 || !isIndex(c[0], h.claimants.length) || !isCount(c[1]) || !(isCount(c[2]) || c[2] === -1))
      return `claims: expected [claimant index, killed, injured or -1], found ${JSON.stringify(c)}`;
  }
  return null;
}

type Fig = { n: number; max: null; qualifier: null };

/**
 * A decoder for one header's rows. A million incidents must fit the page's
 * heap, so what rows share is shared: figures, stances and the source
 * list are one object each (treat decoded incidents as read-only).
 */
export function rowDecoder(h: CompactHeaderT): (r: CompactRow) => IncidentFeatureT {
  const figures: Fig[] = [];
  const fig = (n: number): Fig => (figures[n] ??= { n, max: null, qualifier: null });
  const stanceSets: IncidentPropertiesT['stances'][] = [{}, { PAK: 'denied' }, { AFG: 'denied' }, { PAK: 'denied', AFG: 'denied' }];
  const sources = [h.source];
  return (r) => {
    const [n, lon, lat, start, end, dp, regionIx, locIx, typeIx, attIx, claims, denied] = r;
    const region = h.regions[regionIx]!;
    const loc = h.locations[locIx]!;
    const type = INCIDENT_TYPES[typeIx]!;
    const att = h.attributions[attIx]!;
    const properties: IncidentPropertiesT = {
      id: compactId(h.idPrefix, n), title: `Synthetic ${type} ${n}`, start, end, datePrecision: DATE_PRECISIONS[dp]!, dateWording: null,
      place: h.wording.place, province: region.name, district: region.name, country: region.country,
      locationPrecision: loc.precision, uncertaintyKm: loc.uncertaintyKm, locationWording: h.wording.locationWording,
      coordinateBasis: h.wording.coordinateBasis, coordinateNote: null, coordinatesVerified: false, secondaryLocations: EMPTY,
      type, typeWording: type, targets: EMPTY, parentId: null,
      claimedBy: att.claimedBy, attribution: att.attribution,
      claims: claims.map(([who, killed, injured]) => {
        const c = h.claimants[who]!;
        return {
          side: c.side as Side, claimant: c.claimant, claimantType: c.claimantType, group: c.group,
          categories: c.categories, notBrokenDown: c.notBrokenDown, noneReported: false, recordKind: c.recordKind,
          superseded: false, partial: null, denies: EMPTY,
          killed: fig(killed), injured: injured < 0 ? null : fig(injured),
          qualifierWording: null, breakdown: null, date: start, sourceRef: h.source.ref, aggregate: false, note: null,
        };
      }),
      stances: stanceSets[denied] ?? {}, verification: h.wording.verification, verificationWording: h.wording.verificationWording, notes: null, sources,
    };
    return { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties };
  };
}

/** Rebuilds the full feature of a checked row (see rowDecoder to decode many). */
export function decodeRow(h: CompactHeaderT, r: CompactRow): IncidentFeatureT {
  return rowDecoder(h)(r);
}
