import { describe, expect, it } from 'vitest';
import { drawnMarks, incidentsAt } from '../../src/map/marks.ts';
import type { ClusterPoint, IncidentAppearance, IncidentPoints } from '../../src/map/model.ts';

/** Four incidents: 0 and 1 share a spot, 2 is alone, 3 is filtered out. */
const points: IncidentPoints = {
  lon: Float64Array.of(70, 70, 71, 72),
  lat: Float64Array.of(33, 33, 34, 35),
  startDay: Int32Array.of(10, 20, 30, 40),
  endDay: Int32Array.of(10, 20, 30, 40),
};
const look = (): IncidentAppearance => ({
  rgba: new Uint8Array(16),
  radiusPx: Float32Array.of(5, 6, 7, 8),
  uncertaintyKm: new Float32Array(4),
  visible: Uint8Array.of(1, 1, 1, 0),
});
const model = (selected = -1) => ({ points, appearance: look(), window: { startDay: 0, endDay: 100 }, selected });
/** A flat projection: 100 px a degree. */
const project = (lon: number, lat: number) => ({ x: lon * 100, y: -lat * 100 });

describe('drawnMarks', () => {
  it('draws the visible points inside the window, with their radii', () => {
    const marks = drawnMarks(model(), null);
    expect(marks.map((m) => [m.index, m.r])).toEqual([
      [0, 5],
      [1, 6],
      [2, 7],
    ]);
  });

  it('leaves out points outside the window', () => {
    expect(drawnMarks({ ...model(), window: { startDay: 15, endDay: 25 } }, null).map((m) => m.index)).toEqual([1]);
  });

  it('draws a counted disc instead of its members, but keeps the selected member drawn', () => {
    const discs: ClusterPoint[] = [{ lon: 70, lat: 33, count: 2, members: Int32Array.of(0, 1) }];
    expect(drawnMarks(model(), discs).map((m) => [m.disc, m.index])).toEqual([
      [0, -1],
      [-1, 2],
    ]);
    expect(drawnMarks(model(1), discs).map((m) => [m.disc, m.index])).toEqual([
      [0, -1],
      [-1, 1],
      [-1, 2],
    ]);
  });

  it('draws only discs when the discs do not list their members (every incident is in one)', () => {
    const discs: ClusterPoint[] = [{ lon: 70, lat: 33, count: 2 }, { lon: 71, lat: 34, count: 1 }];
    expect(drawnMarks(model(), discs).map((m) => m.disc)).toEqual([0, 1]);
  });
});

describe('incidentsAt', () => {
  it('finds every point stacked under a click', () => {
    const hit = incidentsAt(drawnMarks(model(), null), null, project, 7000, -3300);
    expect(hit).toEqual({ indices: [0, 1], disc: -1 });
  });

  it('finds one point alone', () => {
    expect(incidentsAt(drawnMarks(model(), null), null, project, 7100, -3400).indices).toEqual([2]);
  });

  it('lists a counted disc’s members, asking for them where the disc does not carry them', () => {
    const discs: ClusterPoint[] = [{ lon: 70, lat: 33, count: 2, listMembers: () => Int32Array.of(0, 1) }, { lon: 71, lat: 34, count: 1 }];
    expect(incidentsAt(drawnMarks(model(), discs), discs, project, 7005, -3300)).toEqual({ indices: [0, 1], disc: 0 });
  });

  it('finds nothing on empty map', () => {
    expect(incidentsAt(drawnMarks(model(), null), null, project, 0, 0).indices).toEqual([]);
  });
});
