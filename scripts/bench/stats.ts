/** Median, p95 and max of timing samples, rounded to 0.1 ms. */
export interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Summary statistics (nearest-rank percentiles). */
export function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { n: s.length, median: r1(at(0.5)), p95: r1(at(0.95)), max: r1(s[s.length - 1] ?? NaN) };
}
