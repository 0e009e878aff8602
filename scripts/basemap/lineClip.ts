/**
 * Splits a polyline at a box's edges into the parts inside and the parts
 * outside it. Borders are drawn from the detailed (1:10m) arcs inside the
 * region and from the world (1:50m) arcs outside it; the two meet on the
 * region's edge, so no outline runs along the edge itself.
 */
import type { Position } from 'geojson';

type Box = readonly [number, number, number, number];

/** Parameters t in (0, 1) where segment p→q crosses one of the box's four edge lines, ascending. */
function crossings(p: Position, q: Position, box: Box): number[] {
  const [w, s, e, n] = box;
  const [x0, y0] = [p[0] as number, p[1] as number];
  const [dx, dy] = [(q[0] as number) - x0, (q[1] as number) - y0];
  const ts: number[] = [];
  for (const [d, from, edge] of [
    [dx, x0, w],
    [dx, x0, e],
    [dy, y0, s],
    [dy, y0, n],
  ] as const) {
    if (d === 0) continue;
    const t = (edge - from) / d;
    if (t > 0 && t < 1) ts.push(t);
  }
  return ts.sort((a, b) => a - b);
}

function inside(p: Position, box: Box): boolean {
  const [x, y] = [p[0] as number, p[1] as number];
  return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
}

function lerp(p: Position, q: Position, t: number): Position {
  return [(p[0] as number) + ((q[0] as number) - (p[0] as number)) * t, (p[1] as number) + ((q[1] as number) - (p[1] as number)) * t];
}

/**
 * The parts of `path` inside `box` and outside it (each part ≥ 2 positions).
 * @example splitByBox([[0, 0], [2, 0]], [1, -1, 3, 1]) // inside [[[1, 0], [2, 0]]], outside [[[0, 0], [1, 0]]]
 */
export function splitByBox(path: readonly Position[], box: Box): { inside: Position[][]; outside: Position[][] } {
  const out = { inside: [] as Position[][], outside: [] as Position[][] };
  let part: Position[] = [];
  let partInside = false;
  const flush = () => {
    if (part.length >= 2) (partInside ? out.inside : out.outside).push(part);
    part = [];
  };
  for (let k = 0; k + 1 < path.length; k++) {
    const p = path[k] as Position;
    const q = path[k + 1] as Position;
    const cuts = [0, ...crossings(p, q, box), 1];
    for (let c = 0; c + 1 < cuts.length; c++) {
      const [a, b] = [cuts[c] as number, cuts[c + 1] as number];
      const mid = lerp(p, q, (a + b) / 2);
      const isIn = inside(mid, box);
      const start = lerp(p, q, a);
      if (part.length === 0 || isIn !== partInside) {
        flush();
        partInside = isIn;
        part.push(start);
      }
      part.push(lerp(p, q, b));
    }
  }
  flush();
  return out;
}
