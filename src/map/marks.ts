/**
 * What the incident layer draws, as marks the map can reason about without
 * asking the layer: each drawn point (visible under the filters and window,
 * not folded into a counted disc) and each counted disc, with its radius.
 * Used to keep labels off the marks, to find every incident under a click and
 * for the test hook. Pure: model arrays in, marks out.
 */
import { clusterRadius } from './incidents/clusters.ts';
import type { ClusterPoint, MapModel } from './model.ts';

/** One drawn mark: a point (`index` ≥ 0, `disc` = -1) or a counted disc (`disc` ≥ 0, `index` = -1). */
export interface Mark {
  lon: number;
  lat: number;
  /** Radius in CSS px as drawn (before the layer's fill-budget shrink, which only makes it smaller). */
  r: number;
  index: number;
  disc: number;
}

/** Dataset indices a disc stands for (given, or listed on demand where the model leaves them out for speed). */
export function discMembers(d: ClusterPoint): Int32Array {
  return d.members ?? d.listMembers?.() ?? new Int32Array(0);
}

/** The marks drawn for `m` with the counted discs `discs` (null = none). */
export function drawnMarks(m: Partial<Pick<MapModel, 'points' | 'appearance' | 'window' | 'selected'>>, discs: readonly ClusterPoint[] | null): Mark[] {
  const out: Mark[] = [];
  discs?.forEach((d, k) => out.push({ lon: d.lon, lat: d.lat, r: clusterRadius(d.count), index: -1, disc: k }));
  const { points, appearance: a, window: w } = m;
  // With discs that do not list members every incident is inside some disc: no points are drawn.
  if (points == null || a == null || w == null || (discs !== null && discs.length > 0 && discs.some((d) => d.members === undefined))) return out;
  const folded = new Set<number>();
  for (const d of discs ?? []) for (const i of d.members ?? []) folded.add(i);
  folded.delete(m.selected ?? -1);
  for (let i = 0; i < points.lon.length; i++) {
    if (a.visible[i] !== 1 || folded.has(i)) continue;
    if ((points.startDay[i] as number) > w.endDay || (points.endDay[i] as number) < w.startDay) continue;
    out.push({ lon: points.lon[i] as number, lat: points.lat[i] as number, r: a.radiusPx[i] ?? 4, index: i, disc: -1 });
  }
  return out;
}

/**
 * Dataset indices of every incident under screen point (x, y): the points
 * whose drawn disc contains it (2 px of slack for the hand) and the members
 * of any counted disc there; `project` gives a mark's screen position.
 */
export function incidentsAt(
  marks: readonly Mark[],
  discs: readonly ClusterPoint[] | null,
  project: (lon: number, lat: number) => { x: number; y: number },
  x: number,
  y: number,
): { indices: number[]; disc: number } {
  const found = new Set<number>();
  let disc = -1;
  for (const mk of marks) {
    const p = project(mk.lon, mk.lat);
    if (Math.hypot(p.x - x, p.y - y) > Math.max(1.5, mk.r) + 2) continue;
    if (mk.disc >= 0) {
      const d = discs?.[mk.disc];
      if (d === undefined) continue;
      disc = mk.disc;
      for (const i of discMembers(d)) found.add(i);
    } else found.add(mk.index);
  }
  return { indices: [...found], disc };
}
