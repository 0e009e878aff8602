/** Display text of domain values, with every word from copy.ts. */
import { formatFigure } from '../domain/figures.ts';
import type { Headline, SplitPart } from '../domain/headline.ts';
import { totalFigure, type FigureSum } from '../domain/totals.ts';
import type { Figure, Incident } from '../domain/types.ts';
import type { Category } from '../domain/vocab.ts';
import { CATEGORY_IN_SET, CATEGORY_IN_TEXT, HEADLINE, STANCE, STATUS } from './copy.ts';

/** "Pakistani security forces and civilians", "Afghan forces and militants and attackers". */
export function categoriesText(categories: readonly Category[]): string {
  if (categories.length === 1) return CATEGORY_IN_TEXT[categories[0] as Category];
  const names = categories.map((c) => CATEGORY_IN_SET[c]);
  return `${names.slice(0, -1).join(', ')}${HEADLINE.and}${names[names.length - 1] ?? ''}`;
}

/** A figure read from 0 (a not-broken-down row under one category): "0 to 4", "0 to at least 24". */
function fromZeroText(f: Figure): string {
  if (f.n === null) return HEADLINE.fromZero(formatFigure(f));
  return HEADLINE.fromZero(formatFigure({ n: f.max ?? f.n, max: null, qualifier: f.qualifier }));
}

function figureText(f: Figure, notBrokenDown: boolean): string {
  return notBrokenDown ? fromZeroText(f) : formatFigure(f);
}

/** One part of a split: "11 Pakistani security forces", "over 200 Afghan forces and militants and attackers (not broken down, claimed kill)". */
function partText(p: SplitPart): string {
  const notes = partNotes(p, false);
  return `${formatFigure(p.killed)} ${categoriesText(p.categories)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

/** Notes of a split part: whom it covers (when asked), not broken down, claimed kill. */
function partNotes(p: SplitPart, withWhom: boolean): string[] {
  return [withWhom ? categoriesText(p.categories) : null, p.categories.length > 1 ? HEADLINE.notBrokenDown : null, p.claimedKill ? HEADLINE.claimedKill : null].filter((x) => x !== null);
}

/**
 * "30 killed: 11 Pakistani security forces, 19 militants and attackers",
 * "13 killed, 16 injured (anonymous)", "0 to 4 killed, not broken down",
 * "58 killed (claimed kill)", "denied", "no figure for this category",
 * "only anonymous officials, no figures". A sum of several categories always
 * carries its split.
 */
export function headlineText(h: Headline): string {
  switch (h.kind) {
    case 'denied':
      return h.category === null ? HEADLINE.denied : HEADLINE.deniedCategory(CATEGORY_IN_TEXT[h.category]);
    case 'no-claim':
      return h.stance === 'acknowledged' || h.stance === 'anonymous' ? STANCE[h.stance] : HEADLINE.noClaim;
    case 'none-reported':
      return HEADLINE.noneReported + (h.recordKind === 'anonymous' ? ` (${HEADLINE.anonymous})` : '');
    case 'no-figure-for-category':
      return HEADLINE.noFigureForCategory;
    case 'sector':
      return HEADLINE.sector;
    case 'figures':
      return figuresText(h);
  }
}

function figuresText(h: Extract<Headline, { kind: 'figures' }>): string {
  const parts: string[] = [];
  const killedParts = h.split.filter((p) => p.killed !== null);
  const splitShown = h.killed !== null && !h.notBrokenDown && new Set(killedParts.flatMap((p) => p.categories)).size > 1;
  // One row covering several categories needs no split, only to say whom it covers.
  const single = splitShown && killedParts.length === 1 ? killedParts[0] : undefined;
  if (h.killed !== null) {
    const split = single !== undefined ? ` (${partNotes(single, true).join(', ')})` : splitShown ? `: ${killedParts.map(partText).join(', ')}` : '';
    parts.push(`${figureText(h.killed, h.notBrokenDown)} ${STATUS.killed}${split}`);
  }
  if (h.injured !== null) parts.push(`${figureText(h.injured, h.notBrokenDown)} ${STATUS.injured}`);
  const notes = [
    h.notBrokenDown ? HEADLINE.notBrokenDown : null,
    h.claimedKill && !splitShown ? HEADLINE.claimedKill : null,
    h.recordKind === 'anonymous' ? HEADLINE.anonymous : null,
    h.partial !== null ? HEADLINE.partial(h.partial) : null,
  ].filter((x) => x !== null);
  const text = parts.join(', ');
  if (notes.length === 0) return text;
  return h.notBrokenDown ? `${text}, ${notes.join(', ')}` : `${text} (${notes.join(', ')})`;
}

/**
 * A total of one side's headlines: "about 120–140 killed", "no killed
 * figure" — never 0 where no incident gave one; dozens counted apart.
 */
export function totalText(s: FigureSum, what: 'killed' | 'injured'): string {
  const f = totalFigure(s);
  const none = what === 'killed' ? STATUS.noKilledFigure : STATUS.noInjuredFigure;
  const main = f === null ? (s.dozens > 0 ? '' : none) : `${formatFigure(f)} ${STATUS[what]}`;
  const dozens = s.dozens > 0 ? STATUS.dozens(s.dozens) + (f === null ? ` ${STATUS[what]}` : '') : '';
  return [main, dozens].filter((x) => x !== '').join(' + ');
}

/** The incident's dates as civil strings: "2025-10-11 – 2025-10-12", or one date (YYYY-MM-DD or YYYY-MM). */
export function dateText(i: Pick<Incident, 'start' | 'end'>): string {
  return i.end === null || i.end === i.start ? i.start : `${i.start} – ${i.end}`;
}
