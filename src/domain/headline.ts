/**
 * The headline figure of an incident under one side's view: the single rule
 * the map, the list, the totals and the export all use.
 *
 * Take that side's latest statement (the claim rows sharing one claimant and
 * one claim date; an unknown date counts as oldest; a tie goes to the larger
 * killed figure), leaving out aggregate rows and rows with no figure at all;
 * sum killed and injured across the statement's groups (a range stays a
 * range, a qualifier stays) and keep the per-group split beside it. With no
 * statement, a denial reads "denied", anything else "no claim" (noting an
 * acknowledgement without figures). Sector markers show their parent's.
 */
import { compareClaimDates } from './civilDate.ts';
import { formatFigure, sumFigures } from './figures.ts';
import type { Claim, Figure, Incident } from './types.ts';
import type { Side } from './vocab.ts';

/** One casualty group of the headline statement. */
export interface GroupFigure {
  group: string;
  killed: Figure | null;
  injured: Figure | null;
  sourceRef: string;
}

/** What a side says about an incident, reduced to one headline. */
export type Headline =
  | { kind: 'figures'; killed: Figure | null; injured: Figure | null; claimant: string; date: string | null; groups: GroupFigure[] }
  | { kind: 'denied' }
  | { kind: 'no-claim'; acknowledged: boolean };

interface Statement {
  claimant: string;
  date: string | null;
  rows: Claim[];
  killed: Figure | null;
}

/** Order of killed figures for the tie-break: not stated lowest, then by lower end, then upper end. */
function compareKilled(a: Figure | null, b: Figure | null): number {
  const an = a?.n ?? -1;
  const bn = b?.n ?? -1;
  if (an !== bn) return an - bn;
  return (a?.max ?? an) - (b?.max ?? bn);
}

/** Groups a side's counted rows into statements (one claimant, one claim date), in data order. */
function statementsOf(rows: readonly Claim[]): Statement[] {
  const byKey = new Map<string, Statement>();
  for (const row of rows) {
    const key = JSON.stringify([row.claimant, row.date]);
    const s = byKey.get(key) ?? { claimant: row.claimant, date: row.date, rows: [], killed: null };
    s.rows.push(row);
    byKey.set(key, s);
  }
  const out = [...byKey.values()];
  for (const s of out) s.killed = sumFigures(s.rows.map((r) => r.killed));
  return out;
}

/** The latest statement; ties on date go to the larger killed figure, then to data order. */
function latest(statements: readonly Statement[]): Statement | undefined {
  let best: Statement | undefined;
  for (const s of statements) {
    if (best === undefined) {
      best = s;
      continue;
    }
    const byDate = compareClaimDates(s.date, best.date);
    if (byDate > 0 || (byDate === 0 && compareKilled(s.killed, best.killed) > 0)) best = s;
  }
  return best;
}

/**
 * The headline of `incident` under `side`; sector markers (parentId set) show
 * their parent's headline when the parent is in `byId`.
 * @example headline(mirAliConvoy, 'PAK', byId) // {kind: 'figures', killed: {n: 13,…}, injured: {n: 16,…}, claimant: 'Local officials (Dawn)', …}
 */
export function headline(incident: Incident, side: Side, byId: ReadonlyMap<string, Incident>): Headline {
  let target = incident;
  // Follow parents (a marker of a marker too); the depth guard stops a malformed cycle.
  for (let depth = 0; depth < 8 && target.parentId !== null; depth++) {
    const parent = byId.get(target.parentId);
    if (parent === undefined || parent === target) break;
    target = parent;
  }
  return ownHeadline(target, side);
}

function ownHeadline(incident: Incident, side: Side): Headline {
  const counted = incident.claims.filter((c) => c.side === side && !c.aggregate && (c.killed !== null || c.injured !== null));
  const statement = latest(statementsOf(counted));
  if (statement === undefined) {
    const stance = incident.stances[side];
    return stance === 'denied' ? { kind: 'denied' } : { kind: 'no-claim', acknowledged: stance === 'acknowledged' };
  }
  return {
    kind: 'figures',
    killed: statement.killed,
    injured: sumFigures(statement.rows.map((r) => r.injured)),
    claimant: statement.claimant,
    date: statement.date,
    groups: statement.rows.map((r) => ({ group: r.group, killed: r.killed, injured: r.injured, sourceRef: r.sourceRef })),
  };
}

/**
 * One-line text of a headline: "over 223 killed, 29 injured", "16 injured",
 * "denied", "no claim", or "acknowledged, no figures".
 */
export function formatHeadline(h: Headline): string {
  if (h.kind === 'denied') return 'denied';
  if (h.kind === 'no-claim') return h.acknowledged ? 'acknowledged, no figures' : 'no claim';
  const parts: string[] = [];
  if (h.killed !== null) parts.push(`${formatFigure(h.killed)} killed`);
  if (h.injured !== null) parts.push(`${formatFigure(h.injured)} injured`);
  return parts.join(', ');
}
