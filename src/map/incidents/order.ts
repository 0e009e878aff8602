/**
 * Draw order of the incident layer: points sorted by first day, with a
 * running maximum of last days, so a time window maps to one contiguous
 * index range [lo, hi) that contains every point it can show. The GPU then
 * runs only that range (O(log n) on the CPU, no per-step upload); the shader
 * applies the exact rule inside it.
 */

/** Sorted order and the arrays a window query needs, all in draw order. */
export interface DrawOrder {
  /** order[k] = caller's index of the point drawn k-th. */
  order: Uint32Array;
  /** rank[i] = draw position of the caller's point i. */
  rank: Uint32Array;
  start: Float64Array;
  /** prefixMaxEnd[k] = max last day over draw positions 0..k. */
  prefixMaxEnd: Float64Array;
}

/**
 * Builds the draw order from first/last days (caller order): a counting sort
 * by first day, stable, so ties keep caller order. O(n + days), which matters
 * at a million points (a comparison sort took over half a second).
 */
export function makeDrawOrder(startDay: Int32Array, endDay: Int32Array): DrawOrder {
  const n = startDay.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = startDay[i]!;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const order = new Uint32Array(n);
  if (n > 0 && max - min < 4 * n + 100_000) {
    const slots = new Uint32Array(max - min + 2);
    for (let i = 0; i < n; i++) slots[startDay[i]! - min + 1]!++;
    for (let d = 1; d < slots.length; d++) slots[d]! += slots[d - 1]!;
    for (let i = 0; i < n; i++) order[slots[startDay[i]! - min]!++] = i;
  } else {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => startDay[a]! - startDay[b]! || a - b);
  }
  const rank = new Uint32Array(n);
  const start = new Float64Array(n);
  const prefixMaxEnd = new Float64Array(n);
  let running = -Infinity;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    rank[i] = k;
    start[k] = startDay[i]!;
    running = Math.max(running, endDay[i]!);
    prefixMaxEnd[k] = running;
  }
  return { order, rank, start, prefixMaxEnd };
}

/** First position in a non-decreasing array whose value satisfies `v >= x` (or `> x` when strict). */
function lowerBound(a: Float64Array, x: number, strict: boolean): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? a[mid]! > x : a[mid]! >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Draw positions [lo, hi) that may overlap the window [s, e]: every point
 * before lo ends before s, every point from hi starts after e.
 * @example windowRange(order, 19000, 19006) // → { lo: 120, hi: 480 }
 */
export function windowRange(o: DrawOrder, s: number, e: number): { lo: number; hi: number } {
  const hi = lowerBound(o.start, e, true);
  const lo = Math.min(hi, lowerBound(o.prefixMaxEnd, s, false));
  return { lo, hi };
}

/** Copies a per-point array of `width` components from caller order into draw order. */
export function permute<T extends Uint8Array | Float32Array>(src: T, o: DrawOrder, width: number, make: (n: number) => T): T {
  const out = make(src.length);
  const order = o.order;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    for (let c = 0; c < width; c++) out[k * width + c] = src[i * width + c]!;
  }
  return out;
}
