/**
 * DatasetQueries answered from the in-memory typed tables (tables.ts). Each
 * heavy table is memoised on exactly the inputs it depends on, so a window
 * change reuses the index, histogram and cluster grid built for the current
 * (dataset, filters, view) and only runs the O(log n + k) window queries.
 * The selectors (selectors.ts) read the state's query and call these.
 */
import { buildClusterIndex, clusterMembers, queryClusters, type ClusterResult } from '../domain/clusters.ts';
import { incidentById, type Dataset } from '../domain/dataset.ts';
import { viewSides, type ClaimView, type DayWindow, type FilterQuery } from '../domain/filters.ts';
import { buildHistogram, type Histogram, type HistogramMetric } from '../domain/histogram.ts';
import { buildOptionCounts, optionCounts, type OptionCounts } from '../domain/optionCounts.ts';
import type { DatasetQueries, ListSort, ViewQuery } from '../domain/queries.ts';
import { normaliseQuery, searchMask, searchText } from '../domain/search.ts';
import { tableFilterMask } from '../domain/tables.ts';
import { buildTimeIndexFrom, visibleIndices, type TimeIndex } from '../domain/timeIndex.ts';
import { totals, type ViewTotals } from '../domain/totals.ts';
import type { Incident } from '../domain/types.ts';
import { INCIDENT_TYPES, type Count, type IncidentType } from '../domain/vocab.ts';
import { sortList } from './listOrder.ts';
import { memoLast, memoPer } from './memo.ts';
import { columnsOf, gridsOf, indexSourceOf, sideColumnsOf, tablesOf, viewTablesOf } from './tables.ts';

/** 1 for each incident that is counted and passes the filters (the window not applied). */
export const filterMaskOf = memoLast((d: Dataset, q: FilterQuery) => tableFilterMask(tablesOf(d), viewTablesOf(d, q.claimView), q));

/** The time index of a (dataset, filters, view, Count). */
export const timeIndexOf = memoLast((d: Dataset, mask: Uint8Array, view: ClaimView, count: Count): TimeIndex => buildTimeIndexFrom(indexSourceOf(d, view, count), mask));

const visibleOf = memoLast((ix: TimeIndex, w: DayWindow) => visibleIndices(ix, w));
/** Dataset indices of the visible incidents, by start day. */
export const visibleOfQuery = (d: Dataset, q: ViewQuery): Int32Array => visibleOf(timeIndexOf(d, filterMaskOf(d, q.filters), q.filters.claimView, q.count), q.window);

/**
 * Killed value per incident for sizing and the casualty sort: the view side's
 * headline under the Count (its precise part: "0 to N" sizes as 0); under COMPARE the largest of the sides', so no
 * side's figure is hidden. NaN = no figure (draw the smallest size, never as 0 killed).
 */
export const sizeValuesOf = memoPer((d: Dataset, key: `${ClaimView}|${Count}`): Float64Array => {
  const [view, count] = key.split('|') as [ClaimView, Count];
  const cols = viewSides(view).map((side) => sideColumnsOf(d, side, count).killed);
  const out = new Float64Array(d.size);
  for (let i = 0; i < out.length; i++) {
    let v = NaN;
    for (const c of cols) if (!Number.isNaN(c[i] as number)) v = Number.isNaN(v) ? (c[i] as number) : Math.max(v, c[i] as number);
    out[i] = v;
  }
  return out;
});

// Built on the first search only: most sessions never search, and the folded names cost memory at 1M incidents.
const searchTextsOf = memoLast((d: Dataset) => Array.from({ length: d.size }, (_, k) => searchText(d.incidentAt(k))));
/** 1 for each incident whose names match the search (domain/search.ts); null when nothing is searched. */
export const searchMaskOf = memoLast((d: Dataset, query: string) => (normaliseQuery(query) !== '' ? searchMask(searchTextsOf(d), query) : null));

const matchingOf = memoLast((visible: Int32Array, mask: Uint8Array | null) => (mask ? visible.filter((i) => mask[i] === 1) : visible));
const matchesOf = (d: Dataset, q: ViewQuery): Int32Array => matchingOf(visibleOfQuery(d, q), searchMaskOf(d, q.search));

const listOf = memoLast(sortList);
const listOfQuery = (d: Dataset, q: ViewQuery, sort: ListSort): Int32Array =>
  listOf(timeIndexOf(d, filterMaskOf(d, q.filters), q.filters.claimView, q.count), sizeValuesOf(d, `${q.filters.claimView}|${q.count}`), matchesOf(d, q), sort.key, sort.dir);

const totalsOf = memoLast((ix: TimeIndex, view: ClaimView, count: Count, w: DayWindow): ViewTotals => totals(ix, view, count, w));

const histogramsOf = memoLast((d: Dataset, mask: Uint8Array, view: ClaimView, count: Count, metric: HistogramMetric, span: DayWindow | null): Histogram[] => {
  const cols = columnsOf(d);
  const primary = viewTablesOf(d, view).primary;
  if (metric === 'incidents') return [buildHistogram(cols, mask, primary, span, 'incidents', null)];
  return viewSides(view).map((side) => buildHistogram(cols, mask, primary, span, 'killed', sideColumnsOf(d, side, count)));
});

const optionIndexOf = memoLast((d: Dataset, q: FilterQuery) => buildOptionCounts(tablesOf(d), viewTablesOf(d, q.claimView), q));
const optionCountsOf = memoLast((ix: ReturnType<typeof optionIndexOf>, w: DayWindow): OptionCounts => optionCounts(ix, w));

const clusterIndexOf = memoLast((d: Dataset, mask: Uint8Array) => buildClusterIndex(gridsOf(d), mask));
const clustersOf = memoLast((ix: ReturnType<typeof clusterIndexOf>, zoom: number, w: DayWindow): ClusterResult => queryClusters(ix, zoom, w));

const TALKS = INCIDENT_TYPES.indexOf('talks-ceasefire');
const eventsOf = memoLast((d: Dataset, hidden: boolean): Incident[] => {
  if (hidden) return [];
  const type = tablesOf(d).type;
  const out: Incident[] = [];
  for (let k = 0; k < d.size; k++) if (type[k] === TALKS) out.push(d.incidentAt(k));
  return out;
});

function columnQueries(d: Dataset): DatasetQueries {
  return {
    dataset: d,
    counts: (q) => ({ visible: visibleOfQuery(d, q).length, matching: matchesOf(d, q).length, options: optionCountsOf(optionIndexOf(d, q.filters), q.window) }),
    totals: (q) => totalsOf(timeIndexOf(d, filterMaskOf(d, q.filters), q.filters.claimView, q.count), q.filters.claimView, q.count, q.window),
    histograms: (q, metric, span) => histogramsOf(d, filterMaskOf(d, q.filters), q.filters.claimView, q.count, metric, span),
    clusters: (q, zoom) => clustersOf(clusterIndexOf(d, filterMaskOf(d, q.filters)), Math.floor(zoom), q.window),
    clusterMembers: (q, zoom, cell) => clusterMembers(clusterIndexOf(d, filterMaskOf(d, q.filters)), Math.floor(zoom), cell, q.window),
    list: (q, sort) => listOfQuery(d, q, sort),
    listPage(q, sort, offset, limit) {
      const all = listOfQuery(d, q, sort);
      const indices = all.slice(Math.max(0, offset), Math.max(0, offset + limit));
      return { total: all.length, indices, incidents: Array.from(indices, (i) => d.incidentAt(i)) };
    },
    incident: (id) => incidentById(d, id),
    searchMatches: (q) => matchesOf(d, q),
    exportRows: (q) => Array.from(matchesOf(d, q), (i) => d.incidentAt(i)),
    timelineEvents: (hiddenTypes: readonly IncidentType[]) => eventsOf(d, hiddenTypes.includes('talks-ceasefire')),
  };
}

const queries = new WeakMap<Dataset, DatasetQueries>();

/**
 * The in-memory queries of a dataset (one object per dataset).
 * @example queriesOf(dataset).totals({ filters, window, count: 'ALL', search: '' }).incidents
 */
export function queriesOf(d: Dataset): DatasetQueries {
  let q = queries.get(d);
  if (!q) {
    q = columnQueries(d);
    queries.set(d, q);
  }
  return q;
}
