/**
 * Memoised selectors: everything derived from the state. They read the view
 * as a query (selectViewQuery) and ask the dataset's DatasetQueries
 * (queries.ts), whose tables are memoised on exactly the inputs they depend on.
 */
import { incidentById, type Dataset } from '../domain/dataset.ts';
import type { ClusterResult } from '../domain/clusters.ts';
import { viewHeadlines, type SideHeadline } from '../domain/compare.ts';
import type { ClaimView, DayWindow, FilterQuery } from '../domain/filters.ts';
import type { Histogram } from '../domain/histogram.ts';
import type { OptionCounts } from '../domain/optionCounts.ts';
import type { DatasetQueries, ViewQuery } from '../domain/queries.ts';
import type { DatasetColumns, TimeIndex } from '../domain/timeIndex.ts';
import type { ViewTotals } from '../domain/totals.ts';
import type { Incident } from '../domain/types.ts';
import type { Count } from '../domain/vocab.ts';
import { dataSpan, resolveWindow } from '../domain/visible.ts';
import { memoLast, memoPer } from './memo.ts';
import { combineLayers, onlyBundled } from './layers.ts';
import { filterMaskOf, queriesOf, searchMaskOf, sizeValuesOf, timeIndexOf, visibleOfQuery } from './queries.ts';
import { adoptColumns, columnsOf, viewTablesOf } from './tables.ts';
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

/** 1 for each incident that is counted and passes the filters (the window not applied) — the layer's `visible`. */
export const selectFilterMask = (s: AppState): Uint8Array | null => {
  const d = selectDataset(s);
  return d ? filterMaskOf(d, selectFilterQuery(s)) : null;
};

/** The time index of the current (dataset, filters, view, Count). */
export const selectTimeIndex = (s: AppState): TimeIndex | null => {
  const d = selectDataset(s);
  const mask = selectFilterMask(s);
  return d && mask ? timeIndexOf(d, mask, s.view.claimView, s.view.count) : null;
};

const viewQueryOf = memoLast((filters: FilterQuery, window: DayWindow, count: Count, search: string): ViewQuery => ({ filters, window, count, search }));
/** What the view asks of the data: filters, window, Count and search (DatasetQueries' argument). */
export const selectViewQuery = (s: AppState): ViewQuery => viewQueryOf(selectFilterQuery(s), selectWindowDays(s), s.view.count, s.view.search);

/** The queries of the dataset shown (the union of the visible layers when files are open); null before any data. */
export const selectQueries = (s: AppState): DatasetQueries | null => {
  const d = selectDataset(s);
  return d ? queriesOf(d) : null;
};

/** Dataset indices of the visible incidents, by start day. */
export const selectVisibleIndices = (s: AppState): Int32Array => {
  const d = selectDataset(s);
  return d ? visibleOfQuery(d, selectViewQuery(s)) : EMPTY;
};

/**
 * Killed value per incident for sizing and the casualty sort (see queries.ts sizeValuesOf); NaN = no figure.
 */
export const selectSizeValues = (s: AppState): Float64Array | null => {
  const d = selectDataset(s);
  return d ? sizeValuesOf(d, `${s.view.claimView}|${s.view.count}`) : null;
};

/** ATTRIBUTION_OPTIONS index of each incident's primary actor under the view (colour and histogram stack). */
export const selectPrimaryActors = (s: AppState): Uint8Array | null => {
  const d = selectDataset(s);
  return d ? viewTablesOf(d, s.view.claimView).primary : null;
};

/** 1 for each incident whose names match the search box (domain/search.ts); null when nothing is searched. */
export const selectSearchMask = (s: AppState): Uint8Array | null => {
  const d = selectDataset(s);
  return d ? searchMaskOf(d, s.view.search) : null;
};

/** Dataset indices of the visible incidents that match the search (all visible ones when nothing is searched). */
export const selectMatchingIndices = (s: AppState): Int32Array => selectQueries(s)?.searchMatches(selectViewQuery(s)) ?? EMPTY;

/** Dataset indices of the visible incidents matching the search, in the list's order (view.sort); casualty sorts put "no figure" last. */
export const selectListIndices = (s: AppState): Int32Array => selectQueries(s)?.list(selectViewQuery(s), s.view.sort) ?? EMPTY;

const noTotals = memoLast((view: ClaimView, count: Count): ViewTotals => ({ view, count, incidents: 0, sides: [] }));
/** Incidents, killed and injured under the view for the window (each side's under COMPARE). */
export const selectTotals = (s: AppState): ViewTotals => selectQueries(s)?.totals(selectViewQuery(s)) ?? noTotals(s.view.claimView, s.view.count);

const NO_HISTOGRAMS: Histogram[] = [];
/**
 * Weekly histograms: one for the incident metric; for 'killed' one per side
 * of the view (three under COMPARE — sides' figures are never added together).
 */
export const selectHistograms = (s: AppState): Histogram[] => selectQueries(s)?.histograms(selectViewQuery(s), s.view.histogramMetric, selectSpan(s)) ?? NO_HISTOGRAMS;

/** Per filter option, the incidents it decides in the window (see OptionCounts for the exact meaning). */
export const selectOptionCounts = (s: AppState): OptionCounts | null => selectQueries(s)?.counts(selectViewQuery(s)).options ?? null;

const NO_CLUSTERS: ClusterResult = { zoom: null, clusters: [], singles: EMPTY };
/** Clusters at the map's current zoom (pass the live zoom; the state's camera lags until moveend). */
export const selectClusters = (s: AppState, zoom: number): ClusterResult => selectQueries(s)?.clusters(selectViewQuery(s), zoom) ?? NO_CLUSTERS;
/** Dataset indices of the visible members of cluster `cell` at a zoom (cells from {@link selectClusters}). */
export const selectClusterMembers = (s: AppState, zoom: number, cell: number): Int32Array => selectQueries(s)?.clusterMembers(selectViewQuery(s), zoom, cell) ?? EMPTY;

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
// Memoised: a columnar dataset builds a new object when its cache let the incident go, and the panel must get the same one.
const selectedOf = memoLast((d: Dataset | null, id: string | null): Incident | null => (d === null || id === null ? null : incidentById(d, id)));
export const selectSelectedIncident = (s: AppState): Incident | null => selectedOf(selectDataset(s), s.view.selectedId);

const NO_EVENTS: Incident[] = [];
/** Talks and ceasefires: timeline annotations (not counted incidents), hidden only by the type filter. */
export const selectTimelineEvents = (s: AppState): Incident[] => selectQueries(s)?.timelineEvents(s.view.hiddenTypes) ?? NO_EVENTS;
