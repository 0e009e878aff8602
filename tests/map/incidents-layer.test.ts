import { describe, expect, it } from 'vitest';
import { frameBudget, MIN_SIZE_SCALE, onScreenShare, POINT_FILL_BUDGET } from '../../src/map/incidents/budget.ts';
import { makeDrawOrder, permute, windowRange } from '../../src/map/incidents/order.ts';
import { applyH, fitHomography, latFromMercY, lonFromMercX, mercX, mercY, screenHomography, type Mat3 } from '../../src/map/incidents/projection.ts';

describe('incident layer: draw order', () => {
  // A small seeded set of spans, some long, some one day.
  const n = 2000;
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = 18000 + Math.floor(rnd() * 1800);
    end[i] = start[i]! + (rnd() < 0.05 ? Math.floor(rnd() * 400) : Math.floor(rnd() * 3));
  }
  const o = makeDrawOrder(start, end);

  it('sorts by first day and maps each caller index to its draw position and back', () => {
    for (let k = 1; k < n; k++) expect(o.start[k]! >= o.start[k - 1]!).toBe(true);
    for (let i = 0; i < n; i++) expect(o.order[o.rank[i]!]).toBe(i);
  });

  it('puts every point overlapping a window inside the window range', () => {
    for (const [a, z] of [[18100, 18106], [18500, 18657], [17000, 17500], [19700, 20000], [18000, 19800]] as const) {
      const { lo, hi } = windowRange(o, a, z);
      const inside = new Set<number>();
      for (let k = lo; k < hi; k++) inside.add(o.order[k]!);
      let overlapping = 0;
      for (let i = 0; i < n; i++) {
        if (start[i]! <= z && end[i]! >= a) {
          overlapping++;
          expect(inside.has(i)).toBe(true);
        }
      }
      if (overlapping === 0) expect(hi - lo).toBeLessThan(n / 4);
    }
  });

  it('permutes per-point attributes into draw order', () => {
    const rgba = new Uint8Array(n * 4).map((_, j) => j % 251);
    const out = permute(rgba, o, 4, (m) => new Uint8Array(m));
    const i = o.order[7]!;
    expect([...out.subarray(28, 32)]).toEqual([...rgba.subarray(i * 4, i * 4 + 4)]);
  });
});

describe('incident layer: projection', () => {
  it('round-trips Web Mercator', () => {
    for (const [lon, lat] of [[69.2, 34.5], [60.8, 29.9], [74.5, 37]] as const) {
      expect(lonFromMercX(mercX(lon))).toBeCloseTo(lon, 10);
      expect(latFromMercY(mercY(lat))).toBeCloseTo(lat, 10);
    }
  });

  it('fits a perspective homography exactly from four points', () => {
    const h: Mat3 = [2, 0.3, 5, -0.2, 1.5, 7, 0.001, 0.002, 1];
    const src: [number, number][] = [[0, 0], [100, 0], [100, 80], [0, 80]];
    const dst = src.map(([u, v]) => applyH(h, u, v)!).map((p) => [p.x, p.y] as [number, number]);
    const fit = fitHomography(src, dst)!;
    const p = applyH(fit, 37, 55)!;
    const q = applyH(h, 37, 55)!;
    expect(p.x).toBeCloseTo(q.x, 8);
    expect(p.y).toBeCloseTo(q.y, 8);
  });

  it('projects like the map for a north-up mercator camera, to a hundredth of a pixel', () => {
    // A stand-in map: zoom 7 centred on Peshawar, 800 × 600 px.
    const zoom = 7;
    const c = { lng: 71.5, lat: 34.0 };
    const world = 512 * 2 ** zoom;
    const map = {
      getCenter: () => c,
      getZoom: () => zoom,
      project: ([lon, lat]: [number, number]) => ({ x: 400 + (mercX(lon) - mercX(c.lng)) * world, y: 300 + (mercY(lat) - mercY(c.lat)) * world }),
    };
    const cx = mercX(69);
    const cy = mercY(32);
    const h = screenHomography(map, cx, cy)!;
    for (const [lon, lat] of [[70.1, 33.2], [72.9, 35.1], [66, 30]] as const) {
      const p = applyH(h, mercX(lon) - cx, mercY(lat) - cy)!;
      const q = map.project([lon, lat]);
      expect(Math.abs(p.x - q.x)).toBeLessThan(0.01);
      expect(Math.abs(p.y - q.y)).toBeLessThan(0.01);
    }
  });
});

describe('incident layer: fill budget', () => {
  it('counts only the on-screen share of the points’ box', () => {
    expect(onScreenShare([0, 0, 2, 2], [1, 1, 3, 3])).toBe(0.25);
    expect(onScreenShare([0, 0, 2, 2], [5, 5, 6, 6])).toBe(0);
    expect(onScreenShare([0, 0, 0, 0], [5, 5, 6, 6])).toBe(1);
  });

  it('keeps sizes when the frame fits, shrinks all points alike past the budget, never below the floor', () => {
    const stats = { meanArea: 100, meanUnc2: 0 };
    expect(frameBudget(1000, stats, 1e5, 1).sizeScale).toBe(1);
    expect(frameBudget(4 * POINT_FILL_BUDGET / 100, stats, 1e5, 1).sizeScale).toBeCloseTo(0.5, 10);
    expect(frameBudget(1e9, stats, 1e5, 1).sizeScale).toBe(MIN_SIZE_SCALE);
  });

  it('drops the uncertainty discs when they would cover too many pixels', () => {
    const stats = { meanArea: 0, meanUnc2: (1e-4) ** 2 }; // ~10 px discs at worldPx 1e5
    expect(frameBudget(100, stats, 1e5, 1).discs).toBe(true);
    expect(frameBudget(100_000, stats, 1e5, 1).discs).toBe(false);
  });
});
