/**
 * The time index: built once per (dataset, filters, claim view) so that a
 * window change costs O(log n) for totals and O(log n + k) for the visible
 * set, with typed arrays only — no object per incident on a window change.
 *
 * The dataset's counted rows are kept once, sorted by start day and by end
 * day, with each side's figures gathered into both orders (IndexSource, per
 * dataset). A filter change only marks which of those rows are included and
 * sums them per block of BLOCK rows — a few MB of sequential work and almost
 * no allocation even at 1M rows (allocating full prefix arrays per change
 * made the garbage collector dominate there).
 *
 * Totals use the identity of spans.ts: Σ over overlapping = Σ(start ≤ b) −
 * Σ(end < a), each side read as a block prefix plus < BLOCK rows. The visible
 * set scans rows starting in [a − LONG_DAYS, b]; the few incidents longer than
 * LONG_DAYS are kept in a side list so one long event cannot turn every query
 * into a full scan.
 */
import type { DayWindow } from './filters.ts';
import { lowerBound, sortByDay, upperBound } from './spans.ts';
import { keepIncluded } from './tables.ts';
import type { Count, Side } from './vocab.ts';

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

/**
 * Headline figures of every incident under one side and Count, in dataset
 * order: lower and upper ends of killed and injured (NaN where the side
 * stated none; a "dozens" figure has no number), each figure's qualifier
 * (QUAL codes) and the headline kind (HEADLINE_KIND codes).
 */
export interface SideColumns {
  side: Side;
  count: Count;
  /** The precise part (a range's lower end, "over 200" as 200; 0 for "0 to N, not broken down"): sizes, sort, histogram. */
  killed: Float32Array;
  killedMax: Float32Array;
  injured: Float32Array;
  injuredMax: Float32Array;
  killedQual: Uint8Array;
  injuredQual: Uint8Array;
  kind: Uint8Array;
}

/** Codes of SideColumns.kind. */
export const HEADLINE_KIND = { figures: 0, denied: 1, 'no-claim': 2, 'none-reported': 3, 'no-figure-for-category': 4, sector: 5 } as const;
/** Codes of a figure's qualifier class: none / no figure, "at least", "over", "about" (about, nearly, dozens), and "dozens" without a number. */
export const QUAL = { none: 0, atLeast: 1, over: 2, about: 3, dozens: 4 } as const;

/** Column names a side's figures are gathered by. */
const FIGURE_FIELDS = ['killed', 'killedMax', 'injured', 'injuredMax'] as const;
const CODE_FIELDS = ['killedQual', 'injuredQual', 'kind'] as const;

const SHIFT = 6;
/** Rows per block of the block prefix sums (a total reads at most BLOCK − 1 rows beyond a block sum). */
export const BLOCK = 1 << SHIFT;

/**
 * Counted rows in one fixed order (by start day, or by end day) with their
 * days, built once per dataset, so a filter change reads memory sequentially
 * instead of jumping around million-row columns (~300 ns a row here).
 */
export interface OrderedRows {
  rows: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

/** One side's figures gathered into an OrderedRows order (same fields as SideColumns). */
export type OrderedSide = SideColumns;

/** Gathers the days of `rows` (already in the wanted order). */
export function orderRows(rows: Int32Array, cols: DatasetColumns): OrderedRows {
  const o: OrderedRows = { rows, start: new Int32Array(rows.length), end: new Int32Array(rows.length) };
  gatherRows(o, cols, 0, rows.length);
  return o;
}

/** Fills positions [from, to) of an OrderedRows (so a million rows can be gathered in slices). */
export function gatherRows(o: OrderedRows, cols: DatasetColumns, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const i = o.rows[k] as number;
    o.start[k] = cols.start[i] as number;
    o.end[k] = cols.end[i] as number;
  }
}

/** Gathers a side's figures into the order of `rows`. */
export function orderSide(rows: Int32Array, c: SideColumns): OrderedSide {
  const o = emptyOrderedSide(c.side, c.count, rows.length);
  gatherSide(o, rows, c, 0, rows.length);
  return o;
}

/** Empty columns of n rows for a side and Count (figures NaN), to fill with {@link gatherSide} or the headline rule. */
export function emptyOrderedSide(side: Side, count: Count, n: number): OrderedSide {
  const nan = () => new Float32Array(n).fill(NaN);
  return {
    side,
    count,
    killed: nan(),
    killedMax: nan(),
    injured: nan(),
    injuredMax: nan(),
    killedQual: new Uint8Array(n),
    injuredQual: new Uint8Array(n),
    kind: new Uint8Array(n),
  };
}

/** Fills positions [from, to) of an OrderedSide from a side's columns, in the order of `rows`. */
export function gatherSide(o: OrderedSide, rows: Int32Array, c: SideColumns, from: number, to: number): void {
  for (const f of FIGURE_FIELDS) {
    const src = c[f];
    const dst = o[f];
    for (let k = from; k < to; k++) dst[k] = src[rows[k] as number] as number;
  }
  for (const f of CODE_FIELDS) {
    const src = c[f];
    const dst = o[f];
    for (let k = from; k < to; k++) dst[k] = src[rows[k] as number] as number;
  }
}

/** The counted rows by start day and by end day, with the view's sides gathered in both orders (per dataset and view). */
export interface IndexSource {
  byStart: OrderedRows;
  byEnd: OrderedRows;
  sidesByStart: readonly OrderedSide[];
  sidesByEnd: readonly OrderedSide[];
}

/**
 * Sums kept per block, one slot each (see addRow): killed low / high, injured
 * low / high, figures present, qualifier classes, and headline kinds.
 */
const S = {
  kLo: 0, kHi: 1, iLo: 2, iHi: 3, withK: 4, withI: 5,
  kAtLeast: 6, kOver: 7, kAbout: 8, kDozens: 9, iAtLeast: 10, iOver: 11, iAbout: 12, iDozens: 13,
  kind: 14,
} as const;
const NSUM = S.kind + Object.keys(HEADLINE_KIND).length;

/** Block sums (entry b = sum over blocks before b) of one order: included rows, and per side NSUM slots per block. */
interface Blocks {
  count: Int32Array;
  sides: Float64Array[];
}

/** Adds row k of a side to the sums at `at` of `acc`. */
function addRow(acc: Float64Array, at: number, o: OrderedSide, k: number): void {
  const kLo = o.killed[k] as number;
  const iLo = o.injured[k] as number;
  if (kLo === kLo) {
    acc[at + S.kLo] = (acc[at + S.kLo] as number) + kLo;
    acc[at + S.kHi] = (acc[at + S.kHi] as number) + (o.killedMax[k] as number);
    acc[at + S.withK] = (acc[at + S.withK] as number) + 1;
  }
  if (iLo === iLo) {
    acc[at + S.iLo] = (acc[at + S.iLo] as number) + iLo;
    acc[at + S.iHi] = (acc[at + S.iHi] as number) + (o.injuredMax[k] as number);
    acc[at + S.withI] = (acc[at + S.withI] as number) + 1;
  }
  const kq = o.killedQual[k] as number;
  const iq = o.injuredQual[k] as number;
  if (kq !== 0) acc[at + S.kAtLeast + kq - 1] = (acc[at + S.kAtLeast + kq - 1] as number) + 1;
  if (iq !== 0) acc[at + S.iAtLeast + iq - 1] = (acc[at + S.iAtLeast + iq - 1] as number) + 1;
  const kind = at + S.kind + (o.kind[k] as number);
  acc[kind] = (acc[kind] as number) + 1;
}

function blocks(sides: readonly OrderedSide[], inc: Uint8Array): Blocks {
  const nb = Math.ceil(inc.length / BLOCK) + 1;
  const out: Blocks = { count: new Int32Array(nb), sides: sides.map(() => new Float64Array(nb * NSUM)) };
  let count = 0;
  for (let k = 0; k < inc.length; k++) {
    if (k % BLOCK === 0) out.count[k / BLOCK] = count;
    count += inc[k] as number;
  }
  out.count[Math.ceil(inc.length / BLOCK)] = count;
  const running = new Float64Array(NSUM);
  sides.forEach((o, s) => {
    const b = out.sides[s] as Float64Array;
    running.fill(0);
    for (let k = 0; k < inc.length; k++) {
      if (k % BLOCK === 0) b.set(running, (k / BLOCK) * NSUM);
      if (inc[k] === 1) addRow(running, 0, o, k);
    }
    b.set(running, Math.ceil(inc.length / BLOCK) * NSUM);
  });
  return out;
}

/** The index; treat as opaque and query with the functions below. */
export interface TimeIndex {
  src: IndexSource;
  /** Number of included rows (filtered counted incidents). */
  size: number;
  /** 1 where the row at that position of src.byStart / src.byEnd is included. */
  inStart: Uint8Array;
  inEnd: Uint8Array;
  byStart: Blocks;
  byEnd: Blocks;
  /** Positions in src.byStart (ascending) of included rows spanning more than LONG_DAYS. */
  longRows: Int32Array;
}

/**
 * Builds the index over the dataset rows where `include[i]` is 1 (callers pass
 * counted AND passes-filters): two gathers of the flags and the block sums.
 */
export function buildTimeIndexFrom(src: IndexSource, include: Uint8Array): TimeIndex {
  const n = src.byStart.rows.length;
  const inStart = new Uint8Array(n);
  const inEnd = new Uint8Array(n);
  let size = 0;
  const longs: number[] = [];
  for (let k = 0; k < n; k++) {
    const f = include[src.byStart.rows[k] as number] === 1 ? 1 : 0;
    inStart[k] = f;
    size += f;
    if (f === 1 && (src.byStart.end[k] as number) - (src.byStart.start[k] as number) > LONG_DAYS) longs.push(k);
    inEnd[k] = include[src.byEnd.rows[k] as number] === 1 ? 1 : 0;
  }
  return {
    src,
    size,
    inStart,
    inEnd,
    byStart: blocks(src.sidesByStart, inStart),
    byEnd: blocks(src.sidesByEnd, inEnd),
    longRows: Int32Array.from(longs),
  };
}

/** Sorts and gathers an IndexSource for the counted rows of `cols` (once per dataset and view). */
export function indexSource(cols: DatasetColumns, sides: readonly SideColumns[]): IndexSource {
  const rows = keepIncluded(Int32Array.from(cols.counted.keys()), cols.counted);
  const byStart = sortByDay(rows, cols.start);
  const byEnd = sortByDay(rows, cols.end);
  return {
    byStart: orderRows(byStart, cols),
    byEnd: orderRows(byEnd, cols),
    sidesByStart: sides.map((c) => orderSide(byStart, c)),
    sidesByEnd: sides.map((c) => orderSide(byEnd, c)),
  };
}

/** Convenience for small data and tests: sorts, gathers and builds in one call. */
export function buildTimeIndex(cols: DatasetColumns, include: Uint8Array, sides: readonly SideColumns[]): TimeIndex {
  return buildTimeIndexFrom(indexSource(cols, sides), include);
}

/** Included rows among positions [0, p) of an order. */
function countBefore(b: Blocks, inc: Uint8Array, p: number): number {
  let c = b.count[p >> SHIFT] as number;
  for (let k = p & ~(BLOCK - 1); k < p; k++) c += inc[k] as number;
  return c;
}

/** Number of rows overlapping the window, O(log n + BLOCK). */
export function countInWindow(ix: TimeIndex, w: DayWindow): number {
  if (w.start > w.end) return 0;
  const a = upperBound(ix.src.byStart.start, w.end);
  const b = lowerBound(ix.src.byEnd.end, w.start);
  return countBefore(ix.byStart, ix.inStart, a) - countBefore(ix.byEnd, ix.inEnd, b);
}

/** A sum of headline figures: its bounds, how many terms, and how many carried each qualifier. */
export interface FigureSum {
  /** Sum of the precise parts (lower ends). */
  lo: number;
  /** Sum of the upper ends (equal to lo where no term is a range). */
  hi: number;
  /** Incidents whose headline states this figure (with a number). */
  terms: number;
  atLeast: number;
  over: number;
  about: number;
  /** Terms stated as "dozens", without a number: never added as 0, counted apart. */
  dozens: number;
}

/** One side's figures summed over the rows overlapping a window. */
export interface SideTotals {
  side: Side;
  count: Count;
  /** Incidents in the window (same for every side). */
  incidents: number;
  killed: FigureSum;
  injured: FigureSum;
  /** Incidents by headline kind (HEADLINE_KIND keys). */
  kinds: Record<keyof typeof HEADLINE_KIND, number>;
}

/** Sums of side s over included positions [0, p) of one order, into acc (NSUM slots). */
function sumsBefore(acc: Float64Array, b: Blocks, o: OrderedSide, s: number, inc: Uint8Array, p: number): void {
  const bs = b.sides[s] as Float64Array;
  const j = p >> SHIFT;
  acc.set(bs.subarray(j * NSUM, j * NSUM + NSUM));
  for (let k = p & ~(BLOCK - 1); k < p; k++) if (inc[k] === 1) addRow(acc, 0, o, k);
}

function figureSum(d: Float64Array, lo: number, hi: number, terms: number, q: number): FigureSum {
  return {
    lo: d[lo] as number,
    hi: d[hi] as number,
    terms: d[terms] as number,
    atLeast: d[q] as number,
    over: d[q + 1] as number,
    about: d[q + 2] as number,
    dozens: d[q + 3] as number,
  };
}

/** Totals of every side of the index over a window, O(log n + BLOCK) per side. */
export function totalsInWindow(ix: TimeIndex, w: DayWindow): SideTotals[] {
  const valid = w.start <= w.end;
  const a = valid ? upperBound(ix.src.byStart.start, w.end) : 0;
  const b = valid ? lowerBound(ix.src.byEnd.end, w.start) : 0;
  const incidents = countBefore(ix.byStart, ix.inStart, a) - countBefore(ix.byEnd, ix.inEnd, b);
  const p = new Float64Array(NSUM);
  const q = new Float64Array(NSUM);
  return ix.src.sidesByStart.map((o, s) => {
    sumsBefore(p, ix.byStart, o, s, ix.inStart, a);
    sumsBefore(q, ix.byEnd, ix.src.sidesByEnd[s] as OrderedSide, s, ix.inEnd, b);
    const d = p.map((v, k) => v - (q[k] as number));
    const kinds = Object.fromEntries(Object.entries(HEADLINE_KIND).map(([name, code]) => [name, d[S.kind + code] as number])) as SideTotals['kinds'];
    return {
      side: o.side,
      count: o.count,
      incidents,
      killed: figureSum(d, S.kLo, S.kHi, S.withK, S.kAtLeast),
      injured: figureSum(d, S.iLo, S.iHi, S.withI, S.iAtLeast),
      kinds,
    };
  });
}

/**
 * Writes the dataset indices of the rows overlapping the window into `out`
 * (which must hold countInWindow(ix, w)), in start-day order, and returns how many.
 * O(log n + k + m), m = rows starting up to LONG_DAYS before the window that
 * ended before it or are filtered out, plus the long rows starting before that.
 */
export function visibleInto(ix: TimeIndex, w: DayWindow, out: Int32Array): number {
  if (w.start > w.end || ix.size === 0) return 0;
  const { rows, start, end } = ix.src.byStart;
  const lo = lowerBound(start, w.start - LONG_DAYS);
  const hi = upperBound(start, w.end);
  let k = 0;
  // Long rows that started before the scanned range come first: they start earliest.
  for (let j = 0; j < ix.longRows.length; j++) {
    const p = ix.longRows[j] as number;
    if (p >= lo) break;
    if ((end[p] as number) >= w.start) out[k++] = rows[p] as number;
  }
  for (let p = lo; p < hi; p++) if (ix.inStart[p] === 1 && (end[p] as number) >= w.start) out[k++] = rows[p] as number;
  return k;
}

/** The dataset indices of the rows overlapping the window, in start-day order. */
export function visibleIndices(ix: TimeIndex, w: DayWindow): Int32Array {
  const out = new Int32Array(countInWindow(ix, w));
  visibleInto(ix, w, out);
  return out;
}
