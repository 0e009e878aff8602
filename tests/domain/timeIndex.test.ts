import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../src/domain/dataset.ts';
import { figureValue } from '../../src/domain/figures.ts';
import { headline } from '../../src/domain/headline.ts';
import { incidentDays, type DayWindow, type FilterQuery } from '../../src/domain/filters.ts';
import { buildTimeIndex, countInWindow, totalsInWindow, visibleIndices } from '../../src/domain/timeIndex.ts';
import { sideColumns, totals } from '../../src/domain/totals.ts';
import { dataSpan, datasetColumns, filterMask, visibleIncidents } from '../../src/domain/visible.ts';
import { claim, generated, incident, rng } from './logicFactories.ts';

const dataset = makeDataset(generated(5000, 42));
const cols = datasetColumns(dataset);
const span = dataSpan(cols) as DayWindow;
const query: FilterQuery = { claimView: 'PAK', hiddenActors: ['TTP', 'UNKNOWN'], hiddenTypes: ['airstrike'], hiddenCountries: ['QAT'] };
const sides = [sideColumns(dataset, 'PAK'), sideColumns(dataset, 'AFG')];
const ix = buildTimeIndex(cols, filterMask(dataset, cols, query), sides);

function randomWindows(n: number, seed: number): DayWindow[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const a = span.start - 40 + Math.floor(r() * (span.end - span.start + 80));
    const len = r() < 0.3 ? Math.floor(r() * 8) : Math.floor(r() * 400);
    return { start: a, end: a + len };
  });
}
const windows = randomWindows(200, 7);

describe('time index against brute force (5,000 generated incidents, 200 windows)', () => {
  it('the generated set has long spans, month dates, talks and sector markers to exercise every path', () => {
    expect(ix.longRows.length).toBeGreaterThan(20);
    expect(dataset.incidents.filter((i) => i.datePrecision === 'month').length).toBeGreaterThan(500);
    expect(ix.size).toBeLessThan(5000);
    expect(ix.size).toBeGreaterThan(1000);
  });

  it('visibleIndices gives exactly the brute-force visible ids, in start order', () => {
    for (const w of windows) {
      const brute = visibleIncidents(dataset.incidents, query, w).map((i) => i.id).sort();
      const fast = Array.from(visibleIndices(ix, w), (k) => dataset.incidents[k]?.id as string);
      expect(fast.slice().sort()).toEqual(brute);
      const starts = fast.map((id) => incidentDays(dataset.byId.get(id)!)[0]);
      expect(starts).toEqual(starts.slice().sort((a, b) => a - b));
    }
  });

  it('countInWindow equals the brute-force count', () => {
    for (const w of windows) expect(countInWindow(ix, w)).toBe(visibleIncidents(dataset.incidents, query, w).length);
  });

  it('killed, injured, with-figures and denied totals per side equal brute-force sums of headlines', () => {
    for (const w of windows) {
      const vis = visibleIncidents(dataset.incidents, query, w);
      const got = totalsInWindow(ix, w);
      for (const s of got) {
        const hs = vis.map((i) => headline(i, s.side, dataset.byId));
        const sum = (f: 'killed' | 'injured') => hs.reduce((a, h) => a + (h.kind === 'figures' ? (figureValue(h[f]) ?? 0) : 0), 0);
        expect(s.incidents).toBe(vis.length);
        expect(s.killed).toBe(sum('killed'));
        expect(s.injured).toBe(sum('injured'));
        expect(s.withFigures).toBe(hs.filter((h) => h.kind === 'figures').length);
        expect(s.denied).toBe(hs.filter((h) => h.kind === 'denied').length);
      }
    }
  });

  it('an empty or inverted window has nothing', () => {
    expect(countInWindow(ix, { start: 10, end: 9 })).toBe(0);
    expect(visibleIndices(ix, { start: span.end + 1, end: span.end + 100 }).length).toBe(0);
  });
});

describe('totals of a small known set', () => {
  it('sums the view side only and leaves no-claim incidents out of the figures', () => {
    const ds = makeDataset([
      incident({ id: 'a', claims: [{ side: 'PAK', claimant: 'ISPR', claimantType: 'm', group: 'g', killed: { n: 13, max: null, qualifier: null }, injured: { n: 16, max: null, qualifier: null }, qualifierWording: null, breakdown: null, date: '2025-06-29', sourceRef: 's', aggregate: false, note: null }] }),
      incident({ id: 'b', start: '2025-06-30' }),
    ]);
    const c = datasetColumns(ds);
    const w = dataSpan(c) as DayWindow;
    const t = totals(buildTimeIndex(c, filterMask(ds, c, { ...query, hiddenActors: [], hiddenTypes: [] }), [sideColumns(ds, 'PAK')]), 'PAK', w);
    expect(t).toEqual({ view: 'PAK', incidents: 2, sides: [{ side: 'PAK', incidents: 2, killed: 13, injured: 16, withFigures: 1, denied: 0 }] });
  });
});

describe('block boundaries', () => {
  it('counts and sums are exact for row counts at, below and above multiples of the block size', () => {
    for (const n of [1, 63, 64, 65, 128, 129]) {
      const ds = makeDataset(Array.from({ length: n }, (_, k) => incident({ id: `b-${k}`, start: `2025-01-${String(1 + (k % 28)).padStart(2, '0')}`, claims: [claim({ killed: { n: k, max: null, qualifier: null } })] })));
      const c = datasetColumns(ds);
      const all = buildTimeIndex(c, c.counted, [sideColumns(ds, 'PAK')]);
      const w = dataSpan(c) as DayWindow;
      expect(totalsInWindow(all, w)[0]).toMatchObject({ incidents: n, killed: (n * (n - 1)) / 2 });
      const firstWeek = { start: w.start, end: w.start + 6 };
      const expected = ds.incidents.filter((i) => incidentDays(i)[0] <= firstWeek.end).reduce((a, i) => a + (i.claims[0]?.killed?.n ?? 0), 0);
      expect(totalsInWindow(all, firstWeek)[0]?.killed).toBe(expected);
    }
  });
});
