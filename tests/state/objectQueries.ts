/**
 * The reference the columnar queries are held to: every DatasetQueries answer
 * computed the plain way, by walking incident objects (filters compiled per
 * incident, the headline rule per incident and side, sums and sorts by hand).
 * Slow and obvious on purpose.
 */
import { CELL_PX, mercatorX, mercatorY } from '../../src/domain/clusters.ts';
import { incidentDays, primaryActorIndex, viewSides, type ClaimView, type DayWindow } from '../../src/domain/filters.ts';
import { headline } from '../../src/domain/headline.ts';
import { mondayOnOrBefore } from '../../src/domain/histogram.ts';
import type { ListSort, ViewQuery } from '../../src/domain/queries.ts';
import { matchesText, normaliseQuery, searchText } from '../../src/domain/search.ts';
import type { FigureSum, SideTotals } from '../../src/domain/totals.ts';
import type { Figure, Incident } from '../../src/domain/types.ts';
import { visibleIncidents } from '../../src/domain/visible.ts';
import { ATTRIBUTION_OPTIONS, type Count, type Side } from '../../src/domain/vocab.ts';

/** Start day, then data order: the order the list's date sort and every "by start day" answer use. */
function byStart(incidents: readonly Incident[]): Incident[] {
  const at = new Map(incidents.map((i, k) => [i, k]));
  return incidents.slice().sort((a, b) => incidentDays(a)[0] - incidentDays(b)[0] || (at.get(a) as number) - (at.get(b) as number));
}

/** The precise part of a side's headline killed figure under a Count; NaN where it states none. */
export function killedOf(i: Incident, side: Side, count: Count): number {
  const h = headline(i, side, count);
  return h.kind === 'figures' && h.killed !== null && h.killed.n !== null ? h.killed.n : NaN;
}

/** The list's size value: the largest of the view sides' killed figures (NaN when none states one). */
export function sizeOf(i: Incident, view: ClaimView, count: Count): number {
  const vs = viewSides(view).map((s) => killedOf(i, s, count)).filter((v) => !Number.isNaN(v));
  return vs.length === 0 ? NaN : Math.max(...vs);
}

/** The incidents in the window under the filters, by start day (data order within a day). */
export function visibleRef(all: readonly Incident[], q: ViewQuery): Incident[] {
  const hit = seen.get(q);
  if (hit?.all === all) return hit.rows;
  const inWindow = new Set(visibleIncidents(all, q.filters, q.window));
  const rows = byStart(all).filter((i) => inWindow.has(i));
  seen.set(q, { all, rows });
  return rows;
}
// Each suite asks about the same query objects many times; the answer is kept per query (it never changes).
const seen = new WeakMap<ViewQuery, { all: readonly Incident[]; rows: Incident[] }>();

/** Of those, the ones the search finds. */
export function matchesRef(all: readonly Incident[], q: ViewQuery): Incident[] {
  const folded = normaliseQuery(q.search);
  return visibleRef(all, q).filter((i) => matchesText(searchText(i), folded));
}

/** The list: by date, or by casualties (rounded figure, ties by date; "no figure" last in date order both ways). */
export function listRef(all: readonly Incident[], q: ViewQuery, sort: ListSort): Incident[] {
  const rows = matchesRef(all, q);
  if (sort.key === 'date') return sort.dir === 'asc' ? rows : rows.slice().reverse();
  const size = (i: Incident) => sizeOf(i, q.filters.claimView, q.count);
  const pos = new Map(rows.map((i, k) => [i, k]));
  const withFigure = rows.filter((i) => !Number.isNaN(size(i))).sort((a, b) => Math.round(size(a)) - Math.round(size(b)) || (pos.get(a) as number) - (pos.get(b) as number));
  if (sort.dir === 'desc') withFigure.reverse();
  return [...withFigure, ...rows.filter((i) => Number.isNaN(size(i)))];
}

const QUAL_CLASS = { 'at least': 'atLeast', over: 'over', about: 'about', nearly: 'about', dozens: 'about' } as const;

function addFigure(s: FigureSum, f: Figure | null): void {
  if (f === null) return;
  if (f.n === null) {
    s.dozens++;
    return;
  }
  s.lo += f.n;
  s.hi += f.max ?? f.n;
  s.terms++;
  if (f.qualifier !== null) s[QUAL_CLASS[f.qualifier]]++;
}

const emptySum = (): FigureSum => ({ lo: 0, hi: 0, terms: 0, atLeast: 0, over: 0, about: 0, dozens: 0 });

/** Each view side's totals over the visible incidents, by the headline rule per incident. */
export function totalsRef(all: readonly Incident[], q: ViewQuery): SideTotals[] {
  const rows = visibleRef(all, q);
  return viewSides(q.filters.claimView).map((side) => {
    const t: SideTotals = { side, count: q.count, incidents: rows.length, killed: emptySum(), injured: emptySum(), kinds: { figures: 0, denied: 0, 'no-claim': 0, 'none-reported': 0, 'no-figure-for-category': 0, sector: 0 } };
    for (const i of rows) {
      const h = headline(i, side, q.count);
      t.kinds[h.kind]++;
      if (h.kind !== 'figures') continue;
      addFigure(t.killed, h.killed);
      addFigure(t.injured, h.injured);
    }
    return t;
  });
}

/** Weekly sums over the span by primary actor: incidents, or one side's killed (incidents passing the filters, any window). */
export function histogramRef(all: readonly Incident[], q: ViewQuery, span: DayWindow, side: Side | null): number[][] {
  const rows = visibleIncidents(all, q.filters, { start: -1e9, end: 1e9 });
  const first = mondayOnOrBefore(span.start);
  const weeks = Math.floor((span.end - first) / 7) + 1;
  const out = Array.from({ length: weeks }, () => ATTRIBUTION_OPTIONS.map(() => 0));
  for (const i of rows) {
    const b = Math.floor((incidentDays(i)[0] - first) / 7);
    if (b < 0 || b >= weeks) continue;
    const v = side === null ? 1 : killedOf(i, side, q.count);
    if (Number.isNaN(v)) continue;
    const week = out[b] as number[];
    const stack = primaryActorIndex(i, q.filters.claimView);
    week[stack] = (week[stack] as number) + v;
  }
  return out;
}

/** Visible incidents grouped by grid cell at an integer zoom: cell key → ids in start order. */
export function cellsRef(all: readonly Incident[], q: ViewQuery, zoom: number): Map<string, string[]> {
  const cells = (512 * 2 ** zoom) / CELL_PX;
  const out = new Map<string, string[]>();
  for (const i of visibleRef(all, q)) {
    const key = `${Math.floor(mercatorX(i.lon) * cells)}/${Math.floor(mercatorY(i.lat) * cells)}`;
    out.set(key, [...(out.get(key) ?? []), i.id]);
  }
  return out;
}
