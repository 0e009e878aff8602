/**
 * The plain definition of "visible", the dataset columns the fast paths read,
 * and the data span. `visibleIncidents` is the reference the indexed paths
 * (timeIndex, clusters, optionCounts) are tested against.
 */
import { civilFromDay, firstDay, isCivilDate, lastDay } from './civilDate.ts';
import { isCountedIncident, type Dataset } from './dataset.ts';
import { compileFilters, incidentDays, overlaps, type DayWindow, type FilterQuery } from './filters.ts';
import type { DatasetColumns } from './timeIndex.ts';
import type { Incident } from './types.ts';

/** A window as the view state holds it: inclusive civil dates `YYYY-MM-DD`; null = the whole span. */
export type CivilWindow = { start: string; end: string } | null;

/**
 * The incidents that are counted, pass the filters, and overlap the window —
 * brute force, O(n). Use the time index for anything per frame.
 */
export function visibleIncidents(incidents: readonly Incident[], q: FilterQuery, w: DayWindow): Incident[] {
  const pass = compileFilters(q);
  return incidents.filter((i) => {
    if (!isCountedIncident(i) || !pass(i)) return false;
    const [a, b] = incidentDays(i);
    return overlaps(a, b, w);
  });
}

/** Per-incident typed columns (days, countedness, position), built once per dataset. */
export function datasetColumns(dataset: Dataset): DatasetColumns {
  const n = dataset.size;
  const cols: DatasetColumns = {
    start: new Int32Array(n),
    end: new Int32Array(n),
    counted: new Uint8Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
  };
  for (let k = 0; k < n; k++) {
    const i = dataset.incidentAt(k);
    const [a, b] = incidentDays(i);
    cols.start[k] = a;
    cols.end[k] = b;
    cols.counted[k] = isCountedIncident(i) ? 1 : 0;
    cols.lon[k] = i.lon;
    cols.lat[k] = i.lat;
  }
  return cols;
}

/** 1 where an incident is counted and passes the filters (not the window). */
export function filterMask(dataset: Dataset, cols: DatasetColumns, q: FilterQuery): Uint8Array {
  const pass = compileFilters(q);
  const out = new Uint8Array(dataset.size);
  for (let k = 0; k < dataset.size; k++) out[k] = cols.counted[k] === 1 && pass(dataset.incidentAt(k)) ? 1 : 0;
  return out;
}

/**
 * First and last day covered by any incident — talks, ceasefires and sector
 * markers included — unfiltered, so the timeline axis does not jump when a
 * filter changes. The one span of the app: the axis, "Whole span", the Home
 * and End keys, playback and the clamp of a window from the URL all use it.
 * Null for no incidents.
 */
export function dataSpan(cols: DatasetColumns): DayWindow | null {
  let start = Infinity;
  let end = -Infinity;
  for (let k = 0; k < cols.start.length; k++) {
    start = Math.min(start, cols.start[k] as number);
    end = Math.max(end, cols.end[k] as number);
  }
  return start <= end ? { start, end } : null;
}

/**
 * The window in day numbers: the state's window, or the data span when it is
 * null (or, with no data, an empty window). A month-only bound covers its month.
 */
export function resolveWindow(w: CivilWindow, span: DayWindow | null): DayWindow {
  if (w !== null && isCivilDate(w.start) && isCivilDate(w.end)) {
    return { start: firstDay(w.start), end: lastDay(w.end) };
  }
  return span ?? { start: 0, end: -1 };
}

/** Civil window of a day window, e.g. for a drag handler. */
export function civilWindow(w: DayWindow): { start: string; end: string } {
  return { start: civilFromDay(w.start), end: civilFromDay(w.end) };
}
