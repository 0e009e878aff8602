/**
 * "Is this point in Pakistan or Afghanistan, or within 50 km of them?" —
 * a point-in-polygon on the generated outline (regionShape.ts, ~240
 * vertices) behind a bounding-box test, so a million rows take well under a
 * second in the parse worker.
 */
import { REGION_RING } from './regionShape.ts';

const n = REGION_RING.length / 2;
const xs = new Float64Array(n);
const ys = new Float64Array(n);
let west = Infinity;
let east = -Infinity;
let south = Infinity;
let north = -Infinity;
for (let i = 0; i < n; i++) {
  const x = REGION_RING[2 * i] ?? 0;
  const y = REGION_RING[2 * i + 1] ?? 0;
  xs[i] = x;
  ys[i] = y;
  west = Math.min(west, x);
  east = Math.max(east, x);
  south = Math.min(south, y);
  north = Math.max(north, y);
}

/** True when [lon, lat] lies inside the outline of the two countries plus 50 km. */
export function inPakAfgRegion(lon: number, lat: number): boolean {
  if (!(lon >= west && lon <= east && lat >= south && lat <= north)) return false;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const yi = ys[i] as number;
    const yj = ys[j] as number;
    if (yi > lat !== yj > lat && lon < (((xs[j] as number) - (xs[i] as number)) * (lat - yi)) / (yj - yi) + (xs[i] as number)) inside = !inside;
  }
  return inside;
}
