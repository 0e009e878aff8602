/**
 * Grid clustering whose counts follow the time window and filters exactly
 * (maplibre's source clustering runs before filters, so it cannot).
 *
 * Per integer zoom the world is cut into CELL_PX × CELL_PX cells of Web
 * Mercator pixels (512-px tiles, as maplibre counts zoom). Each cell keeps its
 * filtered incidents' start days and end days sorted, so a cell's count in a
 * window is #(start ≤ b) − #(end < a): two binary searches. Prefix sums of the
 * Mercator x/y along both orders give the exact centroid of the visible
 * members the same way. Built per (filters, view), lazily per zoom; queried
 * per window and zoom.
 */
import type { DayWindow } from './filters.ts';
import { countOverlappingIn, lowerBound, upperBound } from './spans.ts';
import type { DatasetColumns } from './timeIndex.ts';

/** Cell size in screen pixels. */
export const CELL_PX = 40;
/** Above this zoom nothing is aggregated (cells would be a few km wide). */
export const MAX_CLUSTER_ZOOM = 12;
const TILE_PX = 512;

interface Level {
  zoom: number;
  /** Members of cell c are rows [cellOffset[c], cellOffset[c+1]) of the arrays below. */
  cellOffset: Int32Array;
  /** Dataset indices ordered by cell, then start day; and their start days. */
  byStart: Int32Array;
  starts: Int32Array;
  /** End days ordered by cell, then end day. */
  ends: Int32Array;
  /** Prefix sums (length n + 1) of Mercator x and y along byStart order and along the ends order. */
  xs: Float64Array;
  ys: Float64Array;
  xe: Float64Array;
  ye: Float64Array;
}

/** The cluster index of one (dataset, filters, view); levels are built on first use. */
export interface ClusterIndex {
  cols: DatasetColumns;
  rows: Int32Array;
  mx: Float64Array;
  my: Float64Array;
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

/** Prepares clustering of the incidents where `include` is 1 (counted and passing filters). */
export function buildClusterIndex(cols: DatasetColumns, include: Uint8Array): ClusterIndex {
  const list: number[] = [];
  for (let i = 0; i < include.length; i++) if (include[i] === 1) list.push(i);
  const rows = Int32Array.from(list);
  const mx = new Float64Array(rows.length);
  const my = new Float64Array(rows.length);
  rows.forEach((i, r) => {
    mx[r] = mercatorX(cols.lon[i] as number);
    my[r] = mercatorY(cols.lat[i] as number);
  });
  return { cols, rows, mx, my, levels: new Map() };
}

function buildLevel(ix: ClusterIndex, zoom: number): Level {
  const n = ix.rows.length;
  const cells = (TILE_PX * 2 ** zoom) / CELL_PX;
  const stride = Math.ceil(cells) + 1;
  const cellOfKey = new Map<number, number>();
  const cellOfRow = new Int32Array(n);
  const sizes: number[] = [];
  for (let r = 0; r < n; r++) {
    const key = Math.floor((ix.my[r] as number) * cells) * stride + Math.floor((ix.mx[r] as number) * cells);
    let c = cellOfKey.get(key);
    if (c === undefined) {
      c = sizes.length;
      cellOfKey.set(key, c);
      sizes.push(0);
    }
    cellOfRow[r] = c;
    sizes[c] = (sizes[c] as number) + 1;
  }
  const cellOffset = new Int32Array(sizes.length + 1);
  sizes.forEach((s, c) => (cellOffset[c + 1] = (cellOffset[c] as number) + s));
  // Counting sort of rows into cells, then sort each cell by day with packed keys.
  const fill = cellOffset.slice(0, sizes.length);
  const sk = new Float64Array(n);
  const ek = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const c = cellOfRow[r] as number;
    const at = fill[c] as number;
    fill[c] = at + 1;
    const i = ix.rows[r] as number;
    sk[at] = ((ix.cols.start[i] as number) + 2 ** 20) * 2 ** 24 + r;
    ek[at] = ((ix.cols.end[i] as number) + 2 ** 20) * 2 ** 24 + r;
  }
  for (let c = 0; c < sizes.length; c++) {
    const lo = cellOffset[c] as number;
    const hi = cellOffset[c + 1] as number;
    if (hi - lo > 1) {
      sk.subarray(lo, hi).sort();
      ek.subarray(lo, hi).sort();
    }
  }
  const lv: Level = {
    zoom,
    cellOffset,
    byStart: new Int32Array(n),
    starts: new Int32Array(n),
    ends: new Int32Array(n),
    xs: new Float64Array(n + 1),
    ys: new Float64Array(n + 1),
    xe: new Float64Array(n + 1),
    ye: new Float64Array(n + 1),
  };
  for (let k = 0; k < n; k++) {
    const rs = (sk[k] as number) % 2 ** 24;
    const re = (ek[k] as number) % 2 ** 24;
    const i = ix.rows[rs] as number;
    lv.byStart[k] = i;
    lv.starts[k] = ix.cols.start[i] as number;
    lv.ends[k] = ix.cols.end[ix.rows[re] as number] as number;
    lv.xs[k + 1] = (lv.xs[k] as number) + (ix.mx[rs] as number);
    lv.ys[k + 1] = (lv.ys[k] as number) + (ix.my[rs] as number);
    lv.xe[k + 1] = (lv.xe[k] as number) + (ix.mx[re] as number);
    lv.ye[k + 1] = (lv.ye[k] as number) + (ix.my[re] as number);
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
      for (let k = lo; k < hi; k++) if ((lv.starts[k] as number) <= w.end && (ix.cols.end[lv.byStart[k] as number] as number) >= w.start) singles.push(lv.byStart[k] as number);
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
    if ((lv.starts[k] as number) <= w.end && (ix.cols.end[i] as number) >= w.start) out.push(i);
  }
  return Int32Array.from(out);
}
