/**
 * Totals bar figures: incidents, killed and injured under the current view
 * and Count, read from the time index in O(log n). Figures are each side's
 * headline (the one rule of headline.ts); a side that gave no figure adds
 * nothing and is counted apart, never as 0 killed; a missing injured figure
 * is not "0 injured"; ranges add up as ranges and qualifiers carry over
 * (totalQualifier). Different sides' figures are never added.
 */
import type { Dataset } from './dataset.ts';
import { headline } from './headline.ts';
import type { ClaimView, DayWindow } from './filters.ts';
import { emptyOrderedSide, HEADLINE_KIND, QUAL, totalsInWindow, type FigureSum, type SideColumns, type SideTotals, type TimeIndex } from './timeIndex.ts';
import type { Figure } from './types.ts';
import type { Count, Qualifier, Side } from './vocab.ts';

export type { FigureSum, SideTotals } from './timeIndex.ts';

/** Every incident's headline figures under one side and Count, as columns (built once per dataset, side and Count). */
export function sideColumns(dataset: Dataset, side: Side, count: Count): SideColumns {
  const cols = emptySideColumns(side, count, dataset.size);
  fillSideColumns([cols], dataset, 0, dataset.size);
  return cols;
}

/** Columns for n incidents, to fill in chunks with {@link fillSideColumns}. */
export function emptySideColumns(side: Side, count: Count, n: number): SideColumns {
  return emptyOrderedSide(side, count, n);
}

const QUAL_OF: Record<Qualifier, number> = { 'at least': QUAL.atLeast, over: QUAL.over, about: QUAL.about, nearly: QUAL.about, dozens: QUAL.about };

function put(lo: Float32Array, hi: Float32Array, qual: Uint8Array, k: number, f: Figure | null): void {
  if (f === null) return;
  if (f.n === null) {
    qual[k] = QUAL.dozens;
    return;
  }
  lo[k] = f.n;
  hi[k] = f.max ?? f.n;
  qual[k] = f.qualifier === null ? QUAL.none : QUAL_OF[f.qualifier];
}

/**
 * Fills rows [from, to) of some sides' columns from the headline rule (so a
 * big dataset can be done in slices); each incident is read once for all of them.
 */
export function fillSideColumns(sides: readonly SideColumns[], dataset: Dataset, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const incident = dataset.incidentAt(k);
    for (const cols of sides) {
      const h = headline(incident, cols.side, cols.count);
      cols.kind[k] = HEADLINE_KIND[h.kind];
      if (h.kind !== 'figures') continue;
      put(cols.killed, cols.killedMax, cols.killedQual, k, h.killed);
      put(cols.injured, cols.injuredMax, cols.injuredQual, k, h.injured);
    }
  }
}

/**
 * The qualifier of a total: "about" if any term says about, nearly or
 * dozens; else "over" or "at least" if any term has one; else none.
 */
export function totalQualifier(s: FigureSum): Qualifier | null {
  if (s.about > 0 || s.dozens > 0) return 'about';
  if (s.over > 0) return 'over';
  if (s.atLeast > 0) return 'at least';
  return null;
}

/** A total as a Figure (range where any term is a range), or null where no incident has a numbered figure. */
export function totalFigure(s: FigureSum): Figure | null {
  if (s.terms === 0) return null;
  return { n: s.lo, max: s.hi > s.lo ? s.hi : null, qualifier: totalQualifier(s) };
}

/** What the totals bar shows: the incident count and, per side of the view, its figures. */
export interface ViewTotals {
  view: ClaimView;
  count: Count;
  incidents: number;
  /** One entry for PAK/AFG/INDEPENDENT views; PAK, AFG, INDEPENDENT under COMPARE. */
  sides: SideTotals[];
}

/**
 * Totals of a window from an index built for the view.
 * @example totals(ix, 'PAK', 'ALL', w).sides[0].killed.lo // sum of PAK headline killed (precise parts) in the window
 */
export function totals(ix: TimeIndex, view: ClaimView, count: Count, w: DayWindow): ViewTotals {
  const sides = totalsInWindow(ix, w);
  return { view, count, incidents: sides[0]?.incidents ?? 0, sides };
}
