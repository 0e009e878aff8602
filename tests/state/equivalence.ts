/**
 * The equivalence suite: a dataset's DatasetQueries (the columns) against the
 * object reference (objectQueries.ts) on the same incidents, over seeded
 * random queries. Shared by the object-backed and the columnar datasets.
 */
import { describe, expect, it } from 'vitest';
import { makeDataset, type Dataset } from '../../src/domain/dataset.ts';
import type { DayWindow, FilterQuery } from '../../src/domain/filters.ts';
import { optionCountsBrute } from '../../src/domain/optionCounts.ts';
import type { ListSort, ViewQuery } from '../../src/domain/queries.ts';
import type { Incident } from '../../src/domain/types.ts';
import { dataSpan, datasetColumns } from '../../src/domain/visible.ts';
import { ATTRIBUTION_OPTIONS, COUNTRIES, COUNTS, INCIDENT_TYPES } from '../../src/domain/vocab.ts';
import { CLAIM_VIEWS } from '../../src/domain/filters.ts';
import { queriesOf } from '../../src/state/queries.ts';
import { rng } from '../domain/logicFactories.ts';
import { cellsRef, histogramRef, listRef, matchesRef, totalsRef, visibleRef } from './objectQueries.ts';

const SORTS: ListSort[] = [
  { key: 'date', dir: 'asc' },
  { key: 'date', dir: 'desc' },
  { key: 'casualties', dir: 'asc' },
  { key: 'casualties', dir: 'desc' },
];
const SEARCHES = ['', '', 'afg', 'independent', 'ttp', 'no such name'];

/** Random queries over a span: views, Counts, hidden options, windows and searches. */
function randomQueries(span: DayWindow, seed: number, n: number): ViewQuery[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const some = <T,>(xs: readonly T[], p: number): T[] => xs.filter(() => r() < p);
  return Array.from({ length: n }, () => {
    const a = span.start + Math.floor(r() * (span.end - span.start));
    const window = r() < 0.2 ? span : { start: a, end: a + Math.floor(r() * 400) };
    const filters: FilterQuery = { claimView: pick(CLAIM_VIEWS), hiddenActors: some(ATTRIBUTION_OPTIONS, 0.15), hiddenTypes: some(INCIDENT_TYPES, 0.1), hiddenCountries: some(COUNTRIES, 0.1) };
    return { filters, window, count: pick(COUNTS), search: pick(SEARCHES) };
  });
}

/** Holds a dataset's DatasetQueries to the object reference on `all` (the same incidents as objects). */
export function equivalence(name: string, all: readonly Incident[], dataset: Dataset, seed: number): void {
  const q = queriesOf(dataset);
  const span = dataSpan(datasetColumns(makeDataset(all))) as DayWindow;
  const cases = randomQueries(span, seed, 40);
  const ids = (xs: ArrayLike<number>) => Array.from(xs, (k) => dataset.idAt(k));
  const refIds = (xs: readonly Incident[]) => xs.map((i) => i.id);

  describe(`${name}: the queries answer as the object reference does`, () => {
    it('counts: visible and matching incidents, and what each filter option decides, for 40 random queries', () => {
      const cols = datasetColumns(makeDataset(all));
      let shown = 0;
      for (const v of cases) {
        const got = q.counts(v);
        expect([got.visible, got.matching]).toEqual([visibleRef(all, v).length, matchesRef(all, v).length]);
        expect(got.options).toEqual(optionCountsBrute(all, cols, v.filters, v.window));
        shown += got.matching;
      }
      expect(shown).toBeGreaterThan(500);
    });

    it('totals: each view side’s killed and injured sums, qualifiers and headline kinds', () => {
      for (const v of cases) {
        const got = q.totals(v);
        expect(got.incidents).toBe(visibleRef(all, v).length);
        expect(got.sides).toEqual(totalsRef(all, v));
      }
    });

    it('histograms: weekly incidents and each side’s weekly killed, per attribution stack', () => {
      for (const v of cases.slice(0, 12)) {
        const [inc] = q.histograms(v, 'incidents', span);
        const stacks = ATTRIBUTION_OPTIONS.length;
        const weeks = (h: { values: Float64Array; weeks: number }) => Array.from({ length: h.weeks }, (_, b) => Array.from(h.values.subarray(b * stacks, (b + 1) * stacks)));
        expect(weeks(inc!)).toEqual(histogramRef(all, v, span, null));
        for (const h of q.histograms(v, 'killed', span)) expect(weeks(h)).toEqual(histogramRef(all, v, span, h.side));
      }
    });

    it('clusters: disc sizes, lone incidents and each disc’s members at random zooms', () => {
      let discs = 0;
      for (const [k, v] of cases.entries()) {
        const zoom = k % 9;
        const got = q.clusters(v, zoom);
        const cells = [...cellsRef(all, v, zoom).values()];
        expect(got.clusters.map((c) => c.count).sort((a, b) => a - b)).toEqual(cells.filter((c) => c.length > 1).map((c) => c.length).sort((a, b) => a - b));
        expect(ids(got.singles).sort()).toEqual(cells.filter((c) => c.length === 1).map((c) => c[0]).sort());
        const memberSets = got.clusters.map((c) => ids(q.clusterMembers(v, zoom, c.cell)).sort().join(',')).sort();
        expect(memberSets).toEqual(cells.filter((c) => c.length > 1).map((c) => c.slice().sort().join(',')).sort());
        discs += got.clusters.length;
      }
      expect(discs).toBeGreaterThan(50);
    });

    it('list order: by date and by casualties, both directions, ids in order', () => {
      for (const v of cases) for (const sort of SORTS) expect(ids(q.list(v, sort))).toEqual(refIds(listRef(all, v, sort)));
    });

    it('list pages are slices of the list, with their incidents', () => {
      for (const v of cases.slice(0, 10)) {
        const sort = SORTS[2]!;
        const whole = refIds(listRef(all, v, sort));
        const page = q.listPage(v, sort, 7, 25);
        expect(page.total).toBe(whole.length);
        expect(page.incidents.map((i) => i.id)).toEqual(whole.slice(7, 32));
        expect(ids(page.indices)).toEqual(whole.slice(7, 32));
      }
    });

    it('search matches and export rows: what the list shows, by start day', () => {
      for (const v of cases) {
        const expected = refIds(matchesRef(all, v));
        expect(ids(q.searchMatches(v))).toEqual(expected);
        expect(q.exportRows(v).map((i) => i.id)).toEqual(expected);
      }
    });

    it('one incident by id, every id; an unknown id (even "constructor") is null', () => {
      for (const i of all) expect(q.incident(i.id)).toEqual(i);
      expect(q.incident('constructor')).toBeNull();
      expect(q.incident('no-such-id')).toBeNull();
    });

    it('timeline events: the talks and ceasefires, none when their type is hidden', () => {
      expect(q.timelineEvents([]).map((i) => i.id)).toEqual(all.filter((i) => i.type === 'talks-ceasefire').map((i) => i.id));
      expect(q.timelineEvents(['talks-ceasefire'])).toEqual([]);
    });
  });
}

