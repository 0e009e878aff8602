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
import { keepIncluded } from './tables.ts';
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

/** Prefix sums (length size + 1) of a side's figures along one row order. */
interface Prefix {
  killed: Float64Array;
  injured: Float64Array;
  withFigures: Int32Array;
  denied: Int32Array;
}

interface SidePrefix {
  side: Side;
  /** Along start order (rows) and along end order (endSorted). */
  byStart: Prefix;
  byEnd: Prefix;
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
 * Counted rows in one fixed order (by start day, or by end day) with their
 * days and each side's figures gathered into that order. Built once per
 * dataset (and side), so a filter change reads memory sequentially instead of
 * jumping around a million-row column (which cost ~300 ns a row here).
 */
export interface OrderedRows {
  rows: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

/** One side's figures gathered into an OrderedRows order. */
export interface OrderedSide {
  side: Side;
  killed: Float64Array;
  injured: Float64Array;
  kind: Uint8Array;
}

/** Gathers days of `rows` (already in the wanted order). */
export function orderRows(rows: Int32Array, cols: DatasetColumns): OrderedRows {
  const start = new Int32Array(rows.length);
  const end = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    start[k] = cols.start[i] as number;
    end[k] = cols.end[i] as number;
  }
  return { rows, start, end };
}

/** Gathers a side's figures into the order of `rows`. */
export function orderSide(rows: Int32Array, c: SideColumns): OrderedSide {
  const n = rows.length;
  const o: OrderedSide = { side: c.side, killed: new Float64Array(n), injured: new Float64Array(n), kind: new Uint8Array(n) };
  for (let k = 0; k < n; k++) {
    const i = rows[k] as number;
    o.killed[k] = c.killed[i] as number;
    o.injured[k] = c.injured[i] as number;
    o.kind[k] = c.kind[i] as number;
  }
  return o;
}

/** The counted rows by start and by end day, with the view's sides gathered in both orders. */
export interface IndexSource {
  byStart: OrderedRows;
  byEnd: OrderedRows;
  sidesByStart: readonly OrderedSide[];
  sidesByEnd: readonly OrderedSide[];
}

/**
 * Builds the index over the dataset rows where `include[i]` is 1 (callers pass
 * counted AND passes-filters), with prefix sums for each side's figures.
 * Linear, sequential passes over the source.
 */
export function buildTimeIndexFrom(src: IndexSource, include: Uint8Array): TimeIndex {
  let size = 0;
  for (const i of src.byStart.rows) size += include[i] as number;
  const order = new Int32Array(size);
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  const longs: number[] = [];
  const fromStart = src.sidesByStart.map(() => emptyPrefix(size));
  const acc = src.sidesByStart.map(() => [0, 0, 0, 0]);
  for (let k = 0, r = 0; k < src.byStart.rows.length; k++) {
    const i = src.byStart.rows[k] as number;
    if (include[i] !== 1) continue;
    order[r] = i;
    const a = src.byStart.start[k] as number;
    const b = src.byStart.end[k] as number;
    start[r] = a;
    end[r] = b;
    if (b - a > LONG_DAYS) longs.push(r);
    r++;
    for (let s = 0; s < fromStart.length; s++) addRow(fromStart[s] as Prefix, acc[s] as number[], src.sidesByStart[s] as OrderedSide, k, r);
  }
  const endSorted = new Int32Array(size);
  const fromEnd = src.sidesByEnd.map(() => emptyPrefix(size));
  const accEnd = src.sidesByEnd.map(() => [0, 0, 0, 0]);
  for (let k = 0, r = 0; k < src.byEnd.rows.length; k++) {
    if (include[src.byEnd.rows[k] as number] !== 1) continue;
    endSorted[r] = src.byEnd.end[k] as number;
    r++;
    for (let s = 0; s < fromEnd.length; s++) addRow(fromEnd[s] as Prefix, accEnd[s] as number[], src.sidesByEnd[s] as OrderedSide, k, r);
  }
  return {
    size,
    order,
    start,
    end,
    endSorted,
    longRows: Int32Array.from(longs),
    sides: src.sidesByStart.map((o, s) => ({ side: o.side, byStart: fromStart[s] as Prefix, byEnd: fromEnd[s] as Prefix })),
  };
}

/** Convenience for small data and tests: sorts, gathers and builds in one call. */
export function buildTimeIndex(cols: DatasetColumns, include: Uint8Array, sides: readonly SideColumns[]): TimeIndex {
  const rows = keepIncluded(Int32Array.from(include.keys()), include);
  const byStart = sortByDay(rows, cols.start);
  const byEnd = sortByDay(rows, cols.end);
  return buildTimeIndexFrom(
    {
      byStart: orderRows(byStart, cols),
      byEnd: orderRows(byEnd, cols),
      sidesByStart: sides.map((c) => orderSide(byStart, c)),
      sidesByEnd: sides.map((c) => orderSide(byEnd, c)),
    },
    include,
  );
}

function emptyPrefix(n: number): Prefix {
  return { killed: new Float64Array(n + 1), injured: new Float64Array(n + 1), withFigures: new Int32Array(n + 1), denied: new Int32Array(n + 1) };
}

// acc = running [killed, injured, withFigures, denied]; row k of the source becomes prefix entry r.
function addRow(p: Prefix, acc: number[], o: OrderedSide, k: number, r: number): void {
  const killed = o.killed[k] as number;
  const injured = o.injured[k] as number;
  if (killed === killed) acc[0] = (acc[0] as number) + killed; // false only for NaN (no figure)
  if (injured === injured) acc[1] = (acc[1] as number) + injured;
  const kind = o.kind[k];
  if (kind === HEADLINE_KIND.figures) acc[2] = (acc[2] as number) + 1;
  else if (kind === HEADLINE_KIND.denied) acc[3] = (acc[3] as number) + 1;
  p.killed[r] = acc[0] as number;
  p.injured[r] = acc[1] as number;
  p.withFigures[r] = acc[2] as number;
  p.denied[r] = acc[3] as number;
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
  const sum = (s: SidePrefix, q: keyof Prefix): number => (s.byStart[q][a] as number) - (s.byEnd[q][b] as number);
  return ix.sides.map((s) => ({
    side: s.side,
    incidents: a - b,
    killed: sum(s, 'killed'),
    injured: sum(s, 'injured'),
    withFigures: sum(s, 'withFigures'),
    denied: sum(s, 'denied'),
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
