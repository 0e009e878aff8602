import { describe, expect, it } from 'vitest';
import { incidentById, makeDataset } from '../../src/domain/dataset.ts';
import { headline } from '../../src/domain/headline.ts';
import { incidentDays, type DayWindow, type FilterQuery } from '../../src/domain/filters.ts';
import { buildTimeIndex, countInWindow, totalsInWindow, visibleIndices, type FigureSum } from '../../src/domain/timeIndex.ts';
import { sideColumns, totalFigure, totals } from '../../src/domain/totals.ts';
import type { Figure } from '../../src/domain/types.ts';
import type { Count } from '../../src/domain/vocab.ts';
import { dataSpan, datasetColumns, filterMask, visibleIncidents } from '../../src/domain/visible.ts';
import { claim, generated, incident, rng } from './logicFactories.ts';

const dataset = makeDataset(generated(5000, 42));
const cols = datasetColumns(dataset);
const span = dataSpan(cols) as DayWindow;
const query: FilterQuery = { claimView: 'PAK', hiddenActors: ['TTP', 'NOT_STATED'], hiddenTypes: ['airstrike'], hiddenCountries: ['QAT'] };
const indexFor = (count: Count) => buildTimeIndex(cols, filterMask(dataset, cols, query), [sideColumns(dataset, 'PAK', count), sideColumns(dataset, 'AFG', count)]);
const ix = indexFor('ALL');

function randomWindows(n: number, seed: number): DayWindow[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const a = span.start - 40 + Math.floor(r() * (span.end - span.start + 80));
    const len = r() < 0.3 ? Math.floor(r() * 8) : Math.floor(r() * 400);
    return { start: a, end: a + len };
  });
}
const windows = randomWindows(120, 7);

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
      const starts = fast.map((id) => incidentDays(incidentById(dataset, id)!)[0]);
      expect(starts).toEqual(starts.slice().sort((a, b) => a - b));
    }
  });

  it('countInWindow equals the brute-force count', () => {
    for (const w of windows) expect(countInWindow(ix, w)).toBe(visibleIncidents(dataset.incidents, query, w).length);
  });

  /** The brute-force sum of headline figures, as totals must give it. */
  function bruteSum(fs: (Figure | null)[]): FigureSum {
    const out = { lo: 0, hi: 0, terms: 0, atLeast: 0, over: 0, about: 0, dozens: 0 };
    for (const f of fs) {
      if (f === null) continue;
      if (f.n === null) {
        out.dozens++;
        continue;
      }
      out.lo += f.n;
      out.hi += f.max ?? f.n;
      out.terms++;
      if (f.qualifier === 'at least') out.atLeast++;
      else if (f.qualifier === 'over') out.over++;
      else if (f.qualifier !== null) out.about++;
    }
    return out;
  }

  it.each(['ALL', 'PAK_SECURITY', 'CIVILIANS'] as const)('totals per side under Count %s equal brute-force sums of headlines (bounds, qualifiers, kinds)', (count) => {
    const index = indexFor(count);
    for (const w of windows.slice(0, 80)) {
      const vis = visibleIncidents(dataset.incidents, query, w);
      for (const s of totalsInWindow(index, w)) {
        const hs = vis.map((i) => headline(i, s.side, count));
        expect(s.incidents).toBe(vis.length);
        expect(s.killed).toEqual(bruteSum(hs.map((h) => (h.kind === 'figures' ? h.killed : null))));
        expect(s.injured).toEqual(bruteSum(hs.map((h) => (h.kind === 'figures' ? h.injured : null))));
        expect(s.kinds.figures).toBe(hs.filter((h) => h.kind === 'figures').length);
        expect(s.kinds.denied).toBe(hs.filter((h) => h.kind === 'denied').length);
        expect(s.kinds['no-figure-for-category']).toBe(hs.filter((h) => h.kind === 'no-figure-for-category').length);
      }
    }
  });

  it('an empty or inverted window has nothing', () => {
    expect(countInWindow(ix, { start: 10, end: 9 })).toBe(0);
    expect(visibleIndices(ix, { start: span.end + 1, end: span.end + 100 }).length).toBe(0);
  });
});

describe('totals of a small known set', () => {
  const w = { start: 0, end: 100_000 };
  const of = (incidents: Parameters<typeof makeDataset>[0], count: Count = 'ALL') => {
    const ds = makeDataset(incidents);
    const c = datasetColumns(ds);
    return totals(buildTimeIndex(c, c.counted, [sideColumns(ds, 'PAK', count)]), 'PAK', count, w).sides[0];
  };

  it('leaves no-claim incidents out of the figures and counts them apart, never as 0', () => {
    const t = of([incident({ id: 'a', claims: [claim({ killed: { n: 13, max: null, qualifier: null }, injured: { n: 16, max: null, qualifier: null } })] }), incident({ id: 'b', start: '2025-06-30' })]);
    expect(t?.killed).toMatchObject({ lo: 13, hi: 13, terms: 1 });
    expect(t?.kinds).toMatchObject({ figures: 1, 'no-claim': 1 });
  });

  it('a side with no injured figure has no injured total (not 0 injured)', () => {
    const t = of([incident({ claims: [claim({ killed: { n: 44, max: null, qualifier: null }, injured: null })] })]);
    expect(t?.injured.terms).toBe(0);
    expect(totalFigure(t!.injured)).toBeNull();
  });

  it('sums ranges as ranges and carries the strongest qualifier: about over at least', () => {
    const t = of([
      incident({ id: 'a', claims: [claim({ killed: { n: 10, max: 15, qualifier: null } })] }),
      incident({ id: 'b', claims: [claim({ killed: { n: 20, max: null, qualifier: 'at least' } })] }),
      incident({ id: 'c', claims: [claim({ killed: { n: 200, max: null, qualifier: 'over' } })] }),
    ]);
    expect(totalFigure(t!.killed)).toEqual({ n: 230, max: 235, qualifier: 'over' });
    const about = of([incident({ id: 'a', claims: [claim({ killed: { n: 5, max: null, qualifier: 'at least' } })] }), incident({ id: 'b', claims: [claim({ killed: { n: null, max: null, qualifier: 'dozens' } })] })]);
    expect(totalFigure(about!.killed)).toEqual({ n: 5, max: null, qualifier: 'about' });
    expect(about?.killed.dozens).toBe(1);
  });

  it('under one category a not-broken-down figure adds 0 to the precise part and N to the upper end', () => {
    const t = of(
      [
        incident({ id: 'a', claims: [claim({ categories: ['PAK_SECURITY', 'CIVILIANS'], notBrokenDown: true, killed: { n: 4, max: null, qualifier: null } })] }),
        incident({ id: 'b', claims: [claim({ categories: ['CIVILIANS'], killed: { n: 3, max: null, qualifier: null } })] }),
      ],
      'CIVILIANS',
    );
    expect(totalFigure(t!.killed)).toEqual({ n: 3, max: 7, qualifier: null });
  });
});

describe('block boundaries', () => {
  it('counts and sums are exact for row counts at, below and above multiples of the block size', () => {
    for (const n of [1, 63, 64, 65, 128, 129]) {
      const ds = makeDataset(Array.from({ length: n }, (_, k) => incident({ id: `b-${k}`, start: `2025-01-${String(1 + (k % 28)).padStart(2, '0')}`, claims: [claim({ killed: { n: k, max: null, qualifier: null } })] })));
      const c = datasetColumns(ds);
      const all = buildTimeIndex(c, c.counted, [sideColumns(ds, 'PAK', 'ALL')]);
      const w = dataSpan(c) as DayWindow;
      expect(totalsInWindow(all, w)[0]).toMatchObject({ incidents: n, killed: { lo: (n * (n - 1)) / 2 } });
      const firstWeek = { start: w.start, end: w.start + 6 };
      const expected = ds.incidents.filter((i) => incidentDays(i)[0] <= firstWeek.end).reduce((a, i) => a + (i.claims[0]?.killed?.n ?? 0), 0);
      expect(totalsInWindow(all, firstWeek)[0]?.killed.lo).toBe(expected);
    }
  });
});
