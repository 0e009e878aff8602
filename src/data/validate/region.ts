/**
 * "Is this point in Pakistan or Afghanistan, or within 50 km of them?" —
 * a point-in-polygon on the generated outline (regionShape.ts, ~240
 * vertices), behind a grid of 0.25° cells that answers at once for cells
 * wholly inside or outside, so a million rows take a fraction of a second in
 * the parse worker (bench/validator.md).
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

function pointInRing(lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const yi = ys[i] as number;
    const yj = ys[j] as number;
    if (yi > lat !== yj > lat && lon < (((xs[j] as number) - (xs[i] as number)) * (lat - yi)) / (yj - yi) + (xs[i] as number)) inside = !inside;
  }
  return inside;
}

const CELL = 0.25;
const cols = Math.ceil((east - west) / CELL) + 1;
const rows = Math.ceil((north - south) / CELL) + 1;
/** Per cell: 0 outside, 1 inside, 2 crossed by the outline (test the point itself). */
const grid = new Uint8Array(cols * rows);
for (let i = 0, j = n - 1; i < n; j = i++) {
  // Every cell an edge's bounding box touches (and its neighbours, for edges on a cell line) needs the exact test.
  const c0 = Math.floor((Math.min(xs[i] as number, xs[j] as number) - west) / CELL) - 1;
  const c1 = Math.floor((Math.max(xs[i] as number, xs[j] as number) - west) / CELL) + 1;
  const r0 = Math.floor((Math.min(ys[i] as number, ys[j] as number) - south) / CELL) - 1;
  const r1 = Math.floor((Math.max(ys[i] as number, ys[j] as number) - south) / CELL) + 1;
  for (let r = Math.max(0, r0); r <= Math.min(rows - 1, r1); r++) for (let c = Math.max(0, c0); c <= Math.min(cols - 1, c1); c++) grid[r * cols + c] = 2;
}
for (let k = 0; k < grid.length; k++) {
  if (grid[k] === 2) continue;
  const c = k % cols;
  const r = (k - c) / cols;
  grid[k] = pointInRing(west + (c + 0.5) * CELL, south + (r + 0.5) * CELL) ? 1 : 0;
}

/** True when [lon, lat] lies inside the outline of the two countries plus 50 km. */
export function inPakAfgRegion(lon: number, lat: number): boolean {
  if (!(lon >= west && lon <= east && lat >= south && lat <= north)) return false;
  const cell = grid[Math.floor((lat - south) / CELL) * cols + Math.floor((lon - west) / CELL)];
  return cell === 2 ? pointInRing(lon, lat) : cell === 1;
}
