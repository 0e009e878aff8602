/**
 * Weekly histogram over the data span, stacked by attribution. Computed per
 * (dataset, filters, view) — never per window: the window is drawn over it.
 */
import type { DayWindow } from './filters.ts';
import type { DatasetColumns, SideColumns } from './timeIndex.ts';
import { ATTRIBUTION_OPTIONS, type AttributionOption, type Side } from './vocab.ts';

/** Incidents per week, or the killed figure of one side summed per week. */
export type HistogramMetric = 'incidents' | 'killed';

/**
 * A weekly histogram. Bin b covers days [firstDay + 7b, firstDay + 7b + 6];
 * weeks start on Monday. An incident falls in the week of its first day.
 * Stacks are in ATTRIBUTION_OPTIONS order (the documented legend order), by each incident's
 * primary actor under the view (filters.primaryActor).
 */
export interface Histogram {
  metric: HistogramMetric;
  /** The side whose killed figures are summed; null for the incident metric. */
  side: Side | null;
  /** Day number of the Monday starting bin 0. */
  firstDay: number;
  weeks: number;
  /** Stack order: ATTRIBUTION_OPTIONS. */
  stacks: readonly AttributionOption[];
  /** values[b * stacks.length + s]: the value of stack s in week b. */
  values: Float64Array;
  /** Per-week sum of all stacks. */
  weekTotals: Float64Array;
  /** Largest week total (for the y scale); 0 when empty. */
  max: number;
}

/** Day number of the Monday on or before a day (day 4, 1970-01-05, was a Monday). */
export function mondayOnOrBefore(day: number): number {
  return day - (((day - 4) % 7) + 7) % 7;
}

/**
 * Builds the histogram. `include` = counted and passing filters; `primary` =
 * ATTRIBUTION_OPTIONS index of each incident's primary actor under the view; `figures` the
 * side whose killed values are summed (metric 'killed'; NaN adds nothing).
 */
export function buildHistogram(
  cols: DatasetColumns,
  include: Uint8Array,
  primary: Uint8Array,
  span: DayWindow | null,
  metric: HistogramMetric,
  figures: SideColumns | null,
): Histogram {
  const stacks = ATTRIBUTION_OPTIONS;
  const first = span ? mondayOnOrBefore(span.start) : 0;
  const weeks = span ? Math.floor((span.end - first) / 7) + 1 : 0;
  const values = new Float64Array(weeks * stacks.length);
  for (let i = 0; i < include.length; i++) {
    if (include[i] !== 1) continue;
    const b = Math.floor(((cols.start[i] as number) - first) / 7);
    if (b < 0 || b >= weeks) continue;
    let v = 1;
    if (metric === 'killed') {
      const k = figures?.killed[i] ?? NaN;
      if (Number.isNaN(k)) continue;
      v = k;
    }
    const slot = b * stacks.length + (primary[i] as number);
    values[slot] = (values[slot] as number) + v;
  }
  const weekTotals = new Float64Array(weeks);
  let max = 0;
  for (let b = 0; b < weeks; b++) {
    let t = 0;
    for (let s = 0; s < stacks.length; s++) t += values[b * stacks.length + s] as number;
    weekTotals[b] = t;
    max = Math.max(max, t);
  }
  return { metric, side: metric === 'killed' ? (figures?.side ?? null) : null, firstDay: first, weeks, stacks, values, weekTotals, max };
}
