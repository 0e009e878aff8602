/**
 * The headline figure of an incident under one side and one Count: the single
 * rule the map, the list, the totals and the export all use.
 *
 * All killed: the side's heading statement (statements.ts) summed over its
 * rows, always with the split by whose dead. One category: the heading
 * statement among those that give a figure for that category alone; a row
 * that does not break its figure down never lends the category a precise
 * figure, it reads "0 to N, not broken down". Without figures a side reads
 * denied, "no casualties reported", "no figure for this category" (it spoke,
 * but not of these dead) or no claim with its stance. Sector markers show
 * nothing of their own: casualties were reported for the whole offensive.
 */
import { sumFigures } from './figures.ts';
import { hasFigure, mayHead, pickStatement, statementsOf, type Statement } from './statements.ts';
import { sideStance, type SideStance } from './stance.ts';
import type { Claim, Figure, Incident } from './types.ts';
import { CLAIMED_KILL, type Category, type Count, type RecordKind, type Side } from './vocab.ts';

/** One row of the heading statement: whose dead, and its figures. */
export interface SplitPart {
  group: string;
  categories: Category[];
  notBrokenDown: boolean;
  killed: Figure | null;
  injured: Figure | null;
  /** The side's figure for its adversary's dead. */
  claimedKill: boolean;
  sourceRef: string;
}

/** What a side says about an incident, reduced to one headline. */
export type Headline =
  | {
      kind: 'figures';
      killed: Figure | null;
      injured: Figure | null;
      claimant: string;
      date: string | null;
      recordKind: RecordKind;
      /** The rows summed, one part each (one part under a category). */
      split: SplitPart[];
      /** Under a category: the figure is a not-broken-down row read as "0 to N". */
      notBrokenDown: boolean;
      /** Every part is a claimed kill. */
      claimedKill: boolean;
      /** Set where only a partial statement exists (e.g. "Khost only"). */
      partial: string | null;
    }
  | { kind: 'none-reported'; claimant: string; date: string | null; recordKind: RecordKind }
  | { kind: 'no-figure-for-category' }
  | { kind: 'denied'; category: Category | null }
  | { kind: 'no-claim'; stance: SideStance }
  | { kind: 'sector' };

/** True where every category of a row is the side's adversary's: a claimed kill. Derived, never stored. */
export function isClaimedKill(side: Side, categories: readonly Category[]): boolean {
  const adversary = CLAIMED_KILL[side];
  return categories.length > 0 && categories.every((c) => adversary.includes(c));
}

function part(side: Side, r: Claim): SplitPart {
  return {
    group: r.group,
    categories: r.categories,
    notBrokenDown: r.notBrokenDown || r.categories.length > 1,
    killed: r.killed,
    injured: r.injured,
    claimedKill: isClaimedKill(side, r.categories),
    sourceRef: r.sourceRef,
  };
}

/** A figure read as "0 to N": the precise part is 0, the upper end the row's. */
function fromZero(f: Figure | null): Figure | null {
  if (f === null) return null;
  if (f.n === null) return { n: 0, max: null, qualifier: f.qualifier };
  return { n: 0, max: f.max ?? f.n, qualifier: f.qualifier };
}

function figuresOf(side: Side, s: Statement, rows: readonly Claim[], notBrokenDown: boolean, killed: Figure | null): Headline {
  const split = rows.map((r) => part(side, r));
  const injured = sumFigures(rows.map((r) => r.injured));
  return {
    kind: 'figures',
    killed,
    injured: notBrokenDown ? fromZero(injured) : injured,
    claimant: s.claimant,
    date: s.date,
    recordKind: s.rows[0]?.recordKind ?? 'anonymous',
    split,
    notBrokenDown,
    claimedKill: split.every((p) => p.claimedKill),
    partial: s.rows.find((r) => r.partial !== null)?.partial ?? null,
  };
}

/**
 * The headline of `incident` under `side` and `count`.
 * @example headline(orakzai, 'PAK', 'ALL') // {kind: 'figures', killed: {n: 30,…}, split: [11 PAK_SECURITY, 19 MILITANTS], …}
 */
export function headline(incident: Incident, side: Side, count: Count = 'ALL'): Headline {
  if (incident.parentId !== null) return { kind: 'sector' };
  const claims = incident.claims;
  const own = claims.filter((c) => c.side === side);
  if (incident.stances[side] === 'denied') return { kind: 'denied', category: null };
  const heading = statementsOf(own.filter(mayHead), claims);

  if (count === 'ALL') {
    const withFigures = heading.filter((s) => s.rows.some(hasFigure));
    const best = pickStatement(withFigures, (s) => sumFigures(s.rows.filter(hasFigure).map((r) => r.killed)));
    if (best !== undefined) {
      const rows = best.rows.filter(hasFigure);
      return figuresOf(side, best, rows, false, sumFigures(rows.map((r) => r.killed)));
    }
  } else {
    const alone = (r: Claim) => hasFigure(r) && r.categories.length === 1 && r.categories[0] === count;
    const precise = heading.filter((s) => s.rows.some(alone));
    const best = pickStatement(precise, (s) => sumFigures(s.rows.filter(alone).map((r) => r.killed)));
    if (best !== undefined) {
      const rows = best.rows.filter(alone);
      return figuresOf(side, best, rows, false, sumFigures(rows.map((r) => r.killed)));
    }
    const covers = (r: Claim) => hasFigure(r) && r.categories.length > 1 && r.categories.includes(count);
    const broad = heading.filter((s) => s.rows.some(covers));
    const wide = pickStatement(broad, (s) => sumFigures(s.rows.filter(covers).map((r) => r.killed)));
    if (wide !== undefined) {
      const rows = wide.rows.filter(covers);
      return figuresOf(side, wide, rows, true, fromZero(sumFigures(rows.map((r) => r.killed))));
    }
    if (own.some((c) => c.denies.includes(count))) return { kind: 'denied', category: count };
  }

  const none = pickStatement(
    heading.filter((s) => s.rows.every((r) => r.noneReported)),
    () => null,
  );
  if (none !== undefined) {
    return { kind: 'none-reported', claimant: none.claimant, date: none.date, recordKind: none.rows[0]?.recordKind ?? 'anonymous' };
  }
  const stance = sideStance(incident, side);
  if (count !== 'ALL' && stance !== 'no-statement') return { kind: 'no-figure-for-category' };
  return { kind: 'no-claim', stance };
}

/** The sides' headlines of a view under a count, in side order. */
export function headlines(incident: Incident, sides: readonly Side[], count: Count): { side: Side; headline: Headline }[] {
  return sides.map((side) => ({ side, headline: headline(incident, side, count) }));
}
