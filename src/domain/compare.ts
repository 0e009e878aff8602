/**
 * Compare view: each side's headline next to the others, and the same
 * casualty group lined up across sides so the gap shows (e.g. 11–12 Oct 2025,
 * Pakistani security forces killed: PAK 23, AFG 58).
 */
import { figureValue } from './figures.ts';
import { headline, type GroupFigure, type Headline } from './headline.ts';
import { viewSides, type ClaimView } from './filters.ts';
import type { Incident } from './types.ts';
import type { Side } from './vocab.ts';

/** One side's headline of an incident. */
export interface SideHeadline {
  side: Side;
  headline: Headline;
}

/** The headlines a view shows for an incident: one side, or PAK, AFG, INDEPENDENT under COMPARE. */
export function viewHeadlines(incident: Incident, view: ClaimView, byId: ReadonlyMap<string, Incident>): SideHeadline[] {
  return viewSides(view).map((side) => ({ side, headline: headline(incident, side, byId) }));
}

/** One casualty group as each side's latest statement counts it. */
export interface GroupComparison {
  group: string;
  bySide: Partial<Record<Side, GroupFigure>>;
  /** Killed values of the sides that counted this group, in side order (figureValue; null = no number). */
  killed: { side: Side; value: number | null }[];
  /** Largest minus smallest killed value where at least two sides gave a number; else null. */
  killedGap: number | null;
}

/**
 * Lines up the per-group split of several headlines by exact group name, in
 * order of first appearance (sides in the order given).
 */
export function compareGroups(headlines: readonly SideHeadline[]): GroupComparison[] {
  const rows = new Map<string, GroupComparison>();
  for (const { side, headline: h } of headlines) {
    if (h.kind !== 'figures') continue;
    for (const g of h.groups) {
      let row = rows.get(g.group);
      if (!row) {
        row = { group: g.group, bySide: {}, killed: [], killedGap: null };
        rows.set(g.group, row);
      }
      if (row.bySide[side]) continue; // one figure per side and group: the first row of the statement
      row.bySide[side] = g;
      row.killed.push({ side, value: figureValue(g.killed) });
    }
  }
  for (const row of rows.values()) row.killedGap = gap(row.killed.map((k) => k.value));
  return [...rows.values()];
}

function gap(values: (number | null)[]): number | null {
  const ns = values.filter((v): v is number => v !== null);
  return ns.length >= 2 ? Math.max(...ns) - Math.min(...ns) : null;
}
