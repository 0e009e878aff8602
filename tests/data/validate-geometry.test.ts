/**
 * The geometry primitives under the validity rules: how two segments meet,
 * point in ring, and that checking a ring stays near-linear in its size.
 */
import { describe, expect, it } from 'vitest';
import { segmentIntersection } from '../../src/domain/geoSegments.ts';
import { pointInRing, polygonIssues } from '../../src/domain/geoValidity.ts';

describe('segmentIntersection', () => {
  it('finds a proper crossing and where it is', () => {
    expect(segmentIntersection([0, 0], [2, 2], [0, 2], [2, 0])).toEqual({ kind: 'cross', at: [1, 1] });
  });

  it('calls an end point lying on the other segment a touch', () => {
    expect(segmentIntersection([0, 0], [2, 0], [1, 0], [1, 5])).toEqual({ kind: 'touch', at: [1, 0] });
  });

  it('calls collinear segments sharing length an overlap', () => {
    expect(segmentIntersection([0, 0], [3, 0], [2, 0], [5, 0])).toEqual({ kind: 'overlap', at: [2, 0] });
  });

  it('finds nothing between parallel segments', () => {
    expect(segmentIntersection([0, 0], [3, 0], [0, 1], [3, 1])).toEqual({ kind: 'none' });
  });
});

describe('pointInRing', () => {
  const ring = [[0, 0], [4, 0], [4, 4], [0, 4]] as const;

  it('tells inside, outside and boundary apart', () => {
    expect([pointInRing([2, 2], ring), pointInRing([5, 2], ring), pointInRing([4, 1], ring)]).toEqual(['inside', 'outside', 'boundary']);
  });
});

describe('polygonIssues at scale', () => {
  it('checks a 100,000-vertex ring in well under the time a pairwise check would take', () => {
    const n = 100_000;
    const ring = Array.from({ length: n }, (_, i) => [70 + Math.cos((2 * Math.PI * i) / n), 33 + Math.sin((2 * Math.PI * i) / n)]);
    ring.push(ring[0] as number[]);
    const t0 = performance.now();
    const issues = polygonIssues([ring]);
    const ms = performance.now() - t0;
    expect(issues).toEqual([]);
    // Pairwise would be 5e9 segment tests (minutes); the sweep takes ~0.3 s here.
    expect(ms).toBeLessThan(5_000);
  });
});
