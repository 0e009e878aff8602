/**
 * Casualty figures as claimants state them: an exact number, a range, a
 * qualified number ("at least 16", "over 200") or "dozens". Sums keep ranges
 * and qualifiers so a total never claims more precision than its parts.
 */
import type { Figure } from './types.ts';
import type { Qualifier } from './vocab.ts';

/** Lower-bound qualifiers: the true number is this or more. */
const LOWER_BOUND: ReadonlySet<Qualifier> = new Set(['at least', 'over']);

/**
 * A number for sizing and sorting: the stated number (lower end of a range), or null.
 * @example figureValue({ n: 46, max: 48, qualifier: null }) === 46
 */
export function figureValue(f: Figure | null): number | null {
  return f === null ? null : f.n;
}

/**
 * The qualifier of a sum of parts carrying `qs`: one kind stays as it is;
 * "at least" mixed with "over" is "over" (the sum strictly exceeds a part
 * stated as "over"); any mix with "about" / "nearly" becomes "about".
 */
function sumQualifier(qs: Qualifier[]): Qualifier | null {
  const kinds = new Set(qs);
  if (kinds.size === 0) return null;
  if (kinds.size === 1) return qs[0] ?? null;
  if ([...kinds].every((q) => LOWER_BOUND.has(q))) return 'over';
  return 'about';
}

/**
 * Sums figures within one statement. Nulls (not stated) are skipped; all null
 * gives null. A range stays a range (lower ends and upper ends summed), a
 * qualifier stays. "dozens" alone stays "dozens"; "dozens" plus numbers is
 * "over" the numbers (dozens is more than nothing, not a number we can add).
 * @example sumFigures([{n: 23, max: null, qualifier: null}, {n: 200, max: null, qualifier: 'over'}]) // {n: 223, max: null, qualifier: 'over'}
 */
export function sumFigures(fs: readonly (Figure | null)[]): Figure | null {
  const parts = fs.filter((f): f is Figure => f !== null);
  if (parts.length === 0) return null;
  const numeric = parts.filter((f) => f.n !== null);
  const dozens = parts.length > numeric.length;
  if (numeric.length === 0) return { n: null, max: null, qualifier: 'dozens' };
  const n = numeric.reduce((s, f) => s + (f.n ?? 0), 0);
  const ranged = numeric.some((f) => f.max !== null);
  const max = ranged ? numeric.reduce((s, f) => s + (f.max ?? f.n ?? 0), 0) : null;
  const qs = numeric.map((f) => f.qualifier).filter((q): q is Qualifier => q !== null);
  if (dozens) qs.push('over');
  return { n, max, qualifier: sumQualifier(qs) };
}

/**
 * Display text of a figure: "13", "over 223", "46–48", "at least 16",
 * "about 15–20", "dozens", or "—" where not stated.
 */
export function formatFigure(f: Figure | null): string {
  if (f === null) return '—';
  if (f.qualifier === 'dozens' && f.n === null) return 'dozens';
  if (f.n === null) return '—';
  const number = f.max !== null && f.max !== f.n ? `${f.n}–${f.max}` : String(f.n);
  return f.qualifier === null ? number : `${f.qualifier} ${number}`;
}
