/**
 * A label point well inside a country: in its largest part, the grid point
 * farthest from any edge (an approximate pole of inaccessibility, refined
 * once). A centroid can fall outside a curved country or into the sea.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ringArea } from './common.ts';

type Rings = Position[][];

function largestPart(g: Polygon | MultiPolygon): Rings {
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = parts[0] as Rings;
  for (const p of parts) if (Math.abs(ringArea(p[0] as Position[])) > Math.abs(ringArea(best[0] as Position[]))) best = p;
  return best;
}

function inRing(x: number, y: number, ring: Position[]): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

/** Distance (degrees of latitude, longitudes scaled by cos φ) from (x, y) to the nearest edge; negative outside. */
function edgeDistance(x: number, y: number, rings: Rings, k: number): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[i + 1] as [number, number];
      const [dx, dy] = [(bx - ax) * k, by - ay];
      const [px, py] = [(x - ax) * k, y - ay];
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
      best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
    }
  }
  const inside = inRing(x, y, rings[0] as Position[]) && !rings.slice(1).some((h) => inRing(x, y, h));
  return inside ? best : -best;
}

function search(rings: Rings, box: [number, number, number, number], k: number, steps: number): [number, number, number] {
  const [w, s, e, n] = box;
  let best: [number, number, number] = [(w + e) / 2, (s + n) / 2, -Infinity];
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const x = w + ((e - w) * i) / steps;
      const y = s + ((n - s) * j) / steps;
      const d = edgeDistance(x, y, rings, k);
      if (d > best[2]) best = [x, y, d];
    }
  }
  return best;
}

/** The label point of a country (deterministic: a fixed grid, refined once around the best cell). */
export function labelPoint(g: Polygon | MultiPolygon): Position {
  const rings = largestPart(g);
  const outer = rings[0] as Position[];
  const xs = outer.map((p) => p[0] as number);
  const ys = outer.map((p) => p[1] as number);
  const box: [number, number, number, number] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const k = Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180);
  const [x, y] = search(rings, box, k, 24);
  const cw = (box[2] - box[0]) / 24;
  const ch = (box[3] - box[1]) / 24;
  const [fx, fy] = search(rings, [x - cw, y - ch, x + cw, y + ch], k, 12);
  return [fx, fy];
}
