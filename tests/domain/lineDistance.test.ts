import { describe, expect, it } from 'vitest';
import { lineDistance } from '../../src/domain/lineDistance.ts';

describe('distance to the Durand Line with the point’s uncertainty', () => {
  it('a precise point reads whole km', () => {
    expect(lineDistance(28.8, 0.5)).toEqual({ kind: 'about', km: 29 });
  });
  it('an approximate point reads a range, never a false 0.x km', () => {
    expect(lineDistance(28.8, 3)).toEqual({ kind: 'range', min: 25, max: 32 });
  });
  it('where the radius reaches the line it may lie on either side', () => {
    expect(lineDistance(0.5, 15)).toEqual({ kind: 'either-side', withinKm: 16 });
  });
});
