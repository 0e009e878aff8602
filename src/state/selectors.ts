/**
 * Memoised selectors: everything derived from the state. Each heavy table is
 * keyed on exactly the inputs it depends on, so a window change reuses the
 * index, histogram and cluster grid built for the current (dataset, filters,
 * view) and only runs the O(log n + k) window queries.
 */
import { incidentById, type Dataset } from '../domain/dataset.ts';
import { buildClusterIndex, clusterMembers, queryClusters, type ClusterResult } from '../domain/clusters.ts';
import { viewHeadlines, type SideHeadline } from '../domain/compare.ts';
import { viewSides, type ClaimView, type DayWindow, type FilterQuery } from '../domain/filters.ts';
import { buildHistogram, type Histogram } from '../domain/histogram.ts';
import { buildOptionCounts, optionCounts, type OptionCounts } from '../domain/optionCounts.ts';
import { buildTimeIndexFrom, visibleIndices, type DatasetColumns, type TimeIndex } from '../domain/timeIndex.ts';
import { normaliseQuery, searchMask, searchText } from '../domain/search.ts';
import { totals, type ViewTotals } from '../domain/totals.ts';
import { tableFilterMask } from '../domain/tables.ts';
import type { Incident } from '../domain/types.ts';
import { INCIDENT_TYPES, type Count } from '../domain/vocab.ts';
import { dataSpan, resolveWindow } from '../domain/visible.ts';
import { sortList } from './listOrder.ts';
import { memoLast, memoPer } from './memo.ts';
import { combineLayers, onlyBundled } from './layers.ts';
import { adoptColumns, columnsOf, gridsOf, indexSourceOf, sideColumnsOf, tablesOf, viewTablesOf } from './tables.ts';
import type { AppState } from './reducer.ts';

const EMPTY = new Int32Array(0);

/** The dataset shown: the bundled data, or the visible layers put together (layers.ts); null before any arrives. */
export const selectDataset = (s: AppState): Dataset | null => {
  const d = s.data.dataset;
  // Nothing is shown before the bundled data is in (or failed), as without opened files.
  if (!onlyBundled(s.layers)) return s.data.status === 'loading' || s.data.status === 'idle' ? null : (combineLayers(d, s.layers)?.dataset ?? null);
  // Columns the loader already built are used as they are (computing them again costs ~1 s at 1M incidents).
  if (d && s.data.columns) adoptColumns(d, s.data.columns);
  return d;
};

/** Per-incident typed columns (day span, counted flag, lon/lat) — also what the incident layer's setPoints takes. */
export const selectColumns = (s: AppState): DatasetColumns | null => {
  const d = selectDataset(s);
  return d ? columnsOf(d) : null;
};

const spanOf = memoLast((c: DatasetColumns | null) => (c ? dataSpan(c) : null));
/** First and last day of every incident, talks and sector markers included (unfiltered: the timeline's axis); null without data. */
export const selectSpan = (s: AppState): DayWindow | null => spanOf(selectColumns(s));

const windowOf = memoLast(resolveWindow);
/** The window in day numbers (the whole span when the state's window is null). */
export const selectWindowDays = (s: AppState): DayWindow => windowOf(s.view.window, selectSpan(s));

type V = AppState['view'];
const queryOf = memoLast((claimView: ClaimView, hiddenActors: V['hiddenActors'], hiddenTypes: V['hiddenTypes'], hiddenCountries: V['hiddenCountries']): FilterQuery => ({
  claimView,
  hiddenActors,
  hiddenTypes,
  hiddenCountries,
}));
/** The filter part of the view. */
export const selectFilterQuery = (s: AppState): FilterQuery => queryOf(s.view.claimView, s.view.hiddenActors, s.view.hiddenTypes, s.view.hiddenCountries);

const maskOf = memoLast((d: Dataset | null, q: FilterQuery) => (d ? tableFilterMask(tablesOf(d), viewTablesOf(d, q.claimView), q) : null));
/** 1 for each incident that is counted and passes the filters (the window not applied) — the layer's `visible`. */
export const selectFilterMask = (s: AppState): Uint8Array | null => maskOf(selectDataset(s), selectFilterQuery(s));

const indexOf = memoLast((d: Dataset | null, mask: Uint8Array | null, view: ClaimView, count: Count): TimeIndex | null =>
  d && mask ? buildTimeIndexFrom(indexSourceOf(d, view, count), mask) : null,
);
/** The time index of the current (dataset, filters, view, Count). */
export const selectTimeIndex = (s: AppState): TimeIndex | null => indexOf(selectDataset(s), selectFilterMask(s), s.view.claimView, s.view.count);

const visibleOf = memoLast((ix: TimeIndex | null, w: DayWindow) => (ix ? visibleIndices(ix, w) : EMPTY));
/** Dataset indices of the visible incidents, by start day. */
export const selectVisibleIndices = (s: AppState): Int32Array => visibleOf(selectTimeIndex(s), selectWindowDays(s));

const sizeOf = memoPer((d: Dataset, key: `${ClaimView}|${Count}`): Float64Array => {
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
/**
 * Killed value per incident for sizing and the casualty sort: the view side's
 * headline under the Count (its precise part: "0 to N" sizes as 0); under COMPARE the largest of the sides', so no
 * side's figure is hidden. NaN = no figure (draw the smallest size, never as 0 killed).
 */
export const selectSizeValues = (s: AppState): Float64Array | null => {
  const d = selectDataset(s);
  return d ? sizeOf(d, `${s.view.claimView}|${s.view.count}`) : null;
};

/** ATTRIBUTION_OPTIONS index of each incident's primary actor under the view (colour and histogram stack). */
export const selectPrimaryActors = (s: AppState): Uint8Array | null => {
  const d = selectDataset(s);
  return d ? viewTablesOf(d, s.view.claimView).primary : null;
};

// Built on the first search only: most sessions never search, and the folded names cost memory at 1M incidents.
const searchTextsOf = memoLast((d: Dataset) => Array.from({ length: d.size }, (_, k) => searchText(d.incidentAt(k))));
const searchMaskOf = memoLast((d: Dataset | null, query: string) => (d && normaliseQuery(query) !== '' ? searchMask(searchTextsOf(d), query) : null));
/** 1 for each incident whose names match the search box (domain/search.ts); null when nothing is searched. */
export const selectSearchMask = (s: AppState): Uint8Array | null => searchMaskOf(selectDataset(s), s.view.search);

const matchingOf = memoLast((visible: Int32Array, mask: Uint8Array | null) => (mask ? visible.filter((i) => mask[i] === 1) : visible));
/** Dataset indices of the visible incidents that match the search (all visible ones when nothing is searched). */
export const selectMatchingIndices = (s: AppState): Int32Array => matchingOf(selectVisibleIndices(s), selectSearchMask(s));

const listOf = memoLast(sortList);
/** Dataset indices of the visible incidents matching the search, in the list's order (view.sort); casualty sorts put "no figure" last. */
export const selectListIndices = (s: AppState): Int32Array => {
  const ix = selectTimeIndex(s);
  const size = selectSizeValues(s);
  return ix && size ? listOf(ix, size, selectMatchingIndices(s), s.view.sort.key, s.view.sort.dir) : EMPTY;
};

const totalsOf = memoLast((ix: TimeIndex | null, view: ClaimView, count: Count, w: DayWindow): ViewTotals =>
  ix ? totals(ix, view, count, w) : { view, count, incidents: 0, sides: [] },
);
/** Incidents, killed and injured under the view for the window (each side's under COMPARE). */
export const selectTotals = (s: AppState): ViewTotals => totalsOf(selectTimeIndex(s), s.view.claimView, s.view.count, selectWindowDays(s));

const histogramsOf = memoLast((d: Dataset | null, mask: Uint8Array | null, view: ClaimView, count: Count, metric: AppState['view']['histogramMetric'], span: DayWindow | null): Histogram[] => {
  if (!d || !mask) return [];
  const cols = columnsOf(d);
  const primary = viewTablesOf(d, view).primary;
  if (metric === 'incidents') return [buildHistogram(cols, mask, primary, span, 'incidents', null)];
  return viewSides(view).map((side) => buildHistogram(cols, mask, primary, span, 'killed', sideColumnsOf(d, side, count)));
});
/**
 * Weekly histograms: one for the incident metric; for 'killed' one per side
 * of the view (three under COMPARE — sides' figures are never added together).
 */
export const selectHistograms = (s: AppState): Histogram[] =>
  histogramsOf(selectDataset(s), selectFilterMask(s), s.view.claimView, s.view.count, s.view.histogramMetric, selectSpan(s));

const optionIndexOf = memoLast((d: Dataset | null, q: FilterQuery) => (d ? buildOptionCounts(tablesOf(d), viewTablesOf(d, q.claimView), q) : null));
const optionCountsOf = memoLast((ix: ReturnType<typeof optionIndexOf>, w: DayWindow) => (ix ? optionCounts(ix, w) : null));
/** Per filter option, the incidents it decides in the window (see OptionCounts for the exact meaning). */
export const selectOptionCounts = (s: AppState): OptionCounts | null => optionCountsOf(optionIndexOf(selectDataset(s), selectFilterQuery(s)), selectWindowDays(s));

const clusterIndexOf = memoLast((d: Dataset | null, mask: Uint8Array | null) => (d && mask ? buildClusterIndex(gridsOf(d), mask) : null));
const clustersOf = memoLast((ix: ReturnType<typeof clusterIndexOf>, zoom: number, w: DayWindow): ClusterResult =>
  ix ? queryClusters(ix, zoom, w) : { zoom: null, clusters: [], singles: EMPTY },
);
/** Clusters at the map's current zoom (pass the live zoom; the state's camera lags until moveend). */
export const selectClusters = (s: AppState, zoom: number): ClusterResult =>
  clustersOf(clusterIndexOf(selectDataset(s), selectFilterMask(s)), Math.floor(zoom), selectWindowDays(s));
/** Dataset indices of the visible members of cluster `cell` at a zoom (cells from {@link selectClusters}). */
export const selectClusterMembers = (s: AppState, zoom: number, cell: number): Int32Array => {
  const ix = clusterIndexOf(selectDataset(s), selectFilterMask(s));
  return ix ? clusterMembers(ix, Math.floor(zoom), cell, selectWindowDays(s)) : EMPTY;
};

const headlineCache = memoPer((_d: Dataset, _key: `${ClaimView}|${Count}`) => new Map<string, SideHeadline[]>());
/** The headline(s) of an incident under the view and Count: one side, or PAK, AFG, INDEPENDENT under COMPARE. */
export function selectHeadlines(s: AppState, id: string): SideHeadline[] | null {
  const d = selectDataset(s);
  const incident = d ? incidentById(d, id) : null;
  if (!d || !incident) return null;
  const cache = headlineCache(d, `${s.view.claimView}|${s.view.count}`);
  let hs = cache.get(id);
  if (!hs) {
    hs = viewHeadlines(incident, s.view.claimView, s.view.count);
    cache.set(id, hs);
  }
  return hs;
}

/** The selected incident, or null (also when the id is not in the data). */
export const selectSelectedIncident = (s: AppState): Incident | null => {
  const d = selectDataset(s);
  return d === null || s.view.selectedId === null ? null : incidentById(d, s.view.selectedId);
};

const TALKS = INCIDENT_TYPES.indexOf('talks-ceasefire');
const eventsOf = memoLast((d: Dataset | null, hiddenTypes: AppState['view']['hiddenTypes']): Incident[] => {
  if (!d || hiddenTypes.includes('talks-ceasefire')) return [];
  const type = tablesOf(d).type;
  const out: Incident[] = [];
  for (let k = 0; k < d.size; k++) if (type[k] === TALKS) out.push(d.incidentAt(k));
  return out;
});
/** Talks and ceasefires: timeline annotations (not counted incidents), hidden only by the type filter. */
export const selectTimelineEvents = (s: AppState): Incident[] => eventsOf(selectDataset(s), s.view.hiddenTypes);
