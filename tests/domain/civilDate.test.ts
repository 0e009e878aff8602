import { describe, expect, it } from 'vitest';
import { addMonths, civilFromDay, compareClaimDates, daySpan, firstDay, isCivilDate, lastDay } from '../../src/domain/civilDate.ts';

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
