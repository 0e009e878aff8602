/**
 * Shared helpers of the basemap build: the region box, coordinate rounding and
 * a deterministic writer. Every layer goes through `roundGeometry` and
 * `featureCollectionText` so two runs give byte-identical files.
 */
import { bbox, bboxClip, bboxPolygon, featureCollection, intersect } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { REGION_BBOX } from '../../src/domain/mapExtent.ts';

export { REGION_BBOX, WORLD_BBOX } from '../../src/domain/mapExtent.ts';

/** Five decimals is about 1 m: finer than any source here, coarse enough to keep files small. */
const SCALE = 1e5;

/**
 * Clips a polygonal geometry to the region with a polygon intersection (not
 * turf's bboxClip, which leaves zero-width slivers along the box edge), then
 * rounds it. Null when nothing is left.
 */
export function clipPolygonal(g: Polygon | MultiPolygon, box: [number, number, number, number] = REGION_BBOX, digits = 5): Polygon | MultiPolygon | null {
  // Most of the world lies outside the box: skip the costly intersection for it.
  const [w, s, e, n] = bbox(g);
  const [rw, rs, re, rn] = box;
  if (e < rw || w > re || n < rs || s > rn) return null;
  // bboxClip first cuts a country the size of China down to the box cheaply; the
  // intersection then removes the zero-width slivers bboxClip leaves on the edge.
  const rough = bboxClip(g, box).geometry as Polygon | MultiPolygon;
  const polys = (rough.type === 'Polygon' ? [rough.coordinates] : rough.coordinates)
    // A shell clipped to nothing takes its holes with it.
    .filter((rings) => (rings[0]?.length ?? 0) >= 4)
    .map((rings) => rings.filter((r) => r.length >= 4));
  if (polys.length === 0) return null;
  const inBox: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polys } };
  const clipped = intersect(featureCollection([inBox, bboxPolygon(box)]));
  return clipped ? roundPolygonal(clipped.geometry, digits) : null;
}

/** Rounds one number to five decimals. */
export function round5(x: number): number {
  return roundTo(x, SCALE);
}

function roundTo(x: number, scale: number): number {
  const r = Math.round(x * scale) / scale;
  // Avoid "-0" in the output.
  return r === 0 ? 0 : r;
}

/** Rounds a path (to `digits` decimals) and drops points that became equal to their predecessor. */
export function roundPath(path: Position[], digits = 5): Position[] {
  const scale = 10 ** digits;
  const out: Position[] = [];
  for (const p of path) {
    const q = [roundTo(p[0] ?? NaN, scale), roundTo(p[1] ?? NaN, scale)];
    const last = out[out.length - 1];
    if (last && last[0] === q[0] && last[1] === q[1]) continue;
    out.push(q);
  }
  return out;
}

/** Rounds a ring; rings that collapse below four positions (or to no area) are dropped (null). */
function roundRing(ring: Position[], digits: number): Position[] | null {
  const r = roundPath(ring, digits);
  if (r.length < 4) return null;
  const first = r[0];
  const last = r[r.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return null;
  return Math.abs(ringArea(r)) > 0 ? r : null;
}

/** Signed planar area of a closed ring (positive = counter-clockwise). */
export function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as Position;
    const q = ring[i + 1] as Position;
    a += (p[0] as number) * (q[1] as number) - (q[0] as number) * (p[1] as number);
  }
  return a / 2;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
function wind(ring: Position[], exterior: boolean): Position[] {
  const ccw = ringArea(ring) > 0;
  return ccw === exterior ? ring : [...ring].reverse();
}

function roundPolygonRings(rings: Position[][], digits: number): Position[][] | null {
  const outer = rings[0] ? roundRing(rings[0], digits) : null;
  if (!outer) return null;
  const holes = rings
    .slice(1)
    .map((r) => roundRing(r, digits))
    .filter((r): r is Position[] => r !== null);
  return [wind(outer, true), ...holes.map((h) => wind(h, false))];
}

/** Rounds any polygonal geometry to a MultiPolygon or Polygon (null when nothing is left). */
export function roundPolygonal(g: Polygon | MultiPolygon, digits = 5): Polygon | MultiPolygon | null {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const kept = polys
    .map((p) => roundPolygonRings(p, digits)).filter((p): p is Position[][] => p !== null);
  if (kept.length === 0) return null;
  if (kept.length === 1) return { type: 'Polygon', coordinates: kept[0] as Position[][] };
  return { type: 'MultiPolygon', coordinates: kept };
}

/** Rounds a linear geometry; parts with fewer than two points are dropped (null when nothing is left). */
export function roundLinear(g: LineString | MultiLineString, digits = 5): LineString | MultiLineString | null {
  const parts = (g.type === 'LineString' ? [g.coordinates] : g.coordinates).map((p) => roundPath(p, digits)).filter((p) => p.length >= 2);
  if (parts.length === 0) return null;
  if (parts.length === 1) return { type: 'LineString', coordinates: parts[0] as Position[] };
  return { type: 'MultiLineString', coordinates: parts };
}

/** Counts the positions of a geometry (a size measure for the report). */
export function vertexCount(g: Geometry): number {
  switch (g.type) {
    case 'Point':
      return 1;
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.length;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.reduce((n, p) => n + p.length, 0);
    case 'MultiPolygon':
      return g.coordinates.reduce((n, poly) => n + poly.reduce((m, r) => m + r.length, 0), 0);
    case 'GeometryCollection':
      return g.geometries.reduce((n, x) => n + vertexCount(x), 0);
  }
}

/**
 * Folds a GeoNames/Natural Earth name to plain Latin letters ("Khōst" → "Khost",
 * "Ḩukūmat" → "Hukumat"), the way GeoNames derives its own ASCII names.
 */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʼʻ`]/g, '')
    .trim();
}

/**
 * Serialises a FeatureCollection with one feature per line: valid JSON,
 * deterministic (the caller builds every object with a fixed key order) and
 * readable in a diff.
 */
export function featureCollectionText(fc: FeatureCollection): string {
  const lines = fc.features.map((f: Feature) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** A Feature with properties first-built by the caller (key order = insertion order). */
export function feature<G extends Geometry, P>(geometry: G, properties: P): Feature<G, P & Record<string, unknown>> {
  return { type: 'Feature', properties: properties as P & Record<string, unknown>, geometry };
}

/** Compares strings by code unit, independent of the machine's locale. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
