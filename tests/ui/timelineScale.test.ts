import { describe, expect, it } from 'vitest';
import { civilFromDay, firstDay } from '../../src/domain/civilDate.ts';
import { makeScale, shiftWindow, stepWindow, yearTicks } from '../../src/ui/timeline/scale.ts';
import { withParam, withoutParam } from '../../src/ui/keepParam.ts';

const d = firstDay;
const span = { start: d('2021-11-09'), end: d('2025-12-06') };
const w = { start: d('2023-01-31'), end: d('2024-06-30') };
const civil = (x: { start: number; end: number } | null) => (x === null ? null : `${civilFromDay(x.start)}..${civilFromDay(x.end)}`);

describe('timeline handles', () => {
  it('move a day with the arrows and a month with PageUp/PageDown, clamped to the month length', () => {
    expect(civil(stepWindow(w, span, 'start', 'ArrowRight'))).toBe('2023-02-01..2024-06-30');
    expect(civil(stepWindow(w, span, 'start', 'ArrowLeft'))).toBe('2023-01-30..2024-06-30');
    expect(civil(stepWindow(w, span, 'start', 'PageUp'))).toBe('2023-02-28..2024-06-30');
    expect(civil(stepWindow(w, span, 'end', 'PageDown'))).toBe('2023-01-31..2024-05-30');
  });

  it('go to their limits with Home/End: the span ends, or the other handle', () => {
    expect(civil(stepWindow(w, span, 'start', 'Home'))).toBe('2021-11-09..2024-06-30');
    expect(civil(stepWindow(w, span, 'start', 'End'))).toBe('2024-06-30..2024-06-30');
    expect(civil(stepWindow(w, span, 'end', 'Home'))).toBe('2023-01-31..2023-01-31');
    expect(civil(stepWindow(w, span, 'end', 'End'))).toBe('2023-01-31..2025-12-06');
  });

  it('ignore other keys', () => {
    expect(stepWindow(w, span, 'start', 'a')).toBeNull();
  });

  it('never pass each other or leave the span', () => {
    const tight = { start: d('2024-01-01'), end: d('2024-01-01') };
    expect(civil(stepWindow(tight, span, 'start', 'ArrowRight'))).toBe('2024-01-01..2024-01-01');
    expect(civil(stepWindow({ start: span.start, end: w.end }, span, 'start', 'PageDown'))).toBe('2021-11-09..2024-06-30');
  });

  it('drag the window keeping its length, stopping at the span ends', () => {
    expect(civil(shiftWindow(w, span, 10_000))).toBe(`${civilFromDay(span.end - (w.end - w.start))}..2025-12-06`);
    expect(civil(shiftWindow(w, span, -10_000))).toBe(`2021-11-09..${civilFromDay(span.start + (w.end - w.start))}`);
  });

  it('map pixels to days and back within the span', () => {
    const s = makeScale(span, 1000);
    expect(s.day(0)).toBe(span.start);
    expect(s.day(1000)).toBe(span.end);
    expect(s.day(s.x(w.start))).toBe(w.start);
    expect(yearTicks(span).map((t) => t.label)).toEqual(['2022', '2023', '2024', '2025']);
  });
});

describe('?data= kept through URL writes', () => {
  it('is removed from the query the view codec sees and appended to every URL it writes', () => {
    expect(withoutParam('?data=bench/x.ndjson&v=pak', 'data')).toBe('?v=pak');
    expect(withoutParam('?data=x', 'data')).toBe('');
    expect(withParam('/app/?v=pak#h', 'data', 'bench/x y.ndjson')).toBe('/app/?v=pak&data=bench%2Fx%20y.ndjson#h');
    expect(withParam('/app/', 'data', 'x')).toBe('/app/?data=x');
  });
});
