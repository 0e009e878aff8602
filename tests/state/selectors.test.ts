import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstDay } from '../../src/domain/civilDate.ts';
import { makeDataset } from '../../src/domain/dataset.ts';
import { parseIncidentCollection } from '../../src/data/parseIncidents.ts';
import { actions, type Action } from '../../src/state/actions.ts';
import { initialState, reduce, type AppState } from '../../src/state/reducer.ts';
import * as sel from '../../src/state/selectors.ts';
import { claim, generated, incident } from '../domain/logicFactories.ts';
import { headlineText as formatHeadline } from '../../src/ui/format.ts';

const run = (...as: Action[]): AppState => as.reduce(reduce, initialState());
const ids = (s: AppState, xs: Int32Array) => Array.from(xs, (k) => s.data.dataset?.idAt(k));
const killed = (n: number) => ({ n, max: null, qualifier: null });

describe('selectors on a small set', () => {
  const d = makeDataset([
    incident({ id: 'old', start: '2024-03-01', claims: [claim({ side: 'PAK', killed: killed(5) })] }),
    incident({ id: 'big', start: '2025-01-10', claims: [claim({ side: 'PAK', killed: killed(40) }), claim({ side: 'AFG', claimant: 'AFG', killed: killed(3) })] }),
    incident({ id: 'none', start: '2025-02-01' }),
    incident({ id: 'talks', start: '2025-02-02', type: 'talks-ceasefire' }),
  ]);
  const loaded = run(actions.datasetLoaded(d));

  it('the whole span is the default window and talks are annotations, not list rows', () => {
    // The span covers the talks too (2025-02-02): one span for the axis, "Whole span" and the Home/End keys.
    expect(sel.selectWindowDays(loaded)).toEqual({ start: firstDay('2024-03-01'), end: firstDay('2025-02-02') });
    expect(ids(loaded, sel.selectListIndices(loaded))).toEqual(['old', 'big', 'none']);
    expect(sel.selectTimelineEvents(loaded).map((i) => i.id)).toEqual(['talks']);
  });

  it('sorts by casualties under the view, no-figure incidents last in both directions', () => {
    const pakDesc = reduce(reduce(loaded, actions.claimViewChosen('PAK')), actions.sortChosen({ key: 'casualties', dir: 'desc' }));
    expect(ids(pakDesc, sel.selectListIndices(pakDesc))).toEqual(['big', 'old', 'none']);
    const pakAsc = reduce(pakDesc, actions.sortChosen({ key: 'casualties', dir: 'asc' }));
    expect(ids(pakAsc, sel.selectListIndices(pakAsc))).toEqual(['old', 'big', 'none']);
    const afgDesc = reduce(pakDesc, actions.claimViewChosen('AFG'));
    expect(ids(afgDesc, sel.selectListIndices(afgDesc))).toEqual(['big', 'old', 'none']);
    expect(sel.selectSizeValues(afgDesc)?.[0]).toBeNaN();
  });

  it('date descending reverses the date order', () => {
    const s = reduce(loaded, actions.sortChosen({ key: 'date', dir: 'desc' }));
    expect(ids(s, sel.selectListIndices(s))).toEqual(['none', 'big', 'old']);
  });

  it('totals under COMPARE give each side; the window narrows them', () => {
    expect(sel.selectTotals(loaded).sides.map((t) => [t.side, t.killed.lo, t.killed.terms, t.kinds.figures])).toEqual([
      ['PAK', 45, 2, 2],
      ['AFG', 3, 1, 1],
      ['INDEPENDENT', 0, 0, 0],
    ]);
    const w = reduce(reduce(loaded, actions.claimViewChosen('PAK')), actions.windowDragged({ start: '2025-01-01', end: '2025-12-31' }));
    const t = sel.selectTotals(w);
    expect([t.view, t.count, t.incidents]).toEqual(['PAK', 'ALL', 2]);
    expect(t.sides[0]).toMatchObject({ side: 'PAK', killed: { lo: 40, terms: 1 }, injured: { terms: 0 }, kinds: { figures: 1, 'no-claim': 1 } });
  });

  it('killed histograms come one per side under COMPARE, one under a single view', () => {
    const k = reduce(loaded, actions.histogramMetricChosen('killed'));
    expect(sel.selectHistograms(k).map((h) => h.side)).toEqual(['PAK', 'AFG', 'INDEPENDENT']);
    expect(sel.selectHistograms(reduce(k, actions.claimViewChosen('AFG'))).map((h) => h.side)).toEqual(['AFG']);
  });
});

describe('memoisation', () => {
  const d = makeDataset(generated(2000, 1));
  const s1 = run(actions.datasetLoaded(d), actions.windowDragged({ start: '2023-01-01', end: '2023-06-30' }));
  const s2 = reduce(s1, actions.windowDragged({ start: '2023-01-08', end: '2023-07-07' }));

  it('a window change reuses the index, histogram and option-count index', () => {
    expect(sel.selectTimeIndex(s2)).toBe(sel.selectTimeIndex(s1));
    expect(sel.selectHistograms(s2)).toBe(sel.selectHistograms(s1));
    expect(sel.selectVisibleIndices(s2)).not.toBe(sel.selectVisibleIndices(s1));
  });

  it('the same state gives the same derived values', () => {
    expect(sel.selectListIndices(s2)).toBe(sel.selectListIndices(s2));
    expect(sel.selectTotals(s2)).toBe(sel.selectTotals(s2));
    expect(sel.selectOptionCounts(s2)).toBe(sel.selectOptionCounts(s2));
  });

  it('a filter change rebuilds the index', () => {
    const s3 = reduce(s2, actions.actorToggled('TTP'));
    expect(sel.selectTimeIndex(s3)).not.toBe(sel.selectTimeIndex(s2));
  });
});

describe('on the bundled data (geo/incidents.geojson)', () => {
  const json: unknown = JSON.parse(readFileSync(new URL('../../geo/incidents.geojson', import.meta.url), 'utf8'));
  const { dataset } = parseIncidentCollection(json, 'geo/incidents.geojson');
  const s = run(actions.datasetLoaded(dataset));
  const byTitle = (re: RegExp) => dataset.incidents.find((i) => re.test(i.title) && i.parentId === null && i.type !== 'talks-ceasefire');

  it('headlines per view are the issue-2 figures for the 11–12 Oct 2025 clashes', () => {
    const oct = byTitle(/11-12 Oct 2025/);
    expect(oct).toBeDefined();
    const under = (v: 'PAK' | 'AFG' | 'INDEPENDENT') => sel.selectHeadlines(reduce(s, actions.claimViewChosen(v)), oct!.id)?.map((h) => formatHeadline(h.headline));
    expect(under('PAK')?.[0]).toMatch(/223/);
    expect(under('AFG')?.[0]).toMatch(/67/);
    expect(under('INDEPENDENT')).toEqual(['no claim']);
    expect(sel.selectHeadlines(s, oct!.id)?.map((h) => h.side)).toEqual(['PAK', 'AFG', 'INDEPENDENT']);
  });

  it('the Count narrows headlines to one category: Pakistani security forces PAK 23, AFG 58', () => {
    const oct = byTitle(/11-12 Oct 2025/);
    const c = reduce(s, actions.countChosen('PAK_SECURITY'));
    expect(sel.selectHeadlines(c, oct!.id)?.map((h) => formatHeadline(h.headline))).toEqual(['23 killed, 29 injured', '58 killed, 30 injured (claimed kill)', 'no claim']);
  });

  it('the list holds every counted incident and no talks or sector markers', () => {
    const counted = dataset.incidents.filter((i) => i.parentId === null && i.type !== 'talks-ceasefire').map((i) => i.id).sort();
    expect(ids(s, sel.selectListIndices(s)).sort()).toEqual(counted);
    expect(sel.selectTotals(s).incidents).toBe(counted.length);
  });
});
