import { describe, expect, it } from 'vitest';
import { civilFromDay, firstDay } from '../../src/domain/civilDate.ts';
import { layoutMarks, MARK_PX } from '../../src/ui/timeline/marks.ts';
import { DATE_LABEL_PX, makeScale, moveWindow, shiftWindow, stepWindow, windowLabels, yearTicks } from '../../src/ui/timeline/scale.ts';
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

describe('the "Time window" slider', () => {
  it('moves both ends by a day with the arrows, keeping the length', () => {
    expect(civil(moveWindow(w, span, 'ArrowRight'))).toBe('2023-02-01..2024-07-01');
    expect(civil(moveWindow(w, span, 'ArrowLeft'))).toBe('2023-01-30..2024-06-29');
    expect(civil(moveWindow(w, span, 'ArrowUp'))).toBe('2023-02-01..2024-07-01');
  });

  it('moves by a month of its start with PageUp/PageDown, keeping the length', () => {
    // 2023-01-31 + 1 month = 2023-02-28 (28 days later); the end moves the same 28 days.
    expect(civil(moveWindow(w, span, 'PageUp'))).toBe('2023-02-28..2024-07-28');
    expect(civil(moveWindow(w, span, 'PageDown'))).toBe('2022-12-31..2024-05-30');
  });

  it('goes to the span ends with Home/End and never leaves the span', () => {
    const len = w.end - w.start;
    expect(civil(moveWindow(w, span, 'Home'))).toBe(`2021-11-09..${civilFromDay(span.start + len)}`);
    expect(civil(moveWindow(w, span, 'End'))).toBe(`${civilFromDay(span.end - len)}..2025-12-06`);
    const atEnd = { start: span.end - 10, end: span.end };
    expect(civil(moveWindow(atEnd, span, 'ArrowRight'))).toBe(civil(atEnd));
    expect(moveWindow(w, span, 'a')).toBeNull();
  });
});

describe('window date labels', () => {
  it('sit one at each end while both fit, else merge into one label kept on the track', () => {
    expect(windowLabels(100, 100 + 2 * DATE_LABEL_PX + 8, 1000)).toEqual({ merged: false });
    expect(windowLabels(500, 520, 1000)).toEqual({ merged: true, centre: 510 });
    // At either edge of the track the merged label is pulled inside it.
    expect(windowLabels(0, 4, 1000)).toEqual({ merged: true, centre: DATE_LABEL_PX + 8 });
    expect(windowLabels(996, 1000, 1000)).toEqual({ merged: true, centre: 1000 - DATE_LABEL_PX - 8 });
  });
});

describe('talks marks', () => {
  const overlaps = (a: { left: number; width: number }, b: { left: number; width: number }) => a.left < b.left + b.width - 1e-9 && b.left < a.left + a.width - 1e-9;

  it('are at least 24 px wide, centred on their dates when alone', () => {
    const boxes = layoutMarks([{ x0: 100, x1: 101 }, { x0: 400, x1: 500 }], 1000);
    expect(boxes).toEqual([{ left: 100.5 - MARK_PX / 2, width: MARK_PX }, { left: 400, width: 100 }]);
  });

  it('never overlap, even for three events a few pixels apart (Doha and the two Istanbul rounds)', () => {
    const boxes = layoutMarks([{ x0: 980, x1: 981 }, { x0: 985, x1: 989 }, { x0: 993, x1: 994 }], 1000);
    expect(boxes.every((b) => b.width >= MARK_PX)).toBe(true);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    expect(boxes.every((b) => b.left >= 0 && b.left + b.width <= 1000)).toBe(true);
    expect(boxes.map((b) => b.left)).toEqual([1000 - 3 * MARK_PX, 1000 - 2 * MARK_PX, 1000 - MARK_PX]);
  });

  it('keep their order when an event starts inside a longer one', () => {
    const boxes = layoutMarks([{ x0: 100, x1: 200 }, { x0: 199, x1: 200 }], 1000);
    expect(boxes[0]).toEqual({ left: 100, width: 100 });
    expect(boxes[1]).toEqual({ left: 200, width: MARK_PX });
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
