import { describe, expect, it } from 'vitest';
import { figureValue, formatFigure, sumFigures } from '../../src/domain/figures.ts';
import type { Figure } from '../../src/domain/types.ts';

const fig = (n: number | null, max: number | null = null, qualifier: Figure['qualifier'] = null): Figure => ({ n, max, qualifier });

describe('formatFigure', () => {
  it.each([
    [fig(13), '13'],
    [fig(0), '0'],
    [fig(223, null, 'over'), 'over 223'],
    [fig(46, 48), '46–48'],
    [fig(16, null, 'at least'), 'at least 16'],
    [fig(15, 20, 'about'), 'about 15–20'],
    [fig(90, null, 'nearly'), 'nearly 90'],
    [fig(null, null, 'dozens'), 'dozens'],
    [null, '—'],
  ])('formats %j as %s', (f, text) => {
    expect(formatFigure(f)).toBe(text);
  });
});

describe('figureValue', () => {
  it('is the stated number, the lower end of a range, or null', () => {
    expect(figureValue(fig(13))).toBe(13);
    expect(figureValue(fig(46, 48))).toBe(46);
    expect(figureValue(fig(null, null, 'dozens'))).toBeNull();
    expect(figureValue(null)).toBeNull();
  });
});

describe('sumFigures', () => {
  it('adds exact figures', () => {
    expect(sumFigures([fig(58), fig(9)])).toEqual(fig(67));
  });

  it('keeps a qualifier of any part', () => {
    expect(sumFigures([fig(23), fig(200, null, 'over')])).toEqual(fig(223, null, 'over'));
  });

  it('keeps a range a range, adding lower and upper ends', () => {
    expect(sumFigures([fig(30), fig(16, 18)])).toEqual(fig(46, 48));
    expect(sumFigures([fig(7, 8), fig(10, 15)])).toEqual(fig(17, 23));
  });

  it('skips parts that are not stated, and is null when none is', () => {
    expect(sumFigures([fig(29), null])).toEqual(fig(29));
    expect(sumFigures([null, null])).toBeNull();
    expect(sumFigures([])).toBeNull();
  });

  it('mixes "at least" and "over" as "over", and anything with "about" as "about"', () => {
    expect(sumFigures([fig(5, null, 'at least'), fig(200, null, 'over')])).toEqual(fig(205, null, 'over'));
    expect(sumFigures([fig(5, null, 'at least'), fig(90, null, 'nearly')])).toEqual(fig(95, null, 'about'));
  });

  it('keeps "dozens" alone, and reads dozens plus numbers as over the numbers', () => {
    expect(sumFigures([fig(null, null, 'dozens')])).toEqual(fig(null, null, 'dozens'));
    expect(sumFigures([fig(null, null, 'dozens'), fig(5)])).toEqual(fig(5, null, 'over'));
  });

  it('keeps a zero a zero', () => {
    expect(sumFigures([fig(0), null])).toEqual(fig(0));
  });
});
