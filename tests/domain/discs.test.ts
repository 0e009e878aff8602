import { describe, expect, it } from 'vitest';
import { mercatorX, mercatorY } from '../../src/domain/clusters.ts';
import { mergeOverlapping, type CountedDisc } from '../../src/domain/discs.ts';

const radius = (count: number) => Math.min(30, 9 + 3.2 * Math.log2(Math.max(1, count)));
const px = (d: CountedDisc, zoom: number) => ({ x: mercatorX(d.lon) * 512 * 2 ** zoom, y: mercatorY(d.lat) * 512 * 2 ** zoom });
/** Pairs of discs whose drawn circles overlap at `zoom`. */
function overlapping(discs: CountedDisc[], zoom: number): number {
  let n = 0;
  for (let i = 0; i < discs.length; i++)
    for (let j = i + 1; j < discs.length; j++) {
      const a = px(discs[i]!, zoom);
      const b = px(discs[j]!, zoom);
      if (Math.hypot(a.x - b.x, a.y - b.y) < radius(discs[i]!.count) + radius(discs[j]!.count)) n++;
    }
  return n;
}
/** Degrees of longitude per screen px at a zoom (near the equator of Web Mercator x: exact for x). */
const degPerPx = (zoom: number) => 360 / (512 * 2 ** zoom);

describe('counted discs kept apart', () => {
  it('merges two discs drawn on top of each other, summing counts and members', () => {
    const z = 6;
    const a = { lon: 70, lat: 33, count: 20, members: Int32Array.of(1, 2) };
    const b = { lon: 70 + 10 * degPerPx(z), lat: 33, count: 12, members: Int32Array.of(7) };
    const out = mergeOverlapping([a, b], z, radius);
    expect(out.length).toBe(1);
    expect(out[0]?.count).toBe(32);
    expect(Array.from(out[0]?.members ?? [])).toEqual([1, 2, 7]);
    // Placed at the count-weighted centre: 12/32 of the way from a to b.
    expect(out[0]?.lon).toBeCloseTo(70 + (10 * 12 * degPerPx(z)) / 32, 9);
  });

  it('returns discs that touch nothing unchanged', () => {
    const z = 6;
    const a = { lon: 70, lat: 33, count: 2 };
    const b = { lon: 70 + 100 * degPerPx(z), lat: 33, count: 2 };
    const out = mergeOverlapping([a, b], z, radius);
    expect(out).toEqual([a, b]);
    expect(out[0]).toBe(a);
  });

  it('merges a chain whose merged disc grows into the next one', () => {
    const z = 7;
    const step = 24 * degPerPx(z);
    const discs = [0, 1, 2, 3].map((k) => ({ lon: 69 + k * step, lat: 34, count: 4 }));
    const out = mergeOverlapping(discs, z, radius);
    expect(overlapping(out, z)).toBe(0);
    expect(out.reduce((n, d) => n + d.count, 0)).toBe(16);
  });

  it('leaves no two discs overlapping in a dense field, losing no incident', () => {
    const z = 5;
    let seed = 7;
    const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const discs: CountedDisc[] = Array.from({ length: 300 }, (_, k) => ({ lon: 66 + rand() * 8, lat: 29 + rand() * 7, count: 2 + Math.floor(rand() * 40), members: Int32Array.of(k) }));
    expect(overlapping(discs, z)).toBeGreaterThan(0);
    const out = mergeOverlapping(discs, z, radius);
    expect(overlapping(out, z)).toBe(0);
    expect(out.reduce((n, d) => n + d.count, 0)).toBe(discs.reduce((n, d) => n + d.count, 0));
    expect(out.flatMap((d) => Array.from(d.members ?? [])).sort((a, b) => a - b)).toEqual(discs.map((_, k) => k));
  });
});
