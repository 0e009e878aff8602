/**
 * Hostile inputs for the validator, shared by its tests and its bench
 * (`npm run bench -- --validator`), so the bench times what the tests check.
 */

/** A closed ring of `n` pseudo-random vertices in lon 60–70, lat 30–35: it crosses itself ~n²/10 times. */
export function crossingRing(n: number, seed = 7): number[][] {
  let s = seed;
  const rnd = (): number => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ring = Array.from({ length: n }, () => [Number((60 + rnd() * 10).toFixed(5)), Number((30 + rnd() * 5).toFixed(5))]);
  ring.push(ring[0] as number[]);
  return ring;
}

/** A Point whose coordinates nest `depth` arrays deep. */
export function deepPoint(depth: number): string {
  return `{"type":"Point","coordinates":${'['.repeat(depth)}1${']'.repeat(depth)}}`;
}

/** A valid counter-clockwise ring of `n` vertices (a circle), the near-linear case. */
export function circleRing(n: number): number[][] {
  const ring = Array.from({ length: n }, (_, k) => {
    const a = (2 * Math.PI * k) / n;
    return [Number((65 + 4 * Math.cos(a)).toFixed(6)), Number((32 + 4 * Math.sin(a)).toFixed(6))];
  });
  ring.push(ring[0] as number[]);
  return ring;
}
