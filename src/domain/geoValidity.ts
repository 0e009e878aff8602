/**
 * Geometry validity of polygons in the OGC simple-feature sense, which RFC
 * 7946 structure does not cover: rings must not cross or touch themselves
 * (bow-ties, spikes, punctures), rings of one polygon may touch at one point
 * at most, holes lie inside their shell, and the parts of a MultiPolygon do
 * not overlap. turf's kinks/booleanValid were not used: kinks compares every
 * pair of segments (O(n²) on a province ring) and booleanValid both misses
 * bow-ties and rejects valid input. Segment pairs here come from a sweep
 * over x, so a ring of thousands of vertices takes milliseconds.
 */
import { segmentIntersection, type Pt } from './geoSegments.ts';

/** A position as GeoJSON holds it: [lon, lat, …]. */
export type Position = readonly number[];

/** What is wrong and where: `path` indexes into the coordinates, e.g. `[0][12]` or `[1][0][3]`. */
export interface GeometryIssue {
  kind: 'self-intersection' | 'spike' | 'rings-cross' | 'rings-touch-twice' | 'hole-outside-shell' | 'parts-overlap' | 'degenerate-ring';
  severity: 'error' | 'warning';
  path: string;
  at: Pt;
}

/** Positions closer than this (degrees) count as one: float noise is not geometry. */
const SAME = 1e-12;

interface Ring {
  pts: Pt[];
  /** Original index of each cleaned vertex, for messages. */
  src: number[];
  path: string;
}

interface Seg {
  a: Pt;
  b: Pt;
  ring: number;
  j: number;
  part: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Issues of one Polygon's rings (shell first). */
export function polygonIssues(rings: readonly (readonly Position[])[]): GeometryIssue[] {
  const out: GeometryIssue[] = [];
  checkPolygon(cleanRings(rings, ''), out);
  return out;
}

/** Issues of a MultiPolygon: each part as a polygon, then parts overlapping each other. */
export function multiPolygonIssues(polygons: readonly (readonly (readonly Position[])[])[]): GeometryIssue[] {
  const out: GeometryIssue[] = [];
  const parts = polygons.map((rings, p) => cleanRings(rings, `[${p}]`));
  parts.forEach((rs) => checkPolygon(rs, out));
  const boxes = parts.map((rs) => bounds(rs[0]?.pts ?? []));
  for (let i = 0; i < parts.length; i += 1) {
    for (let k = i + 1; k < parts.length; k += 1) {
      const pi = parts[i] ?? [];
      const pk = parts[k] ?? [];
      const bi = boxes[i];
      const bk = boxes[k];
      if (!bi || !bk || pi.length === 0 || pk.length === 0 || !boxesMeet(bi, bk)) continue;
      const hit = partsOverlap(pi, pk);
      if (hit) out.push({ kind: 'parts-overlap', severity: 'error', path: `[${k}]`, at: hit });
    }
  }
  return out;
}

/** Signed area of a ring in degree² by the shoelace formula: positive when counter-clockwise. */
export function signedArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const p = ring[i] ?? [];
    const q = ring[i + 1] ?? [];
    s += (p[0] ?? 0) * (q[1] ?? 0) - (q[0] ?? 0) * (p[1] ?? 0);
  }
  return s / 2;
}

function cleanRings(rings: readonly (readonly Position[])[], prefix: string): Ring[] {
  return rings.map((ring, r) => {
    const pts: Pt[] = [];
    const src: number[] = [];
    ring.forEach((p, k) => {
      const x = p[0] ?? 0;
      const y = p[1] ?? 0;
      const last = pts[pts.length - 1];
      if (last && Math.abs(last[0] - x) <= SAME && Math.abs(last[1] - y) <= SAME) return;
      pts.push([x, y]);
      src.push(k);
    });
    // Drop the closing position (and any run of positions equal to the first).
    while (pts.length > 1) {
      const first = pts[0] as Pt;
      const last = pts[pts.length - 1] as Pt;
      if (Math.abs(last[0] - first[0]) > SAME || Math.abs(last[1] - first[1]) > SAME) break;
      pts.pop();
      src.pop();
    }
    return { pts, src, path: `${prefix}[${r}]` };
  });
}

function checkPolygon(rings: Ring[], out: GeometryIssue[]): void {
  const sound: number[] = [];
  rings.forEach((ring, r) => {
    if (ring.pts.length < 3) out.push({ kind: 'degenerate-ring', severity: 'warning', path: ring.path, at: ring.pts[0] ?? [0, 0] });
    else {
      sound.push(r);
      spikes(ring, out);
    }
  });
  const segs: Seg[] = [];
  for (const r of sound) pushSegments(segs, rings[r] as Ring, r, 0);
  const touches = new Map<string, Set<string>>();
  // The first crossing of a ring is reported and the ring is done: a ring of 20,000 random
  // vertices crosses itself ~10⁸ times, and collecting them all ran out of memory.
  const done = new Set<number>();
  sweep(segs, (s, t) => {
    if (done.has(s.ring) && done.has(t.ring)) return done.size === sound.length;
    const sameRing = s.ring === t.ring;
    const ring = rings[s.ring] as Ring;
    if (sameRing && adjacent(s.j, t.j, ring.pts.length)) return false;
    const hit = segmentIntersection(s.a, s.b, t.a, t.b);
    if (hit.kind === 'none') return false;
    const later = s.ring > t.ring || (sameRing && s.j > t.j) ? s : t;
    const laterRing = rings[later.ring] as Ring;
    const path = `${laterRing.path}[${laterRing.src[later.j] ?? 0}]`;
    if (sameRing) out.push({ kind: 'self-intersection', severity: 'error', path, at: hit.at });
    else if (hit.kind !== 'touch') out.push({ kind: 'rings-cross', severity: 'error', path, at: hit.at });
    else {
      const key = `${Math.min(s.ring, t.ring)}/${Math.max(s.ring, t.ring)}`;
      const set = touches.get(key) ?? new Set<string>();
      const point = `${hit.at[0]},${hit.at[1]}`;
      if (set.has(point)) return false;
      set.add(point);
      touches.set(key, set);
      if (set.size !== 2) return false;
      out.push({ kind: 'rings-touch-twice', severity: 'error', path, at: hit.at });
    }
    done.add(later.ring);
    return done.size === sound.length;
  });
  const shell = rings[0];
  if (!shell || shell.pts.length < 3) return;
  for (const r of sound) {
    if (r === 0) continue;
    const hole = rings[r] as Ring;
    const k = hole.pts.findIndex((p) => pointInRing(p, shell.pts) !== 'boundary');
    const p = hole.pts[k];
    if (p && pointInRing(p, shell.pts) === 'outside') {
      out.push({ kind: 'hole-outside-shell', severity: 'error', path: `${hole.path}[${hole.src[k] ?? 0}]`, at: p });
    }
  }
}

/** A spike: the ring turns back on itself at a vertex (the next edge runs back along the previous one). */
function spikes(ring: Ring, out: GeometryIssue[]): void {
  const n = ring.pts.length;
  for (let i = 0; i < n; i += 1) {
    const p = ring.pts[(i + n - 1) % n] as Pt;
    const v = ring.pts[i] as Pt;
    const q = ring.pts[(i + 1) % n] as Pt;
    const ux = v[0] - p[0];
    const uy = v[1] - p[1];
    const wx = q[0] - v[0];
    const wy = q[1] - v[1];
    const cross = ux * wy - uy * wx;
    const dot = ux * wx + uy * wy;
    if (dot < 0 && Math.abs(cross) <= 1e-12 * Math.hypot(ux, uy) * Math.hypot(wx, wy)) {
      out.push({ kind: 'spike', severity: 'error', path: `${ring.path}[${ring.src[i] ?? 0}]`, at: v });
    }
  }
}

function adjacent(i: number, j: number, n: number): boolean {
  const d = Math.abs(i - j);
  return d === 1 || d === n - 1;
}

function pushSegments(segs: Seg[], ring: Ring, r: number, part: number): void {
  const n = ring.pts.length;
  for (let j = 0; j < n; j += 1) {
    const a = ring.pts[j] as Pt;
    const b = ring.pts[(j + 1) % n] as Pt;
    segs.push({ a, b, ring: r, j, part, minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]), minY: Math.min(a[1], b[1]), maxY: Math.max(a[1], b[1]) });
  }
}

/**
 * Call `pair` for every two segments whose bounding boxes meet (sweep over x),
 * until it returns true. The active list is compacted in place (no array per step).
 */
function sweep(segs: Seg[], pair: (s: Seg, t: Seg) => boolean): void {
  segs.sort((s, t) => s.minX - t.minX);
  const active: Seg[] = [];
  for (const s of segs) {
    let k = 0;
    for (const t of active) if (t.maxX >= s.minX) active[k++] = t;
    active.length = k;
    for (const t of active) if (t.minY <= s.maxY && s.minY <= t.maxY && pair(s, t)) return;
    active.push(s);
  }
}

type Box = [number, number, number, number];

function bounds(pts: Pt[]): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of pts) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
}

function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Where two polygons' interiors overlap (edges cross or run together, or one lies inside the other), or null. */
function partsOverlap(p: Ring[], q: Ring[]): Pt | null {
  const segs: Seg[] = [];
  p.forEach((ring, r) => ring.pts.length >= 3 && pushSegments(segs, ring, r, 0));
  q.forEach((ring, r) => ring.pts.length >= 3 && pushSegments(segs, ring, r, 1));
  let hit: Pt | null = null;
  sweep(segs, (s, t) => {
    if (s.part === t.part) return false;
    const x = segmentIntersection(s.a, s.b, t.a, t.b);
    if (x.kind === 'cross' || x.kind === 'overlap') hit = x.at;
    return hit !== null;
  });
  return hit ?? vertexInside(p, q) ?? vertexInside(q, p);
}

/** A shell vertex of `p` strictly inside polygon `q` (inside its shell, outside its holes), or null. */
function vertexInside(p: Ring[], q: Ring[]): Pt | null {
  const shell = q[0];
  if (!shell) return null;
  for (const v of p[0]?.pts ?? []) {
    const where = pointInRing(v, shell.pts);
    if (where === 'boundary') continue;
    if (where === 'outside') return null;
    const inHole = q.slice(1).some((h) => h.pts.length >= 3 && pointInRing(v, h.pts) !== 'outside');
    return inHole ? null : v;
  }
  return null;
}

/** Ray casting, with points on an edge reported as 'boundary'. */
export function pointInRing(p: Pt, ring: readonly Pt[]): 'inside' | 'outside' | 'boundary' {
  let inside = false;
  const [x, y] = p;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i, i += 1) {
    const [xi, yi] = ring[i] as Pt;
    const [xj, yj] = ring[j] as Pt;
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (cross === 0 && x >= Math.min(xi, xj) && x <= Math.max(xi, xj) && y >= Math.min(yi, yj) && y <= Math.max(yi, yj)) return 'boundary';
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 'inside' : 'outside';
}
