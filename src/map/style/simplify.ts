/**
 * Douglas–Peucker simplification of a polyline in degrees. The Durand Line's
 * label follows a simplified copy: along the 10m line's wiggles maplibre
 * finds no stretch straight enough to place text.
 */

type Pt = readonly [number, number];

function offset(p: Pt, a: Pt, b: Pt): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Keeps the vertices that deviate more than `tolerance` from the chord.
 * @example simplifyLine([[0, 0], [1, 0.01], [2, 0]], 0.1) // → [[0, 0], [2, 0]]
 */
export function simplifyLine(points: readonly Pt[], tolerance: number): Pt[] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [i, j] = stack.pop() as [number, number];
    let worst = -1;
    let far = tolerance;
    for (let k = i + 1; k < j; k++) {
      const d = offset(points[k] as Pt, points[i] as Pt, points[j] as Pt);
      if (d > far) [worst, far] = [k, d];
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([i, worst], [worst, j]);
  }
  return points.filter((_, k) => keep[k] === 1);
}
