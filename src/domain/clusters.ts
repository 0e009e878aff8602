/**
 * Grid clustering whose counts follow the time window and filters exactly
 * (maplibre's source clustering runs before filters, so it cannot).
 *
 * Per integer zoom the world is cut into CELL_PX × CELL_PX cells of Web
 * Mercator pixels (512-px tiles, as maplibre counts zoom). Each cell keeps its
 * filtered incidents' start days and end days sorted, so a cell's count in a
 * window is #(start ≤ b) − #(end < a): two binary searches. Prefix sums of the
 * Mercator x/y along both orders give the exact centroid of the visible
 * members the same way. The grid of a zoom is built once per dataset; the
 * filtered cells per (filters, view), lazily per zoom; queries per window.
 */
import type { DayWindow } from './filters.ts';
import { countOverlappingIn, lowerBound, upperBound } from './spans.ts';
import { keepIncluded, type DatasetTables } from './tables.ts';

/** Cell size in screen pixels. */
export const CELL_PX = 40;
/** Above this zoom nothing is aggregated (cells would be a few km wide). */
export const MAX_CLUSTER_ZOOM = 12;
const TILE_PX = 512;

/**
 * The grid of one zoom over all counted incidents of a dataset (independent
 * of filters): each incident's cell, and the counted rows ordered by cell then
 * start day, and by cell then end day.
 */
interface Grid {
  cells: number;
  cellOf: Int32Array;
  byCellStart: Int32Array;
  byCellEnd: Int32Array;
}

/** Per-dataset clustering tables: Mercator positions and grids built lazily per zoom. */
export interface ClusterGrids {
  tables: DatasetTables;
  /** Web Mercator x, y in [0, 1) of every incident. */
  mx: Float64Array;
  my: Float64Array;
  grids: Map<number, Grid>;
}

interface Level {
  zoom: number;
  /** Included members of cell c are rows [cellOffset[c], cellOffset[c+1]) of the arrays below. */
  cellOffset: Int32Array;
  /** Dataset indices ordered by cell, then start day; and their start days. */
  byStart: Int32Array;
  starts: Int32Array;
  /** End days ordered by cell, then end day. */
  ends: Int32Array;
  /** Prefix sums (length m + 1) of Mercator x and y along byStart order and along the ends order. */
  xs: Float64Array;
  ys: Float64Array;
  xe: Float64Array;
  ye: Float64Array;
}

/** The cluster index of one (dataset, filters, view); levels are built on first use. */
export interface ClusterIndex {
  grids: ClusterGrids;
  include: Uint8Array;
  levels: Map<number, Level>;
}

/** One aggregate of ≥ 2 visible incidents. */
export interface Cluster {
  /** Centroid of the visible members (in Web Mercator, returned as lon/lat). */
  lon: number;
  lat: number;
  count: number;
  /** Cell id at this zoom, for {@link clusterMembers}. */
  cell: number;
}

/** What the map draws at a zoom and window. */
export interface ClusterResult {
  /** The integer zoom used, or null above MAX_CLUSTER_ZOOM (no aggregation: draw every point). */
  zoom: number | null;
  clusters: Cluster[];
  /** Dataset indices of visible incidents alone in their cell. */
  singles: Int32Array;
}

/** Web Mercator x in [0, 1) of a longitude. */
export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}
/** Web Mercator y in [0, 1) of a latitude (0 = north edge). */
export function mercatorY(lat: number): number {
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}
function lonOf(x: number): number {
  return x * 360 - 180;
}
function latOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/** Per-dataset clustering tables (positions now, a grid per zoom when first asked). */
export function clusterGrids(tables: DatasetTables): ClusterGrids {
  const n = tables.cols.lon.length;
  const mx = new Float64Array(n);
  const my = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    mx[i] = mercatorX(tables.cols.lon[i] as number);
    my[i] = mercatorY(tables.cols.lat[i] as number);
  }
  return { tables, mx, my, grids: new Map() };
}

/** Prepares clustering of the incidents where `include` is 1 (counted and passing filters). */
export function buildClusterIndex(grids: ClusterGrids, include: Uint8Array): ClusterIndex {
  return { grids, include, levels: new Map() };
}

function grid(g: ClusterGrids, zoom: number): Grid {
  const cached = g.grids.get(zoom);
  if (cached) return cached;
  const size = (TILE_PX * 2 ** zoom) / CELL_PX;
  const stride = Math.ceil(size) + 1;
  const cellOfKey = new Map<number, number>();
  const cellOf = new Int32Array(g.mx.length).fill(-1);
  for (const i of g.tables.byStart) {
    const key = Math.floor((g.my[i] as number) * size) * stride + Math.floor((g.mx[i] as number) * size);
    let c = cellOfKey.get(key);
    if (c === undefined) {
      c = cellOfKey.size;
      cellOfKey.set(key, c);
    }
    cellOf[i] = c;
  }
  const cells = cellOfKey.size;
  // Stable counting sort by cell keeps the day order of the input within each cell.
  const bucket = (sorted: Int32Array): Int32Array => {
    const offset = new Int32Array(cells + 1);
    for (const i of sorted) offset[(cellOf[i] as number) + 1] = (offset[(cellOf[i] as number) + 1] as number) + 1;
    for (let c = 0; c < cells; c++) offset[c + 1] = (offset[c + 1] as number) + (offset[c] as number);
    const out = new Int32Array(sorted.length);
    for (const i of sorted) {
      const c = cellOf[i] as number;
      out[offset[c] as number] = i;
      offset[c] = (offset[c] as number) + 1;
    }
    return out;
  };
  const made = { cells, cellOf, byCellStart: bucket(g.tables.byStart), byCellEnd: bucket(g.tables.byEnd) };
  g.grids.set(zoom, made);
  return made;
}

function buildLevel(ix: ClusterIndex, zoom: number): Level {
  const g = ix.grids;
  const gr = grid(g, zoom);
  const byStart = keepIncluded(gr.byCellStart, ix.include);
  const byEnd = keepIncluded(gr.byCellEnd, ix.include);
  const m = byStart.length;
  const cellOffset = new Int32Array(gr.cells + 1);
  for (const i of byStart) cellOffset[(gr.cellOf[i] as number) + 1] = (cellOffset[(gr.cellOf[i] as number) + 1] as number) + 1;
  for (let c = 0; c < gr.cells; c++) cellOffset[c + 1] = (cellOffset[c + 1] as number) + (cellOffset[c] as number);
  const lv: Level = {
    zoom,
    cellOffset,
    byStart,
    starts: new Int32Array(m),
    ends: new Int32Array(m),
    xs: new Float64Array(m + 1),
    ys: new Float64Array(m + 1),
    xe: new Float64Array(m + 1),
    ye: new Float64Array(m + 1),
  };
  const { start, end } = g.tables.cols;
  for (let k = 0; k < m; k++) {
    const s = byStart[k] as number;
    const e = byEnd[k] as number;
    lv.starts[k] = start[s] as number;
    lv.ends[k] = end[e] as number;
    lv.xs[k + 1] = (lv.xs[k] as number) + (g.mx[s] as number);
    lv.ys[k + 1] = (lv.ys[k] as number) + (g.my[s] as number);
    lv.xe[k + 1] = (lv.xe[k] as number) + (g.mx[e] as number);
    lv.ye[k + 1] = (lv.ye[k] as number) + (g.my[e] as number);
  }
  return lv;
}

function level(ix: ClusterIndex, zoom: number): Level {
  let lv = ix.levels.get(zoom);
  if (!lv) {
    lv = buildLevel(ix, zoom);
    ix.levels.set(zoom, lv);
  }
  return lv;
}

/**
 * Clusters and singles at a map zoom for a window: O(cells · log m), plus a
 * scan of the cells whose count is exactly 1 to name the single.
 */
export function queryClusters(ix: ClusterIndex, zoom: number, w: DayWindow): ClusterResult {
  if (zoom > MAX_CLUSTER_ZOOM) return { zoom: null, clusters: [], singles: new Int32Array(0) };
  const lv = level(ix, Math.max(0, Math.floor(zoom)));
  const clusters: Cluster[] = [];
  const singles: number[] = [];
  const cells = lv.cellOffset.length - 1;
  for (let c = 0; c < cells; c++) {
    const lo = lv.cellOffset[c] as number;
    const hi = lv.cellOffset[c + 1] as number;
    const count = countOverlappingIn(lv.starts, lv.ends, lo, hi, w);
    if (count === 0) continue;
    if (count === 1) {
      for (let k = lo; k < hi; k++) if ((lv.starts[k] as number) <= w.end && (ix.grids.tables.cols.end[lv.byStart[k] as number] as number) >= w.start) singles.push(lv.byStart[k] as number);
      continue;
    }
    // Σ over visible = Σ(start ≤ b) − Σ(end < a), within the cell's segment.
    const s = upperBound(lv.starts, w.end, lo, hi);
    const e = lowerBound(lv.ends, w.start, lo, hi);
    const x = ((lv.xs[s] as number) - (lv.xs[lo] as number) - ((lv.xe[e] as number) - (lv.xe[lo] as number))) / count;
    const y = ((lv.ys[s] as number) - (lv.ys[lo] as number) - ((lv.ye[e] as number) - (lv.ye[lo] as number))) / count;
    clusters.push({ lon: lonOf(x), lat: latOf(y), count, cell: c });
  }
  return { zoom: lv.zoom, clusters, singles: Int32Array.from(singles) };
}

/** Dataset indices of a cluster's visible members (for a click that zooms in or lists them). */
export function clusterMembers(ix: ClusterIndex, zoom: number, cell: number, w: DayWindow): Int32Array {
  const lv = level(ix, Math.max(0, Math.floor(Math.min(zoom, MAX_CLUSTER_ZOOM))));
  const lo = lv.cellOffset[cell] ?? 0;
  const hi = lv.cellOffset[cell + 1] ?? lo;
  const out: number[] = [];
  for (let k = lo; k < hi; k++) {
    const i = lv.byStart[k] as number;
    if ((lv.starts[k] as number) <= w.end && (ix.grids.tables.cols.end[i] as number) >= w.start) out.push(i);
  }
  return Int32Array.from(out);
}
