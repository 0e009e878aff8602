/** Display text of domain values, with every word from copy.ts. */
import { formatFigure } from '../domain/figures.ts';
import type { Headline } from '../domain/headline.ts';
import type { Incident } from '../domain/types.ts';
import { HEADLINE, STATUS } from './copy.ts';

/** "over 223 killed, 29 injured", "16 injured", "no claim", "denied", "acknowledged, no figures". */
export function headlineText(h: Headline): string {
  if (h.kind === 'denied') return HEADLINE.denied;
  if (h.kind === 'no-claim') return h.acknowledged ? HEADLINE.acknowledged : HEADLINE.noClaim;
  const parts: string[] = [];
  if (h.killed !== null) parts.push(`${formatFigure(h.killed)} ${STATUS.killed}`);
  if (h.injured !== null) parts.push(`${formatFigure(h.injured)} ${STATUS.injured}`);
  return parts.length > 0 ? parts.join(', ') : HEADLINE.noClaim;
}

/** The incident's dates as civil strings: "2025-10-11 – 2025-10-12", or one date (YYYY-MM-DD or YYYY-MM). */
export function dateText(i: Pick<Incident, 'start' | 'end'>): string {
  return i.end === null || i.end === i.start ? i.start : `${i.start} – ${i.end}`;
}
