/**
 * Date cells of imported files, read by format, never by guessing: each
 * dialect names the formats it uses (UCDP's `1990-10-04 00:00:00.000`, the
 * UCDP download tool's US `03/27/1990 00:00:00`, ACLED's `15 January 2023`),
 * and a date that is not a real calendar day is refused, never rolled over.
 */
import { isCivilDate } from '../../domain/civilDate.ts';

/** Date formats an importer may accept. */
export type DateFormat = 'iso' | 'us' | 'day-month-name';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?$/i;
const NAMED = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const pad = (n: number): string => String(n).padStart(2, '0');

/** What each format looks like, for "expected …" messages. */
export const DATE_EXPECTED: Record<DateFormat, string> = {
  iso: 'a date YYYY-MM-DD (a time after it is ignored)',
  us: 'a date MM/DD/YYYY (US order; a time after it is ignored)',
  'day-month-name': 'a date YYYY-MM-DD or "15 January 2023"',
};

/**
 * The civil date `YYYY-MM-DD` of a cell in one of `formats`, or null.
 * @example readDate('03/27/1990 00:00:00', ['us']) // '1990-03-27'
 * @example readDate('2025-02-30', ['iso']) // null (no 30 February)
 */
export function readDate(cell: string, formats: readonly DateFormat[]): string | null {
  const t = cell.trim();
  for (const f of formats) {
    let d: string | null = null;
    if (f === 'iso' || f === 'day-month-name') {
      const m = ISO.exec(t);
      if (m) d = `${m[1]}-${m[2]}-${m[3]}`;
    }
    if (f === 'us') {
      const m = US.exec(t);
      if (m) d = `${m[3]}-${pad(Number(m[1]))}-${pad(Number(m[2]))}`;
    }
    if (f === 'day-month-name' && d === null) {
      const m = NAMED.exec(t);
      const month = m ? MONTHS.findIndex((x) => x === m[2]!.toLowerCase() || x.slice(0, 3) === m[2]!.toLowerCase()) : -1;
      if (m && month >= 0) d = `${m[3]}-${pad(month + 1)}-${pad(Number(m[1]))}`;
    }
    if (d !== null && isCivilDate(d)) return d;
  }
  return null;
}

/** `YYYY-MM` of a month-only cell, or null. */
export function readMonth(cell: string): string | null {
  const t = cell.trim();
  return ISO_MONTH.test(t) && isCivilDate(t) ? t : null;
}
