/**
 * Counted discs that never overlap. A grid cell's disc sits at its members'
 * centroid, so discs of neighbouring cells can land on top of each other (and
 * a disc is wider than a cell once it counts a few dozen). At a zoom, discs
 * whose circles (plus a gap) touch are merged into one — members and count
 * summed, placed at the count-weighted centroid — until none touch.
 */
import { mercatorX, mercatorY } from './clusters.ts';

/** A disc to draw: where, how many, and (in mixed mode) which dataset indices. */
export interface CountedDisc {
  lon: number;
  lat: number;
  count: number;
  members?: Int32Array;
}

/** World size in px at zoom 0 (512-px tiles, as maplibre counts zoom). */
const WORLD_PX = 512;

interface Work {
  x: number;
  y: number;
  count: number;
  members: Int32Array[] | null;
  alive: boolean;
}

/**
 * The discs with every overlapping pair merged, at integer `zoom` (the
 * smallest scale that zoom level is drawn at, so they stay apart until the
 * next level). `radius(count)` is the drawn radius in px; `gap` the px kept
 * between two discs. Discs that overlap nothing come back unchanged.
 * @example mergeOverlapping([{ lon: 70, lat: 33, count: 2 }, { lon: 70.001, lat: 33, count: 3 }], 6, () => 10) // one disc of 5
 */
export function mergeOverlapping<T extends CountedDisc>(discs: readonly T[], zoom: number, radius: (count: number) => number, gap = 2): (T | CountedDisc)[] {
  if (discs.length < 2) return discs.slice();
  const scale = WORLD_PX * 2 ** zoom;
  const work: Work[] = discs.map((d) => ({ x: mercatorX(d.lon) * scale, y: mercatorY(d.lat) * scale, count: d.count, members: d.members ? [d.members] : null, alive: true }));
  const merged = new Uint8Array(discs.length);
  // Each pass merges every touching pair it finds; a merged disc is larger, so pass again until none touch.
  for (let changed = true; changed; ) {
    changed = false;
    let rMax = 0;
    for (const w of work) if (w.alive) rMax = Math.max(rMax, radius(w.count));
    const cell = 2 * rMax + gap;
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < work.length; i++) {
      const w = work[i] as Work;
      if (!w.alive) continue;
      const key = `${Math.floor(w.x / cell)},${Math.floor(w.y / cell)}`;
      const b = buckets.get(key);
      if (b) b.push(i);
      else buckets.set(key, [i]);
    }
    for (let i = 0; i < work.length; i++) {
      const a = work[i] as Work;
      if (!a.alive) continue;
      const cx = Math.floor(a.x / cell);
      const cy = Math.floor(a.y / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of buckets.get(`${cx + dx},${cy + dy}`) ?? []) {
            const b = work[j] as Work;
            if (j === i || !b.alive) continue;
            const reach = radius(a.count) + radius(b.count) + gap;
            if ((a.x - b.x) ** 2 + (a.y - b.y) ** 2 >= reach * reach) continue;
            const n = a.count + b.count;
            a.x = (a.x * a.count + b.x * b.count) / n;
            a.y = (a.y * a.count + b.y * b.count) / n;
            a.count = n;
            a.members = a.members && b.members ? a.members.concat(b.members) : null;
            b.alive = false;
            merged[i] = 1;
            changed = true;
          }
        }
      }
    }
  }
  const out: (T | CountedDisc)[] = [];
  work.forEach((w, i) => {
    if (!w.alive) return;
    if (merged[i] !== 1) {
      out.push(discs[i] as T);
      return;
    }
    const disc: CountedDisc = { lon: lonOfX(w.x / scale), lat: latOfY(w.y / scale), count: w.count };
    if (w.members) disc.members = join(w.members);
    out.push(disc);
  });
  return out;
}

function lonOfX(x: number): number {
  return x * 360 - 180;
}
function latOfY(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

function join(parts: Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}
