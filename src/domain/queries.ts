/**
 * The queries the UI asks of a dataset, behind one interface: the seam for
 * data that does not fit in a browser. The in-memory implementation answers
 * them from typed columns (src/state/queries.ts); another implementation
 * could answer the same calls from a server or a file index. Every answer is
 * exact: the node tests check it against brute force over incident objects.
 */
import type { ClusterResult } from './clusters.ts';
import type { Dataset } from './dataset.ts';
import type { DayWindow, FilterQuery } from './filters.ts';
import type { Histogram, HistogramMetric } from './histogram.ts';
import type { OptionCounts } from './optionCounts.ts';
import type { ViewTotals } from './totals.ts';
import type { Incident } from './types.ts';
import type { Count, IncidentType } from './vocab.ts';

/** What the view asks about: filters (with the claim view), the window in day numbers, the Count and the search text. */
export interface ViewQuery {
  filters: FilterQuery;
  window: DayWindow;
  count: Count;
  search: string;
}

/** The list's order: by date or by the view's casualty figure ("no figure" last both ways). */
export interface ListSort {
  key: 'date' | 'casualties';
  dir: 'asc' | 'desc';
}

/** How many incidents a query shows, before and after the search, and what each filter option decides. */
export interface QueryCounts {
  /** Counted incidents passing the filters in the window. */
  visible: number;
  /** Of those, the ones matching the search (= visible when nothing is searched). */
  matching: number;
  options: OptionCounts;
}

/** One page of the list: the rows' dataset indices and incidents, and the length of the whole list. */
export interface ListPage {
  total: number;
  indices: Int32Array;
  incidents: Incident[];
}

/**
 * Everything the UI reads from the data. Indices are positions in `dataset`
 * (the union of the visible layers when files are open: layers are put
 * together first, see src/state/layers.ts, and queried as one dataset).
 */
export interface DatasetQueries {
  readonly dataset: Dataset;
  counts(q: ViewQuery): QueryCounts;
  /** Incidents and each view side's figures in the window (sides never added together). */
  totals(q: ViewQuery): ViewTotals;
  /** Weekly histograms over `span`: one for the incident metric, one per view side for killed. */
  histograms(q: ViewQuery, metric: HistogramMetric, span: DayWindow | null): Histogram[];
  /** Discs and singles at an integer zoom (null zoom above the clustering limit). */
  clusters(q: ViewQuery, zoom: number): ClusterResult;
  /** Visible members of one cluster cell. */
  clusterMembers(q: ViewQuery, zoom: number, cell: number): Int32Array;
  /** The whole list in its order (visible, matching the search). */
  list(q: ViewQuery, sort: ListSort): Int32Array;
  /** Rows [offset, offset + limit) of the list, with their incidents. */
  listPage(q: ViewQuery, sort: ListSort, offset: number, limit: number): ListPage;
  /** One incident by id, or null. */
  incident(id: string): Incident | null;
  /** Visible incidents matching the search, by start day (all visible ones when nothing is searched). */
  searchMatches(q: ViewQuery): Int32Array;
  /** The incidents an export writes: what the list shows, by start day. */
  exportRows(q: ViewQuery): Incident[];
  /** Talks and ceasefires (timeline marks), unless their type is hidden. */
  timelineEvents(hiddenTypes: readonly IncidentType[]): Incident[];
}
