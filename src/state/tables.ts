/**
 * Per-dataset tables (columns, orders, each view's attribution, each side's
 * headline figures, cluster grids), computed once per dataset and cached
 * weakly by the dataset object. Selectors compute a missing table on the spot;
 * `prepareDataset` computes them ahead, in slices with pauses between, so a
 * million incidents never block the main thread for long.
 */
import { MAX_CLUSTER_ZOOM, clusterGrids, emptyClusterGrids, fillMercator, grid, type ClusterGrids } from '../domain/clusters.ts';
import type { Dataset } from '../domain/dataset.ts';
import { CLAIM_VIEWS, COMPARE_SIDES, viewSides, type ClaimView } from '../domain/filters.ts';
import { datasetTables, emptyViewTables, fillViewTables, type DatasetTables, type ViewTables } from '../domain/tables.ts';
import { emptyOrderedSide, gatherRows, gatherSide, orderRows, orderSide, type DatasetColumns, type IndexSource, type OrderedRows, type OrderedSide, type SideColumns } from '../domain/timeIndex.ts';
import { emptySideColumns, fillSideColumns } from '../domain/totals.ts';
import { datasetColumns } from '../domain/visible.ts';
import type { Count, Side } from '../domain/vocab.ts';

interface Entry {
  cols?: DatasetColumns;
  tables?: DatasetTables;
  grids?: ClusterGrids;
  views: Map<ClaimView, ViewTables>;
  /** Keyed `side|count`. */
  sides: Map<string, SideColumns>;
  ordered?: { byStart: OrderedRows; byEnd: OrderedRows };
  orderedSides: Map<string, { byStart: OrderedSide; byEnd: OrderedSide }>;
}

const cache = new WeakMap<Dataset, Entry>();

function entry(d: Dataset): Entry {
  let e = cache.get(d);
  if (!e) {
    e = { views: new Map(), sides: new Map(), orderedSides: new Map() };
    cache.set(d, e);
  }
  return e;
}

/** Hands over columns the loader already built (src/data/load), so they are not computed again. */
export function adoptColumns(d: Dataset, cols: DatasetColumns): void {
  const e = entry(d);
  if (!e.cols && cols.start.length === d.size) e.cols = cols;
}

/** Day spans, countedness and positions of every incident. */
export function columnsOf(d: Dataset): DatasetColumns {
  const e = entry(d);
  return (e.cols ??= datasetColumns(d));
}

/** Type/country indices and the start/end orders of the counted incidents. */
export function tablesOf(d: Dataset): DatasetTables {
  const e = entry(d);
  return (e.tables ??= datasetTables(d, columnsOf(d)));
}

/** Attribution masks and primary actors under a view. */
export function viewTablesOf(d: Dataset, view: ClaimView): ViewTables {
  const e = entry(d);
  let v = e.views.get(view);
  if (!v) {
    v = emptyViewTables(view, d.size);
    fillViewTables(v, d, 0, d.size);
    e.views.set(view, v);
  }
  return v;
}

/** Headline figures and kind of every incident under a side and Count. */
export function sideColumnsOf(d: Dataset, side: Side, count: Count): SideColumns {
  const e = entry(d);
  const key = `${side}|${count}`;
  let c = e.sides.get(key);
  if (!c) {
    // Every side of the Count in one pass (the views ask for them together; a columnar dataset decodes each record once).
    const missing = COMPARE_SIDES.filter((s) => !e.sides.has(`${s}|${count}`)).map((s) => emptySideColumns(s, count, d.size));
    if (!missing.some((m) => m.side === side)) missing.push(emptySideColumns(side, count, d.size));
    fillSideColumns(missing, d, 0, d.size);
    for (const m of missing) e.sides.set(`${m.side}|${m.count}`, m);
    c = e.sides.get(key) as SideColumns;
  }
  return c;
}

function orderedSideOf(d: Dataset, side: Side, count: Count): { byStart: OrderedSide; byEnd: OrderedSide } {
  const e = entry(d);
  const key = `${side}|${count}`;
  let o = e.orderedSides.get(key);
  if (!o) {
    const t = tablesOf(d);
    const c = sideColumnsOf(d, side, count);
    o = { byStart: orderSide(t.byStart, c), byEnd: orderSide(t.byEnd, c) };
    e.orderedSides.set(key, o);
  }
  return o;
}

/** What the time index of a view is built from: counted rows by start and by end, with the view's sides' figures under a Count. */
export function indexSourceOf(d: Dataset, view: ClaimView, count: Count): IndexSource {
  const e = entry(d);
  const t = tablesOf(d);
  e.ordered ??= { byStart: orderRows(t.byStart, t.cols), byEnd: orderRows(t.byEnd, t.cols) };
  const sides = viewSides(view).map((side) => orderedSideOf(d, side, count));
  return { ...e.ordered, sidesByStart: sides.map((o) => o.byStart), sidesByEnd: sides.map((o) => o.byEnd) };
}

/** Mercator positions and per-zoom grids for clustering. */
export function gridsOf(d: Dataset): ClusterGrids {
  const e = entry(d);
  return (e.grids ??= clusterGrids(tablesOf(d)));
}

/** Rows per slice in prepareDataset: about 20–50 ms of work each on the test machine. */
export const PREPARE_SLICE = 50_000;

const pauseDefault = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Options of {@link prepareDataset}. */
export interface PrepareOptions {
  /** Awaited between slices; a macrotask by default so the page can paint and take input. */
  pause?: () => Promise<void>;
  /**
   * Work at least this long between pauses (default 30 ms; 0 pauses after every slice).
   * Small data is then prepared in one go: each pause can wait behind the basemap's own
   * long tasks, which cost the bundled data seconds before its first frame.
   */
  sliceMs?: number;
  /** Integer zooms whose cluster grids to build ahead (e.g. the starting zoom); others are built when first shown. */
  clusterZooms?: readonly number[];
  /** The Count whose figure tables to build ahead (the URL's); 'ALL' by default. */
  count?: Count;
  /** Rows per slice (PREPARE_SLICE by default); an opened file uses smaller slices, since its incidents carry more claims each. */
  sliceRows?: number;
}

/**
 * Computes every table the selectors need, in slices separated by pauses, so
 * loading a big dataset leaves the page responsive. Call before dispatching
 * datasetLoaded; optional for small data (selectors build what is missing).
 * @example await prepareDataset(result.dataset, result.columns, { clusterZooms: [5] }); store.dispatch(actions.datasetLoaded(result.dataset, result.errors, result.columns));
 */
export async function prepareDataset(d: Dataset, cols?: DatasetColumns, options: PrepareOptions = {}): Promise<void> {
  const yieldNow = options.pause ?? pauseDefault;
  const sliceMs = options.sliceMs ?? 30;
  const sliceRows = options.sliceRows ?? PREPARE_SLICE;
  let since = performance.now();
  const pause = async (): Promise<void> => {
    if (performance.now() - since < sliceMs) return;
    await yieldNow();
    since = performance.now();
  };
  if (cols) adoptColumns(d, cols);
  const n = d.size;
  const e = entry(d);
  columnsOf(d);
  await pause();
  tablesOf(d);
  await pause();
  for (const view of CLAIM_VIEWS) {
    if (e.views.has(view)) continue;
    const v = emptyViewTables(view, n);
    for (let from = 0; from < n; from += sliceRows) {
      fillViewTables(v, d, from, Math.min(n, from + sliceRows));
      await pause();
    }
    e.views.set(view, v);
  }
  const slices = async (count: number, fill: (from: number, to: number) => void): Promise<void> => {
    for (let from = 0; from < count; from += sliceRows) {
      fill(from, Math.min(count, from + sliceRows));
      await pause();
    }
  };
  const t = tablesOf(d);
  const m = t.byStart.length;
  // The starting Count's tables ahead; other Counts are built when first chosen.
  const count = options.count ?? 'ALL';
  // Every side's figures in one pass: a columnar dataset decodes each record once, not once per side.
  const missing = COMPARE_SIDES.filter((side) => !e.sides.has(`${side}|${count}`)).map((side) => emptySideColumns(side, count, n));
  await slices(n, (from, to) => fillSideColumns(missing, d, from, to));
  for (const c of missing) e.sides.set(`${c.side}|${c.count}`, c);
  for (const side of COMPARE_SIDES) {
    const key = `${side}|${count}`;
    if (!e.orderedSides.has(key)) {
      const c = sideColumnsOf(d, side, count);
      const o = { byStart: emptyOrderedSide(side, count, m), byEnd: emptyOrderedSide(side, count, m) };
      await slices(m, (from, to) => gatherSide(o.byStart, t.byStart, c, from, to));
      await slices(m, (from, to) => gatherSide(o.byEnd, t.byEnd, c, from, to));
      e.orderedSides.set(key, o);
    }
  }
  if (!e.ordered) {
    const o = { byStart: { rows: t.byStart, start: new Int32Array(m), end: new Int32Array(m) }, byEnd: { rows: t.byEnd, start: new Int32Array(m), end: new Int32Array(m) } };
    await slices(m, (from, to) => gatherRows(o.byStart, t.cols, from, to));
    await slices(m, (from, to) => gatherRows(o.byEnd, t.cols, from, to));
    e.ordered = o;
  }
  if (!e.grids) {
    const g = emptyClusterGrids(t);
    await slices(n, (from, to) => fillMercator(g, from, to));
    e.grids = g;
  }
  for (const z of options.clusterZooms ?? []) {
    if (z < 0 || z > MAX_CLUSTER_ZOOM) continue;
    grid(e.grids, Math.floor(z));
    await pause();
  }
}
