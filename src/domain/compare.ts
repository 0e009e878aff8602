/**
 * Compare view: each side's headline next to the others, and each category of
 * dead lined up across sides under that category's own reading, so the gap
 * shows (e.g. 11–12 Oct 2025, Pakistani security forces killed: PAK 23, AFG
 * 58 — AFG's a claimed kill).
 */
import { headline, headlines, type Headline } from './headline.ts';
import { viewSides, COMPARE_SIDES, type ClaimView } from './filters.ts';
import type { Incident } from './types.ts';
import { CATEGORIES, type Category, type Count, type Side } from './vocab.ts';

/** One side's headline of an incident. */
export interface SideHeadline {
  side: Side;
  headline: Headline;
}

/** The headlines a view shows for an incident under a Count: one side, or PAK, AFG, INDEPENDENT under COMPARE. */
export function viewHeadlines(incident: Incident, view: ClaimView, count: Count = 'ALL'): SideHeadline[] {
  return headlines(incident, viewSides(view), count);
}

/** One category as each side's heading statement for that category counts it. */
export interface CategoryComparison {
  category: Category;
  bySide: SideHeadline[];
  /** Largest minus smallest killed among sides with a precise figure (not "0 to N"), where at least two have one. */
  killedGap: number | null;
}

/**
 * The categories at least two sides give a figure for, each side read under
 * that category alone.
 * @example compareCategories(borderClashes)[0] // {category: 'PAK_SECURITY', bySide: [PAK 23, AFG 58], killedGap: 35}
 */
export function compareCategories(incident: Incident, sides: readonly Side[] = COMPARE_SIDES): CategoryComparison[] {
  const out: CategoryComparison[] = [];
  for (const category of CATEGORIES) {
    const bySide = sides.map((side) => ({ side, headline: headline(incident, side, category) })).filter((h) => h.headline.kind === 'figures');
    if (bySide.length < 2) continue;
    const precise = bySide.flatMap((h) => (h.headline.kind === 'figures' && !h.headline.notBrokenDown && h.headline.killed?.n != null ? [h.headline.killed.n] : []));
    out.push({ category, bySide, killedGap: precise.length >= 2 ? Math.max(...precise) - Math.min(...precise) : null });
  }
  return out;
}
