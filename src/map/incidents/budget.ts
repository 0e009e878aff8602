/**
 * The fill budget of a frame. Software WebGL here fills roughly 100–200 M
 * pixels a second, so what a frame costs is mostly how many pixels the points
 * and discs cover. These pure functions estimate that from a few averages and
 * decide what to draw, so a frame stays within a step's time budget.
 */

/**
 * Most pixels the faint uncertainty discs may cover in one frame. At low zoom
 * tens of thousands of overlapping discs only make a haze, so past this budget
 * a disc is drawn for the selected incident only (zoom in or narrow the window
 * to see them all).
 */
export const DISC_FILL_BUDGET = 2_000_000;
/**
 * Most pixels the points may cover in one frame. Past it every point is
 * shrunk by the same factor (down to MIN_SIZE_SCALE), so sizes stay
 * comparable within a frame.
 */
export const POINT_FILL_BUDGET = 1_200_000;
export const MIN_SIZE_SCALE = 0.4;

/** Averages over the point set that the budget needs (recomputed on setAppearance). */
export interface FillStats {
  /** Mean disc area πr² of the points, CSS px². */
  meanArea: number;
  /** Mean squared uncertainty radius, mercator units². */
  meanUnc2: number;
}

/** Averages of point radii (px) and uncertainty radii (mercator units). */
export function fillStats(radiusPx: Float32Array, uncMerc: Float32Array): FillStats {
  const n = radiusPx.length;
  let area = 0;
  let unc2 = 0;
  for (let k = 0; k < n; k++) {
    area += Math.PI * (radiusPx[k] ?? 0) ** 2;
    unc2 += (uncMerc[k] ?? 0) ** 2;
  }
  return { meanArea: n > 0 ? area / n : 0, meanUnc2: n > 0 ? unc2 / n : 0 };
}

/**
 * Share of a mercator box [x0, y0, x1, y1] inside the view box (1 for a degenerate box).
 * @example onScreenShare([0, 0, 2, 2], [1, 1, 3, 3]) // → 0.25
 */
export function onScreenShare(box: readonly number[], view: readonly number[]): number {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = box;
  const [v0 = 0, w0 = 0, v1 = 0, w1 = 0] = view;
  const area = (x1 - x0) * (y1 - y0);
  if (!(area > 0)) return 1;
  const w = Math.max(0, Math.min(x1, v1) - Math.max(x0, v0));
  const h = Math.max(0, Math.min(y1, w1) - Math.max(y0, w0));
  return Math.min(1, (w * h) / area);
}

/**
 * What to draw for `onScreen` points (an estimate) at `worldPx` device pixels
 * per mercator unit and pixel ratio `dpr`.
 */
export function frameBudget(onScreen: number, s: FillStats, worldPx: number, dpr: number): { discs: boolean; sizeScale: number } {
  const discs = onScreen * s.meanUnc2 * Math.PI * worldPx * worldPx <= DISC_FILL_BUDGET;
  const fill = onScreen * s.meanArea * dpr * dpr;
  const sizeScale = fill > POINT_FILL_BUDGET ? Math.max(MIN_SIZE_SCALE, Math.sqrt(POINT_FILL_BUDGET / fill)) : 1;
  return { discs, sizeScale };
}
