/**
 * How two straight segments meet, in plane (lon/lat) coordinates. Used by the
 * geometry validity checks; kept apart so it can be tested on its own.
 */

/** A point [x, y]. */
export type Pt = readonly [number, number];

/** `cross`: interiors cross at one point; `touch`: they meet at an end point; `overlap`: collinear with shared length. */
export type Meeting = { kind: 'none' } | { kind: 'cross' | 'touch' | 'overlap'; at: Pt };

/** Orientation of r relative to p→q: >0 left, <0 right, 0 collinear (within a relative tolerance). */
export function orient(p: Pt, q: Pt, r: Pt): number {
  const ux = q[0] - p[0];
  const uy = q[1] - p[1];
  const wx = r[0] - p[0];
  const wy = r[1] - p[1];
  const o = ux * wy - uy * wx;
  // An angle below ~1e-12 rad is float noise, not a turn.
  return Math.abs(o) <= 1e-12 * Math.hypot(ux, uy) * Math.hypot(wx, wy) ? 0 : o;
}

function within(p: Pt, a: Pt, b: Pt): boolean {
  return p[0] >= Math.min(a[0], b[0]) && p[0] <= Math.max(a[0], b[0]) && p[1] >= Math.min(a[1], b[1]) && p[1] <= Math.max(a[1], b[1]);
}

/**
 * How segment a1→a2 meets segment b1→b2.
 * @example segmentIntersection([0,0],[2,2],[0,2],[2,0]) // { kind: 'cross', at: [1, 1] }
 */
export function segmentIntersection(a1: Pt, a2: Pt, b1: Pt, b2: Pt): Meeting {
  const d1 = orient(b1, b2, a1);
  const d2 = orient(b1, b2, a2);
  const d3 = orient(a1, a2, b1);
  const d4 = orient(a1, a2, b2);
  if (d1 * d2 < 0 && d3 * d4 < 0) {
    const t = d1 / (d1 - d2);
    return { kind: 'cross', at: [a1[0] + t * (a2[0] - a1[0]), a1[1] + t * (a2[1] - a1[1])] };
  }
  if (d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0) return collinear(a1, a2, b1, b2);
  if (d1 === 0 && within(a1, b1, b2)) return { kind: 'touch', at: a1 };
  if (d2 === 0 && within(a2, b1, b2)) return { kind: 'touch', at: a2 };
  if (d3 === 0 && within(b1, a1, a2)) return { kind: 'touch', at: b1 };
  if (d4 === 0 && within(b2, a1, a2)) return { kind: 'touch', at: b2 };
  return { kind: 'none' };
}

function collinear(a1: Pt, a2: Pt, b1: Pt, b2: Pt): Meeting {
  // Project on the axis along which segment a extends most.
  const axis = Math.abs(a2[0] - a1[0]) >= Math.abs(a2[1] - a1[1]) ? 0 : 1;
  const lo = Math.max(Math.min(a1[axis], a2[axis]), Math.min(b1[axis], b2[axis]));
  const hi = Math.min(Math.max(a1[axis], a2[axis]), Math.max(b1[axis], b2[axis]));
  if (lo > hi) return { kind: 'none' };
  const at = [a1, a2, b1, b2].find((p) => p[axis] === lo) ?? a1;
  return { kind: lo === hi ? 'touch' : 'overlap', at };
}
