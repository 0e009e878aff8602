/**
 * Statements and the tie rule: a statement is one claimant's rows on one
 * date. The latest date wins; an undated statement counts as oldest; on the
 * same date on the record (or a publisher's own count) beats anonymous, then
 * the larger killed figure, then fact-sheet order. A complete statement is
 * preferred to a later partial one; superseded and aggregate rows never head,
 * nor does a row restating its statement's total beside the groups (it would
 * count the same dead twice).
 */
import { compareClaimDates } from './civilDate.ts';
import type { Claim, Figure } from './types.ts';

/** One claimant's rows on one date, in fact-sheet order. */
export interface Statement {
  claimant: string;
  date: string | null;
  rows: Claim[];
  /** Index of the statement's first row among the incident's claims (fact-sheet order). */
  order: number;
}

/** Groups rows into statements (one claimant, one date), in order of first row. */
export function statementsOf(rows: readonly Claim[], all: readonly Claim[]): Statement[] {
  const byKey = new Map<string, Statement>();
  for (const row of rows) {
    const key = JSON.stringify([row.claimant, row.date]);
    let s = byKey.get(key);
    if (s === undefined) {
      s = { claimant: row.claimant, date: row.date, rows: [], order: all.indexOf(row) };
      byKey.set(key, s);
    }
    s.rows.push(row);
  }
  return [...byKey.values()];
}

/** Rows that may head a side: not aggregate, not superseded, not a total beside its groups. */
export function mayHead(c: Claim): boolean {
  return !c.aggregate && !c.superseded && c.total !== true;
}

/** True where the row states a killed or injured number (a "none reported" row states none). */
export function hasFigure(c: Claim): boolean {
  return c.categories.length > 0 && (c.killed !== null || c.injured !== null);
}

const isPartial = (s: Statement) => s.rows.some((r) => r.partial !== null);
const isAnonymous = (s: Statement) => s.rows.every((r) => r.recordKind === 'anonymous');

/** Order of killed figures for the tie rule: none lowest, then by lower end, then upper end. */
function compareKilled(a: Figure | null, b: Figure | null): number {
  const an = a?.n ?? -1;
  const bn = b?.n ?? -1;
  if (an !== bn) return an - bn;
  return (a?.max ?? an) - (b?.max ?? bn);
}

/**
 * The statement that heads, given each statement's killed figure for the
 * reading at hand (All killed, or one category).
 */
export function pickStatement<S extends Statement>(statements: readonly S[], killedOf: (s: S) => Figure | null): S | undefined {
  let best: S | undefined;
  for (const s of statements) {
    if (best === undefined || beats(s, best, killedOf)) best = s;
  }
  return best;
}

function beats<S extends Statement>(s: S, best: S, killedOf: (s: S) => Figure | null): boolean {
  if (isPartial(s) !== isPartial(best)) return !isPartial(s);
  const byDate = compareClaimDates(s.date, best.date);
  if (byDate !== 0) return byDate > 0;
  if (isAnonymous(s) !== isAnonymous(best)) return !isAnonymous(s);
  const byKilled = compareKilled(killedOf(s), killedOf(best));
  if (byKilled !== 0) return byKilled > 0;
  return s.order < best.order;
}
