/**
 * Web Mercator and the screen homography the incident layer draws with.
 *
 * The map's ground plane (z = 0) reaches the screen through a perspective
 * camera, so mercator → screen is exactly a planar homography (a 3×3 matrix),
 * for any zoom, bearing and pitch. We fit it from four `map.project` calls
 * around the map centre each frame, in float64, and hand the shader one mat3:
 * no dependence on maplibre internals, and no basemap redraw.
 */

/** Mercator x in [0, 1] of a longitude. */
export function mercX(lon: number): number {
  return (lon + 180) / 360;
}

/** Mercator y in [0, 1] (north up, 0 at the top) of a latitude. */
export function mercY(lat: number): number {
  const phi = (Math.max(-85.05113, Math.min(85.05113, lat)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

/** Longitude of a mercator x. */
export function lonFromMercX(x: number): number {
  return x * 360 - 180;
}

/** Latitude of a mercator y. */
export function latFromMercY(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/** Equatorial circumference in km (WGS84 a), the mercator world width. */
export const EARTH_CIRCUMFERENCE_KM = 40075.016686;

/** A 3×3 matrix, row-major, float64. */
export type Mat3 = [number, number, number, number, number, number, number, number, number];

/**
 * Solves the homography mapping four source points to four target points
 * (row-major, h33 = 1) by Gaussian elimination with partial pivoting.
 * Returns null where the points are degenerate.
 */
export function fitHomography(src: readonly [number, number][], dst: readonly [number, number][]): Mat3 | null {
  const a: number[][] = [];
  for (let k = 0; k < 4; k++) {
    const [u, v] = src[k] ?? [0, 0];
    const [x, y] = dst[k] ?? [0, 0];
    a.push([u, v, 1, 0, 0, 0, -u * x, -v * x, x]);
    a.push([0, 0, 0, u, v, 1, -u * y, -v * y, y]);
  }
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    if (Math.abs(a[p]![c]!) < 1e-12) return null;
    [a[c], a[p]] = [a[p]!, a[c]!];
    const row = a[c]!;
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const other = a[r]!;
      const f = other[c]! / row[c]!;
      if (f === 0) continue;
      for (let j = c; j < 9; j++) other[j]! -= f * row[j]!;
    }
  }
  const h = a.map((row, i) => row[8]! / row[i]!);
  return [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!, 1];
}

/** Product of two row-major 3×3 matrices. */
export function mul3(a: Mat3, b: Mat3): Mat3 {
  const out = new Array<number>(9).fill(0);
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 3; c++) out[r * 3 + c] = a[r * 3]! * b[c]! + a[r * 3 + 1]! * b[3 + c]! + a[r * 3 + 2]! * b[6 + c]!;
  return out as Mat3;
}

/** Applies a homography to a point; null where it falls behind the camera. */
export function applyH(h: Mat3, u: number, v: number): { x: number; y: number } | null {
  const w = h[6] * u + h[7] * v + h[8];
  if (!(w > 1e-12)) return null;
  return { x: (h[0] * u + h[1] * v + h[2]) / w, y: (h[3] * u + h[4] * v + h[5]) / w };
}

/** The minimal view of a map this module needs (maplibre's Map satisfies it). */
export interface ProjectingMap {
  project(lngLat: [number, number]): { x: number; y: number };
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
}

/**
 * Homography from dataset-relative mercator offsets (x − cx, y − cy) to CSS
 * pixels of the map container, fitted around the current map centre.
 */
export function screenHomography(map: ProjectingMap, cx: number, cy: number): Mat3 | null {
  const c = map.getCenter();
  const mx = mercX(c.lng);
  const my = mercY(c.lat);
  // Probe ~128 px around the centre: well conditioned, always in front of the camera.
  const d = 128 / (512 * 2 ** map.getZoom());
  const unit: [number, number][] = [[-1, -1], [1, -1], [1, 1], [-1, 1]];
  const dst = unit.map(([a, b]) => {
    const p = map.project([lonFromMercX(mx + a * d), latFromMercY(my + b * d)]);
    return [p.x, p.y] as [number, number];
  });
  const local = fitHomography(unit, dst);
  if (!local) return null;
  // offset → unit square coordinates: ((x + cx) − mx) / d
  const toUnit: Mat3 = [1 / d, 0, (cx - mx) / d, 0, 1 / d, (cy - my) / d, 0, 0, 1];
  return mul3(local, toUnit);
}
