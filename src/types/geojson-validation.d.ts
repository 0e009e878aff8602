// geojson-validation 1.0.2 ships no types; only the calls the validator uses are declared.
declare module 'geojson-validation' {
  /** With `trace` true: the list of problems found (empty when valid). */
  export function valid(object: unknown, trace: true): string[];
  /** With `trace` false or omitted: whether the object is valid GeoJSON. */
  export function valid(object: unknown, trace?: false): boolean;
}
