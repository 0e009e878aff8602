/**
 * Civil dates (`YYYY-MM-DD`, or `YYYY-MM` with month precision) and day
 * numbers (days since 1970-01-01). Pure proleptic-Gregorian arithmetic, no
 * `Date`: `Date.UTC` moves years 0–99 to 1900–1999 and silently rolls
 * 2025-02-30 over to 2 March, and no time zone can ever shift a day.
 *
 * The data door accepts years YEAR_MIN–YEAR_MAX only (see isInYearRange);
 * the arithmetic itself is exact for any four-digit year.
 */

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** The years the data may use: outside them a date is refused at the door (README, Validator). */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : (DAYS[m - 1] ?? 0);
}

/** Day number of y-m-d (proleptic Gregorian; Howard Hinnant's days_from_civil). */
function dayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [y, m, d] of a day number (the inverse of dayOf). */
function civilOf(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** [year, month, day or 0 for a month-only date] of a real calendar date, else null. */
function parts(s: string): [number, number, number] | null {
  const full = FULL.exec(s);
  if (full) {
    const y = Number(full[1]);
    const m = Number(full[2]);
    const d = Number(full[3]);
    return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? [y, m, d] : null;
  }
  const month = MONTH.exec(s);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? [Number(month[1]), m, 0] : null;
  }
  return null;
}

/** True for a real calendar date `YYYY-MM-DD` or month `YYYY-MM` (no 30 Feb, no month 13). */
export function isCivilDate(s: string): boolean {
  return parts(s) !== null;
}

/** True when the civil date's year lies in YEAR_MIN–YEAR_MAX. */
export function isInYearRange(s: string): boolean {
  const y = Number(s.slice(0, 4));
  return y >= YEAR_MIN && y <= YEAR_MAX;
}

/** True where only the month is known (`YYYY-MM`). */
export function isMonthOnly(s: string): boolean {
  return MONTH.test(s);
}

/**
 * Day number (days since 1970-01-01) of the first day a civil date covers.
 * Throws a RangeError for anything that is not a calendar date (never rolls over).
 * @example firstDay('2025-10') === firstDay('2025-10-01')
 */
export function firstDay(s: string): number {
  const p = parts(s);
  if (p === null) throw new RangeError(`not a civil date: ${JSON.stringify(s)}`);
  return dayOf(p[0], p[1], p[2] === 0 ? 1 : p[2]);
}

/**
 * Day number of the last day a civil date covers: a month-only date covers its whole month.
 * @example lastDay('2022-06') === firstDay('2022-06-30')
 */
export function lastDay(s: string): number {
  const p = parts(s);
  if (p === null) throw new RangeError(`not a civil date: ${JSON.stringify(s)}`);
  return p[2] === 0 ? dayOf(p[0], p[1], daysInMonth(p[0], p[1])) : dayOf(p[0], p[1], p[2]);
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** `YYYY-MM-DD` of a day number. */
export function civilFromDay(day: number): string {
  const [y, m, d] = civilOf(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Inclusive day span [first, last] of an event from its start and optional end. */
export function daySpan(start: string, end: string | null): [number, number] {
  const a = firstDay(start);
  const b = end === null ? lastDay(start) : lastDay(end);
  return [a, Math.max(a, b)];
}

/** Add whole calendar months to a day number, clamping to the target month's length (for PageUp/PageDown). */
export function addMonths(day: number, months: number): number {
  const [y, m, d] = civilOf(day);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return dayOf(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/**
 * Orders statement dates: unknown (null) is oldest, a month-only date sorts
 * before any day of that month (we do not know it was later).
 */
export function compareClaimDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  const fa = firstDay(a);
  const fb = firstDay(b);
  if (fa !== fb) return fa - fb;
  return isMonthOnly(a) === isMonthOnly(b) ? 0 : isMonthOnly(a) ? -1 : 1;
}
