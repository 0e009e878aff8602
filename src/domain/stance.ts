/**
 * A side's stance on an incident, one of six, derived from its rows and the
 * reviewed statement without figures (vocab STANCES). Nothing anonymous is
 * ever "acknowledged": figures or words heard only through anonymous
 * officials say so. Aggregate rows (several incidents at once) are not a
 * statement about this incident.
 */
import { hasFigure } from './statements.ts';
import type { Incident } from './types.ts';
import type { Side } from './vocab.ts';

export const SIDE_STANCES = [
  'figures-on-record',
  'figures-anonymous',
  'acknowledged',
  'anonymous',
  'no-statement',
  'denied',
] as const;
export type SideStance = (typeof SIDE_STANCES)[number];

/**
 * The stance of `side` on `incident`.
 * @example sideStance(paktikaUrgun, 'PAK') === 'anonymous' // only anonymous officials, no figures
 */
export function sideStance(incident: Incident, side: Side): SideStance {
  const recorded = incident.stances[side];
  if (recorded === 'denied') return 'denied';
  const rows = incident.claims.filter((c) => c.side === side && !c.aggregate);
  const spoke = rows.filter((c) => hasFigure(c) || c.noneReported);
  if (spoke.length > 0) return spoke.some((c) => c.recordKind !== 'anonymous') ? 'figures-on-record' : 'figures-anonymous';
  if (recorded === 'acknowledged' || rows.some((c) => c.recordKind !== 'anonymous')) return 'acknowledged';
  if (recorded === 'anonymous' || rows.length > 0) return 'anonymous';
  return 'no-statement';
}
