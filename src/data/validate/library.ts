/**
 * geojson-validation 1.0.2 as a second opinion on structure. The walker in
 * rfc7946.ts reports with exact paths and covers more MUST rules; this
 * library runs on each top-level object the walker passed, and anything it
 * still rejects is reported in its own words, so the validator never accepts
 * a file the library rejects.
 */
import * as gjv from 'geojson-validation';
import type { Problem } from './report.ts';

/** Library messages for one GeoJSON object; a library crash is reported as a message too. */
export type LibraryCheck = (object: unknown) => string[];

/** The real library, guarded: it throws on some malformed rings (e.g. an empty one). */
export const geojsonValidation: LibraryCheck = (object) => {
  try {
    return gjv.valid(object, true);
  } catch (e) {
    return [`the library failed: ${e instanceof Error ? e.message : String(e)}`];
  }
};

/** Problems for the library's messages on `object` at `where`. */
export function libraryProblems(check: LibraryCheck, object: unknown, where: string): Problem[] {
  return check(object).map((message) => ({
    severity: 'error' as const,
    rule: 'geojson-validation',
    where,
    field: '(root)',
    expected: 'valid GeoJSON per geojson-validation',
    found: JSON.stringify(message),
  }));
}
