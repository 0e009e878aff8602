/**
 * Small factories for validator tests: each test builds the one broken input
 * it needs from a valid base, so no fixture is shared between rules.
 */
import { formatProblem, validateText, type ValidateOptions } from '../../src/data/validate/index.ts';

type Json = unknown;

/** The printed lines for a document (an object is serialised first). */
export function lines(doc: Json | string, options: ValidateOptions = {}): string[] {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
  return validateText(text, options).map((p) => formatProblem('f.geojson', p));
}

/** A counter-clockwise square ring (RFC 7946 exterior winding). */
export function square(x: number, y: number, size: number): number[][] {
  return [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
}

/** A clockwise square ring (RFC 7946 hole winding). */
export function hole(x: number, y: number, size: number): number[][] {
  return square(x, y, size).reverse();
}

export const point = (coordinates: Json = [70, 33]): Record<string, Json> => ({ type: 'Point', coordinates });
export const polygon = (...rings: Json[]): Record<string, Json> => ({ type: 'Polygon', coordinates: rings });
export const feature = (geometry: Json = point(), extra: Record<string, Json> = {}): Record<string, Json> => ({ type: 'Feature', properties: {}, geometry, ...extra });
export const collection = (...features: Json[]): Record<string, Json> => ({ type: 'FeatureCollection', features });

/** Valid incident properties (one claim, one source), with overrides. */
export function incidentProps(over: Record<string, Json> = {}): Record<string, Json> {
  return {
    id: 'mir-ali-2025-06-28',
    title: 'Convoy bombing',
    start: '2025-06-28',
    end: null,
    datePrecision: 'day',
    dateWording: null,
    place: 'Mir Ali',
    province: 'Khyber Pakhtunkhwa',
    district: 'North Waziristan',
    country: 'PAK',
    locationPrecision: 'town',
    uncertaintyKm: 5,
    locationWording: 'Mir Ali',
    coordinateBasis: 'GeoNames',
    coordinateNote: null,
    coordinatesVerified: true,
    secondaryLocations: [],
    type: 'suicide-bombing',
    typeWording: 'suicide bombing',
    targets: [],
    parentId: null,
    claimedBy: null,
    attribution: { PAK: { responsible: null, targets: null }, AFG: { responsible: null, targets: null } },
    claims: [
      {
        side: 'PAK',
        claimant: 'local officials',
        claimantType: 'government',
        group: 'Pakistani soldiers',
        categories: ['PAK_SECURITY'],
        notBrokenDown: false,
        noneReported: false,
        recordKind: 'anonymous',
        superseded: false,
        partial: null,
        denies: [],
        killed: { n: 13, max: null, qualifier: null },
        injured: null,
        qualifierWording: null,
        breakdown: null,
        date: '2025-06-29',
        sourceRef: 's1',
        aggregate: false,
        note: null,
      },
    ],
    stances: {},
    verification: 'verified',
    verificationWording: 'verified',
    notes: null,
    sources: [{ ref: 's1', publisher: 'Dawn', title: 'Convoy attacked', date: '2025-06-29', url: 'https://example.org/a', linkCheck: null }],
    ...over,
  };
}

/** A valid incident feature at Mir Ali, with property overrides. */
export function incident(over: Record<string, Json> = {}, coordinates: [number, number] = [70.07, 33.0]): Record<string, Json> {
  return { type: 'Feature', geometry: { type: 'Point', coordinates }, properties: incidentProps(over) };
}
