/**
 * Ordering the incident list without a comparator per window: by date the
 * visible set already comes in start order; by casualties each row gets a rank
 * once per (index, view) and a window sorts small integers natively.
 */
import type { TimeIndex } from '../domain/timeIndex.ts';
import { memoLast } from './memo.ts';

const SCALE = 2 ** 24;
const NO_FIGURE = 2 ** 28;

interface Ranks {
  /** rankOf[datasetIndex]: position in ascending casualty order (ties by date); rows without a figure rank last. */
  rankOf: Int32Array;
  /** Dataset index at each rank. */
  atRank: Int32Array;
  /** Ranks below this have a figure. */
  withFigure: number;
}

const ranksOf = memoLast((ix: TimeIndex, values: Float64Array): Ranks => {
  const keys = new Float64Array(ix.size);
  const order = new Int32Array(ix.size);
  for (let p = 0, r = 0; p < ix.inStart.length; p++) if (ix.inStart[p] === 1) order[r++] = ix.src.byStart.rows[p] as number;
  let withFigure = 0;
  for (let r = 0; r < ix.size; r++) {
    const v = values[order[r] as number] as number;
    const key = Number.isNaN(v) ? NO_FIGURE : Math.min(NO_FIGURE - 1, Math.max(0, Math.round(v)));
    if (!Number.isNaN(v)) withFigure++;
    keys[r] = key * SCALE + r; // r = start-order position: ties go by date
  }
  keys.sort();
  const rankOf = new Int32Array(values.length).fill(-1);
  const atRank = new Int32Array(ix.size);
  for (let k = 0; k < keys.length; k++) {
    const i = order[(keys[k] as number) % SCALE] as number;
    rankOf[i] = k;
    atRank[k] = i;
  }
  return { rankOf, atRank, withFigure };
});

/**
 * The visible dataset indices (given in start order) in the list's order.
 * Casualty order puts incidents without a figure last in both directions.
 */
export function sortList(ix: TimeIndex, values: Float64Array, visible: Int32Array, key: 'date' | 'casualties', dir: 'asc' | 'desc'): Int32Array {
  if (key === 'date') return dir === 'asc' ? visible : visible.slice().reverse();
  const { rankOf, atRank, withFigure } = ranksOf(ix, values);
  const ranks = new Int32Array(visible.length);
  for (let k = 0; k < visible.length; k++) ranks[k] = rankOf[visible[k] as number] as number;
  ranks.sort();
  const split = ranks.findIndex((r) => r >= withFigure);
  const m = split === -1 ? ranks.length : split;
  if (dir === 'desc') ranks.subarray(0, m).reverse();
  const out = new Int32Array(ranks.length);
  for (let k = 0; k < ranks.length; k++) out[k] = atRank[ranks[k] as number] as number;
  return out;
}
