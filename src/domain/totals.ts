/**
 * Totals bar figures: incidents, killed and injured under the current view,
 * read from the time index in O(log n). Figures are each side's headline (the
 * one rule of headline.ts); a side that gave no figure adds nothing and is
 * counted in `incidents − withFigures`, never as 0 killed.
 */
import type { Dataset } from './dataset.ts';
import { figureValue } from './figures.ts';
import { headline } from './headline.ts';
import type { ClaimView, DayWindow } from './filters.ts';
import { HEADLINE_KIND, totalsInWindow, type SideColumns, type SideTotals, type TimeIndex } from './timeIndex.ts';
import type { Incident } from './types.ts';
import type { Side } from './vocab.ts';

export type { SideTotals } from './timeIndex.ts';

/** Every incident's headline figures under one side, as columns (built once per dataset and side). */
export function sideColumns(dataset: Dataset, side: Side): SideColumns {
  const cols = emptySideColumns(side, dataset.incidents.length);
  fillSideColumns(cols, dataset, 0, dataset.incidents.length);
  return cols;
}

/** Columns for n incidents, to fill in chunks with {@link fillSideColumns}. */
export function emptySideColumns(side: Side, n: number): SideColumns {
  return { side, killed: new Float64Array(n), injured: new Float64Array(n), kind: new Uint8Array(n) };
}

/** Fills rows [from, to) of a side's columns from the headline rule (so a big dataset can be done in slices). */
export function fillSideColumns(cols: SideColumns, dataset: Dataset, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const h = headline(dataset.incidents[k] as Incident, cols.side, dataset.byId);
    cols.kind[k] = HEADLINE_KIND[h.kind];
    cols.killed[k] = h.kind === 'figures' ? (figureValue(h.killed) ?? NaN) : NaN;
    cols.injured[k] = h.kind === 'figures' ? (figureValue(h.injured) ?? NaN) : NaN;
  }
}

/** What the totals bar shows: the incident count and, per side of the view, its figures. */
export interface ViewTotals {
  view: ClaimView;
  incidents: number;
  /** One entry for PAK/AFG/INDEPENDENT views; PAK, AFG, INDEPENDENT under COMPARE. */
  sides: SideTotals[];
}

/**
 * Totals of a window from an index built for the view.
 * @example totals(ix, 'PAK', w).sides[0].killed // sum of PAK headline killed in the window
 */
export function totals(ix: TimeIndex, view: ClaimView, w: DayWindow): ViewTotals {
  const sides = totalsInWindow(ix, w);
  return { view, incidents: sides[0]?.incidents ?? 0, sides };
}
