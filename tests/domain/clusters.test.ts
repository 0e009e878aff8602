import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../src/domain/dataset.ts';
import { buildClusterIndex, clusterGrids, clusterMembers, mercatorX, mercatorY, queryClusters, CELL_PX, MAX_CLUSTER_ZOOM } from '../../src/domain/clusters.ts';
import type { DayWindow, FilterQuery } from '../../src/domain/filters.ts';
import { dataSpan, datasetColumns, filterMask, visibleIncidents } from '../../src/domain/visible.ts';
import { generated, incident, rng } from './logicFactories.ts';
import { datasetTables } from '../../src/domain/tables.ts';

const dataset = makeDataset(generated(3000, 99));
const cols = datasetColumns(dataset);
const span = dataSpan(cols) as DayWindow;
const query: FilterQuery = { claimView: 'AFG', hiddenActors: ['PAK_FORCES'], hiddenTypes: [], hiddenCountries: ['TUR'] };
const cix = buildClusterIndex(clusterGrids(datasetTables(dataset, cols)), filterMask(dataset, cols, query));

/** Brute force: group the visible incidents by grid cell at an integer zoom. */
function bruteCells(w: DayWindow, zoom: number): Map<string, string[]> {
  const cells = (512 * 2 ** zoom) / CELL_PX;
  const out = new Map<string, string[]>();
  for (const i of visibleIncidents(dataset.incidents, query, w)) {
    const key = `${Math.floor(mercatorX(i.lon) * cells)}/${Math.floor(mercatorY(i.lat) * cells)}`;
    out.set(key, [...(out.get(key) ?? []), i.id]);
  }
  return out;
}

describe('clusters follow the window and filters exactly', () => {
  const r = rng(3);
  const cases = Array.from({ length: 60 }, () => {
    const a = span.start + Math.floor(r() * (span.end - span.start));
    return { w: { start: a, end: a + Math.floor(r() * 300) }, zoom: Math.floor(r() * 9) + r() * 0.99 };
  });

  it('cluster counts and singles equal brute-force grid groups for 60 random windows and zooms', () => {
    let clustered = 0;
    for (const { w, zoom } of cases) {
      const got = queryClusters(cix, zoom, w);
      const expected = bruteCells(w, Math.floor(zoom));
      const expectedCounts = [...expected.values()].filter((v) => v.length >= 2).map((v) => v.length).sort((a, b) => a - b);
      expect(got.clusters.map((c) => c.count).sort((a, b) => a - b)).toEqual(expectedCounts);
      const expectedSingles = [...expected.values()].filter((v) => v.length === 1).map((v) => v[0]).sort();
      expect(Array.from(got.singles, (k) => dataset.incidents[k]?.id).sort()).toEqual(expectedSingles);
      for (const c of got.clusters) expect(clusterMembers(cix, zoom, c.cell, w).length).toBe(c.count);
      clustered += got.clusters.length;
    }
    expect(clustered).toBeGreaterThan(100);
  });

  it('a cluster sits at the centroid of its visible members only', () => {
    const ds = makeDataset([
      incident({ id: 'a', lon: 70.0, lat: 33.0, start: '2025-01-01' }),
      incident({ id: 'b', lon: 70.02, lat: 33.02, start: '2025-01-01' }),
      incident({ id: 'c', lon: 70.04, lat: 33.0, start: '2025-03-01' }),
    ]);
    const c = datasetColumns(ds);
    const ix = buildClusterIndex(clusterGrids(datasetTables(ds, c)), filterMask(ds, c, { ...query, hiddenActors: [] }));
    const jan = queryClusters(ix, 5, { start: c.start[0] as number, end: c.start[0] as number });
    expect(jan.clusters).toHaveLength(1);
    expect(jan.clusters[0]?.count).toBe(2);
    expect(jan.clusters[0]?.lon).toBeCloseTo(70.01, 6);
    expect(jan.clusters[0]?.lat).toBeCloseTo(33.01, 3);
    const all = queryClusters(ix, 5, { start: c.start[0] as number, end: c.start[2] as number });
    expect(all.clusters[0]?.count).toBe(3);
    expect(all.clusters[0]?.lon).toBeCloseTo(70.02, 6);
  });

  it('above the last cluster zoom nothing aggregates', () => {
    expect(queryClusters(cix, MAX_CLUSTER_ZOOM + 0.5, span)).toEqual({ zoom: null, clusters: [], singles: new Int32Array(0) });
  });
});
