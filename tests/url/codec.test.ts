import { describe, expect, it } from 'vitest';
import { encode, decode, decodeWithReport, MAX_VALUE_LENGTH } from '../../src/url/codec.ts';
import { DEFAULT_VIEW, roundCamera, type ViewState } from '../../src/state/viewState.ts';
import { CLAIM_VIEWS } from '../../src/domain/filters.ts';
import { civilFromDay, firstDay } from '../../src/domain/civilDate.ts';
import { ATTRIBUTION_OPTIONS, COUNTRIES, COUNTS, INCIDENT_TYPES } from '../../src/domain/vocab.ts';
import { rng } from '../domain/logicFactories.ts';

function randomView(r: () => number): ViewState {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const subset = <T,>(xs: readonly T[]): T[] => xs.filter(() => r() < 0.3);
  const a = firstDay('2021-01-01') + Math.floor(r() * 1800);
  return {
    window: r() < 0.2 ? null : { start: civilFromDay(a), end: civilFromDay(a + Math.floor(r() * 400)) },
    claimView: pick(CLAIM_VIEWS),
    count: pick(COUNTS),
    hiddenActors: subset(ATTRIBUTION_OPTIONS),
    hiddenTypes: subset(INCIDENT_TYPES),
    hiddenCountries: subset(COUNTRIES),
    selectedId: r() < 0.5 ? null : `incident-${Math.floor(r() * 1000)}-x`,
    camera: r() < 0.3 ? null : roundCamera({ zoom: r() * 18, lat: 20 + r() * 20, lon: 55 + r() * 25 }),
    sort: { key: pick(['date', 'casualties'] as const), dir: pick(['asc', 'desc'] as const) },
    histogramMetric: pick(['incidents', 'killed'] as const),
    search: r() < 0.5 ? '' : pick(['Mir Ali', 'mīrān shāh', 'a&b=c?d', '100% + #1', ' padded ', 'میر علی']),
  };
}

describe('URL round trip', () => {
  it('decode(encode(s)) deep-equals s for 500 random views', () => {
    const r = rng(2024);
    for (let k = 0; k < 500; k++) {
      const s = randomView(r);
      expect(decode(encode(s))).toEqual(s);
    }
  });

  it('the default view encodes to an empty query', () => {
    expect(encode(DEFAULT_VIEW)).toBe('');
    expect(decode('')).toEqual(DEFAULT_VIEW);
  });

  it('writes a readable query in table order', () => {
    const s: ViewState = {
      ...DEFAULT_VIEW,
      window: { start: '2024-01-01', end: '2025-12-31' },
      claimView: 'PAK',
      count: 'PAK_SECURITY',
      hiddenActors: ['TTP', 'UNKNOWN'],
      selectedId: 'mir-ali-2025-06-28',
      camera: { zoom: 6.5, lat: 33.01, lon: 70.12 },
      sort: { key: 'casualties', dir: 'desc' },
      search: 'mir ali',
    };
    expect(encode(s)).toBe('?w=2024-01-01..2025-12-31&v=pak&count=pak-security&ha=TTP,UNKNOWN&id=mir-ali-2025-06-28&map=6.5/33.010/70.120&sort=casualties-desc&q=mir%20ali');
  });
});

describe('invalid parameters fall back to their defaults', () => {
  const cases: [string, string][] = [
    ['w=2025-02-30..2025-03-01', 'impossible date'],
    ['w=2025-06-01..2025-01-01', 'start after end'],
    ['w=2025-06..2025-07', 'month-only bounds'],
    ['w=yesterday', 'not a range'],
    ['v=official', 'unknown claim view'],
    ['v=PAK', 'wrong case'],
    ['ha=TTP,NOPE', 'unknown actor'],
    ['ht=airstrike,bombing', 'unknown type'],
    ['hc=IND', 'unknown country'],
    ['id=<script>', 'not a slug'],
    ['map=6/95/70', 'latitude out of range'],
    ['map=6/33', 'missing longitude'],
    ['map=abc/1/2', 'not numbers'],
    ['sort=size-asc', 'unknown sort'],
    ['hist=deaths', 'unknown metric'],
    ['count=all-dead', 'unknown count'],
    ['count=PAK_SECURITY', 'count in the vocabulary spelling, not the URL one'],
    ['%E0%A4%A=1&v=%', 'broken percent-encoding'],
  ];
  for (const [query, why] of cases) {
    it(`${query} (${why})`, () => {
      expect(decode(`?${query}`)).toEqual(DEFAULT_VIEW);
    });
  }

  it('one invalid parameter does not spoil the valid ones', () => {
    expect(decode('?v=afg&w=nonsense&ha=BLA')).toEqual({ ...DEFAULT_VIEW, claimView: 'AFG', hiddenActors: ['BLA'] });
  });

  it('hidden lists come back in vocabulary order without duplicates', () => {
    expect(decode('?ha=UNKNOWN,TTP,TTP').hiddenActors).toEqual(['TTP', 'UNKNOWN']);
  });
});

describe('length caps', () => {
  const longId = 'a'.repeat(100_000);

  it('a 100 KB id is not read, so no URL the app writes carries it', () => {
    const { view, ignored } = decodeWithReport(`?v=afg&id=${longId}`);
    expect(view).toEqual({ ...DEFAULT_VIEW, claimView: 'AFG' });
    expect(ignored).toEqual([{ name: 'id', reason: 'too-long', length: 100_000 }]);
    expect(encode(view)).toBe('?v=afg');
  });

  it('reads an id at the cap and refuses one character more', () => {
    const at = 'a'.repeat(MAX_VALUE_LENGTH);
    expect(decode(`?id=${at}`).selectedId).toBe(at);
    expect(decode(`?id=${at}a`).selectedId).toBeNull();
  });

  it('caps every parameter, not only the id', () => {
    const long = `${'TTP,'.repeat(60)}TTP`;
    expect(long.length).toBeGreaterThan(MAX_VALUE_LENGTH);
    expect(decodeWithReport(`?ha=${long}`).ignored).toEqual([{ name: 'ha', reason: 'too-long', length: long.length }]);
  });

  it('the longest value a view can hold fits under the cap', () => {
    const full: ViewState = {
      ...DEFAULT_VIEW,
      window: { start: '2021-11-09', end: '2025-12-06' },
      hiddenActors: [...ATTRIBUTION_OPTIONS],
      hiddenTypes: [...INCIDENT_TYPES],
      hiddenCountries: [...COUNTRIES],
      camera: roundCamera({ zoom: 23.99, lat: -84.123456789, lon: -179.123456789 }),
      sort: { key: 'casualties', dir: 'desc' },
    };
    for (const [name, value] of new URLSearchParams(encode(full))) expect(value.length, name).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
    expect(decode(encode(full))).toEqual(full);
  });

  it('reports each parameter that was present but invalid, and only those', () => {
    expect(decodeWithReport('?v=official&w=2025-02-30..2025-03-01&sort=date-desc').ignored).toEqual([
      { name: 'w', reason: 'invalid', length: 22 },
      { name: 'v', reason: 'invalid', length: 8 },
    ]);
    expect(decodeWithReport('?v=pak&id=mir-ali-2025-06-28').ignored).toEqual([]);
  });

  it('an id like "constructor" or "__proto__" is read as a plain value (the data check drops it)', () => {
    expect(decode('?id=constructor').selectedId).toBe('constructor');
    expect(decode('?id=__proto__').selectedId).toBeNull(); // not a slug
    expect(Object.getPrototypeOf(decode('?__proto__=x&constructor=y'))).toBe(Object.prototype);
  });
});
