/**
 * Counting day spans that overlap a window with two sorted arrays.
 *
 * A span [s, e] overlaps the inclusive window [a, b] unless it ends before a
 * or starts after b; spans that end before a also start before b, so
 *   #overlapping = #(s ≤ b) − #(e < a)
 * — two binary searches, whatever the spans' lengths. The same identity gives
 * window sums from prefix sums (see timeIndex.ts, clusters.ts).
 */
import type { DayWindow } from './filters.ts';

/** First index in [lo, hi) whose value is ≥ x (hi when none). */
export function lowerBound(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in [lo, hi) whose value is > x (hi when none). */
export function upperBound(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted start and end days of a set of spans. */
export interface SpanCounter {
  starts: Int32Array;
  ends: Int32Array;
}

/** How many spans overlap the window, in O(log n). */
export function countOverlapping(c: SpanCounter, w: DayWindow): number {
  if (w.start > w.end) return 0;
  return upperBound(c.starts, w.end) - lowerBound(c.ends, w.start);
}

// Sort keys pack (day, index) into one float so a native numeric sort orders
// a million rows without a comparator call per pair.
const INDEX_SCALE = 2 ** 24;
const DAY_OFFSET = 2 ** 20;

/** Largest number of rows {@link sortByDay} can order. */
export const MAX_ROWS = INDEX_SCALE;

/**
 * The row numbers `rows` ordered by `day[row]` ascending, ties by row number.
 * @example sortByDay(Int32Array.of(0, 1, 2), Int32Array.of(5, 3, 5)) // → [1, 0, 2]
 */
export function sortByDay(rows: Int32Array, day: Int32Array): Int32Array {
  if (rows.length > MAX_ROWS) throw new RangeError(`at most ${MAX_ROWS} rows, got ${rows.length}`);
  const keys = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k] as number;
    keys[k] = ((day[r] as number) + DAY_OFFSET) * INDEX_SCALE + r;
  }
  keys.sort();
  const out = new Int32Array(rows.length);
  for (let k = 0; k < keys.length; k++) out[k] = (keys[k] as number) % INDEX_SCALE;
  return out;
}
