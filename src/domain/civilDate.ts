/**
 * Civil dates (`YYYY-MM-DD`, or `YYYY-MM` with month precision) and day
 * numbers. This is the only module that touches `Date`, and it does so in UTC
 * only, so the user's time zone can never shift a day.
 */

const DAY_MS = 86_400_000;
const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** True for a real calendar date `YYYY-MM-DD` or month `YYYY-MM` (no 31 Feb). */
export function isCivilDate(s: string): boolean {
  const full = FULL.exec(s);
  if (full) {
    const [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
    if (m < 1 || m > 12 || d < 1) return false;
    return d <= daysInMonth(y, m);
  }
  const month = MONTH.exec(s);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12;
  }
  return false;
}

/** True where only the month is known (`YYYY-MM`). */
export function isMonthOnly(s: string): boolean {
  return MONTH.test(s);
}

/** Number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Day number (days since 1970-01-01) of the first day a civil date covers.
 * @example firstDay('2025-10') === firstDay('2025-10-01')
 */
export function firstDay(s: string): number {
  const full = FULL.exec(s);
  if (full) return Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3])) / DAY_MS;
  const month = MONTH.exec(s);
  if (month) return Date.UTC(Number(month[1]), Number(month[2]) - 1, 1) / DAY_MS;
  throw new RangeError(`not a civil date: ${JSON.stringify(s)}`);
}

/**
 * Day number of the last day a civil date covers: a month-only date covers its whole month.
 * @example lastDay('2022-06') === firstDay('2022-06-30')
 */
export function lastDay(s: string): number {
  const month = MONTH.exec(s);
  if (month) return firstDay(s) + daysInMonth(Number(month[1]), Number(month[2])) - 1;
  return firstDay(s);
}

/** `YYYY-MM-DD` of a day number. */
export function civilFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Inclusive day span [first, last] of an event from its start and optional end. */
export function daySpan(start: string, end: string | null): [number, number] {
  const a = firstDay(start);
  const b = end === null ? lastDay(start) : lastDay(end);
  return [a, Math.max(a, b)];
}

/** Add whole calendar months to a day number, clamping to the target month's length (for PageUp/PageDown). */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1));
  const dim = daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1);
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), dim)) / DAY_MS;
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
