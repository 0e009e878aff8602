import { describe, expect, it } from 'vitest';
import { sharedSpots } from '../../src/domain/clusters.ts';
import { windowAround } from '../../src/domain/windowAround.ts';

describe('sharedSpots', () => {
  it('groups the incidents at exactly one position and leaves lone ones out', () => {
    const spots = sharedSpots([70, 70, 71, 70], [33, 33, 34, 33], [0, 1, 2, 3]);
    expect([...spots.keys()].sort()).toEqual([0, 1, 3]);
    expect(spots.get(1)).toEqual([0, 1, 3]);
    expect(spots.has(2)).toBe(false);
  });

  it('considers only the given (visible) incidents', () => {
    expect(sharedSpots([70, 70], [33, 33], [1]).size).toBe(0);
  });
});

describe('windowAround', () => {
  const bounds = { start: 0, end: 1000 };

  it('keeps a window that already holds the event', () => {
    const w = { start: 90, end: 200 };
    expect(windowAround({ start: 100, end: 101 }, w, bounds)).toBe(w);
  });

  it('centres a window of the same length on the event', () => {
    expect(windowAround({ start: 500, end: 500 }, { start: 0, end: 30 }, bounds)).toEqual({ start: 485, end: 515 });
  });

  it('stays inside the bounds', () => {
    expect(windowAround({ start: 995, end: 995 }, { start: 0, end: 30 }, bounds)).toEqual({ start: 970, end: 1000 });
  });

  it('grows to an event longer than the window', () => {
    expect(windowAround({ start: 400, end: 460 }, { start: 0, end: 10 }, bounds)).toEqual({ start: 400, end: 460 });
  });
});
