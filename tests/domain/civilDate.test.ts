import { describe, expect, it } from 'vitest';
import { addMonths, civilFromDay, compareClaimDates, daySpan, firstDay, isCivilDate, isInYearRange, lastDay, YEAR_MAX, YEAR_MIN } from '../../src/domain/civilDate.ts';

describe('civil dates', () => {
  it('rejects impossible days and accepts month-only dates', () => {
    expect(isCivilDate('2025-02-29')).toBe(false);
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2025-13')).toBe(false);
    expect(isCivilDate('2022-06')).toBe(true);
    expect(isCivilDate('2022-6-1')).toBe(false);
  });

  it('round-trips a day number without a time-zone shift (tests run in Asia/Kabul)', () => {
    expect(civilFromDay(firstDay('2025-10-11'))).toBe('2025-10-11');
    expect(civilFromDay(firstDay('2021-11-09'))).toBe('2021-11-09');
  });

  it('lets a month-only date cover its whole month', () => {
    expect(civilFromDay(firstDay('2022-06'))).toBe('2022-06-01');
    expect(civilFromDay(lastDay('2022-06'))).toBe('2022-06-30');
    expect(daySpan('2022-06', null).map(civilFromDay)).toEqual(['2022-06-01', '2022-06-30']);
  });

  it('moves by calendar months, clamping the day', () => {
    expect(civilFromDay(addMonths(firstDay('2025-01-31'), 1))).toBe('2025-02-28');
    expect(civilFromDay(addMonths(firstDay('2025-03-15'), -2))).toBe('2025-01-15');
  });

  it('orders claim dates with unknown oldest and a month before its days', () => {
    const sorted = ['2025-06-29', null, '2025-06', '2025-06-28'].sort(compareClaimDates);
    expect(sorted).toEqual([null, '2025-06', '2025-06-28', '2025-06-29']);
  });
});

describe('civil dates without Date', () => {
  it('never rolls an impossible day over to the next month', () => {
    expect(() => firstDay('2025-02-30')).toThrow(RangeError);
    expect(() => firstDay('2025-13')).toThrow('not a civil date: "2025-13"');
  });

  it('keeps years 0000–0099 where they are (Date.UTC would move them by 1900)', () => {
    expect(civilFromDay(firstDay('0050-06-15'))).toBe('0050-06-15');
    expect(firstDay('0050-06-15')).toBeLessThan(firstDay('1900-01-01'));
  });

  it('agrees with the epoch and leap years, and prints five-digit years without a sign', () => {
    expect(firstDay('1970-01-01')).toBe(0);
    expect(firstDay('2000-03-01') - firstDay('2000-02-28')).toBe(2);
    expect(firstDay('2100-03-01') - firstDay('2100-02-28')).toBe(1);
    expect(civilFromDay(firstDay('9999-12-31') + 1)).toBe('10000-01-01');
  });

  it('states the years the door accepts', () => {
    expect([isInYearRange('1899-12-31'), isInYearRange('1900-01'), isInYearRange('2100-12-31'), isInYearRange('2101-01-01')]).toEqual([false, true, true, false]);
    expect([YEAR_MIN, YEAR_MAX]).toEqual([1900, 2100]);
  });
});
