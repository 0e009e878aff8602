/**
 * The time index: built once per (dataset, filters, claim view) so that a
 * window change costs O(log n) for totals and O(log n + k) for the visible
 * set, with typed arrays only — no object per incident on a window change.
 *
 * Rows are the filtered, counted incidents sorted by start day. Totals use
 * the identity of spans.ts on prefix sums: Σ over overlapping = Σ(start ≤ b) −
 * Σ(end < a). The visible set scans rows starting in [a − LONG_DAYS, b]; the
 * few incidents longer than LONG_DAYS are kept in a side list so one long
 * event cannot turn every query into a full scan.
 */
import type { DayWindow } from './filters.ts';
import { lowerBound, sortByDay, upperBound } from './spans.ts';
import type { Side } from './vocab.ts';

/** Spans longer than this many days are "long" and kept in a side list. */
export const LONG_DAYS = 62;

/** Per-incident columns of a dataset, in dataset order (built once per dataset). */
export interface DatasetColumns {
  /** First and last day each incident covers (month precision covers the month). */
  start: Int32Array;
  end: Int32Array;
  /** 1 for counted incidents (not talks/ceasefire events, not sector markers). */
  counted: Uint8Array;
  lon: Float64Array;
  lat: Float64Array;
}

/** Headline figures of every incident under one side, in dataset order. */
export interface SideColumns {
  side: Side;
  /** figureValue of the headline's killed / injured; NaN where the side stated none. */
  killed: Float64Array;
  injured: Float64Array;
  /** 0 = figures, 1 = denied, 2 = no claim (see HEADLINE_KIND). */
  kind: Uint8Array;
}

/** Codes of SideColumns.kind. */
export const HEADLINE_KIND = { figures: 0, denied: 1, 'no-claim': 2 } as const;

/** Prefix sums (length size + 1) of one quantity, along start order and along end order. */
interface Prefix {
  byStart: Float64Array;
  byEnd: Float64Array;
}

interface SidePrefix {
  side: Side;
  killed: Prefix;
  injured: Prefix;
  withFigures: Prefix;
  denied: Prefix;
}

/** The index; treat as opaque and query with the functions below. */
export interface TimeIndex {
  /** Number of rows (filtered counted incidents). */
  size: number;
  /** Dataset index of each row, rows ordered by start day (ties by dataset index). */
  order: Int32Array;
  /** Start and end day of each row. */
  start: Int32Array;
  end: Int32Array;
  /** All rows' end days, ascending. */
  endSorted: Int32Array;
  /** Rows (ascending) whose span exceeds LONG_DAYS. */
  longRows: Int32Array;
  sides: SidePrefix[];
}

/**
 * Builds the index over the dataset rows where `include[i]` is 1 (callers pass
 * counted AND passes-filters), with prefix sums for each side's figures.
 */
export function buildTimeIndex(cols: DatasetColumns, include: Uint8Array, sides: readonly SideColumns[]): TimeIndex {
  let size = 0;
  for (let i = 0; i < include.length; i++) if (include[i]) size++;
  const rows = new Int32Array(size);
  for (let i = 0, k = 0; i < include.length; i++) if (include[i]) rows[k++] = i;
  const order = sortByDay(rows, cols.start);
  const byEnd = sortByDay(rows, cols.end);
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  const longs: number[] = [];
  for (let r = 0; r < size; r++) {
    const i = order[r] as number;
    start[r] = cols.start[i] as number;
    end[r] = cols.end[i] as number;
    if ((end[r] as number) - (start[r] as number) > LONG_DAYS) longs.push(r);
  }
  const endSorted = new Int32Array(size);
  for (let r = 0; r < size; r++) endSorted[r] = cols.end[byEnd[r] as number] as number;
  const prefix = (value: (i: number) => number): Prefix => ({ byStart: prefixSum(order, value), byEnd: prefixSum(byEnd, value) });
  return {
    size,
    order,
    start,
    end,
    endSorted,
    longRows: Int32Array.from(longs),
    sides: sides.map((c) => ({
      side: c.side,
      killed: prefix((i) => finite(c.killed[i])),
      injured: prefix((i) => finite(c.injured[i])),
      withFigures: prefix((i) => (c.kind[i] === HEADLINE_KIND.figures ? 1 : 0)),
      denied: prefix((i) => (c.kind[i] === HEADLINE_KIND.denied ? 1 : 0)),
    })),
  };
}

function finite(x: number | undefined): number {
  return x === undefined || Number.isNaN(x) ? 0 : x;
}

function prefixSum(rows: Int32Array, value: (i: number) => number): Float64Array {
  const out = new Float64Array(rows.length + 1);
  for (let r = 0; r < rows.length; r++) out[r + 1] = (out[r] as number) + value(rows[r] as number);
  return out;
}

/** Number of rows overlapping the window, O(log n). */
export function countInWindow(ix: TimeIndex, w: DayWindow): number {
  if (w.start > w.end) return 0;
  return upperBound(ix.start, w.end) - lowerBound(ix.endSorted, w.start);
}

/** One side's figures summed over the rows overlapping a window. */
export interface SideTotals {
  side: Side;
  /** Incidents in the window (same for every side). */
  incidents: number;
  /** Sum of the headline killed / injured values (figureValue: a range's lower end, "over 200" as 200). */
  killed: number;
  injured: number;
  /** Incidents where this side gave figures; the rest are "no claim" or "denied". */
  withFigures: number;
  denied: number;
}

/** Totals of every side of the index over a window, O(log n) per side. */
export function totalsInWindow(ix: TimeIndex, w: DayWindow): SideTotals[] {
  const valid = w.start <= w.end;
  const a = valid ? upperBound(ix.start, w.end) : 0;
  const b = valid ? lowerBound(ix.endSorted, w.start) : 0;
  const sum = (p: Prefix): number => (p.byStart[a] as number) - (p.byEnd[b] as number);
  return ix.sides.map((s) => ({
    side: s.side,
    incidents: a - b,
    killed: sum(s.killed),
    injured: sum(s.injured),
    withFigures: sum(s.withFigures),
    denied: sum(s.denied),
  }));
}

/**
 * Writes the dataset indices of the rows overlapping the window into `out`
 * (which must hold countInWindow(ix, w)), in start-day order, and returns how many.
 * O(log n + k + m), m = short rows starting up to LONG_DAYS before the window
 * that ended before it, plus the long rows starting before that.
 */
export function visibleInto(ix: TimeIndex, w: DayWindow, out: Int32Array): number {
  if (w.start > w.end || ix.size === 0) return 0;
  const lo = lowerBound(ix.start, w.start - LONG_DAYS);
  const hi = upperBound(ix.start, w.end);
  let k = 0;
  // Long rows that started before the scanned range come first: they start earliest.
  for (let j = 0; j < ix.longRows.length; j++) {
    const r = ix.longRows[j] as number;
    if (r >= lo) break;
    if ((ix.end[r] as number) >= w.start) out[k++] = ix.order[r] as number;
  }
  for (let r = lo; r < hi; r++) if ((ix.end[r] as number) >= w.start) out[k++] = ix.order[r] as number;
  return k;
}

/** The dataset indices of the rows overlapping the window, in start-day order. */
export function visibleIndices(ix: TimeIndex, w: DayWindow): Int32Array {
  const out = new Int32Array(countInWindow(ix, w));
  visibleInto(ix, w, out);
  return out;
}
