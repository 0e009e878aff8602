/**
 * The state↔URL schema: one row per view field, each with its parameter
 * name, encoder, decoder and default. `decode` returns undefined for an
 * invalid value, which makes that field fall back to its default.
 *
 * Example: ?w=2024-01-01..2025-12-31&v=pak&count=pak-security&ha=TTP,UNKNOWN&id=mir-ali-2025-06-28&map=6.5/33.01/70.12&sort=casualties-desc&q=mir%20ali
 */
import { isCivilDate } from '../domain/civilDate.ts';
import { MAX_QUERY } from '../domain/search.ts';
import { CLAIM_VIEWS } from '../domain/filters.ts';
import { ATTRIBUTION_OPTIONS, COUNTRIES, COUNTS, INCIDENT_TYPES } from '../domain/vocab.ts';
import { cameraPrecision, roundCamera, type ViewState } from '../state/viewState.ts';

/** One URL parameter bound to one field of the view. */
export interface Param<K extends keyof ViewState> {
  name: string;
  key: K;
  encode(value: ViewState[K]): string;
  decode(raw: string): ViewState[K] | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

function list<T extends string>(vocab: readonly T[]) {
  return {
    encode: (v: readonly T[]): string => v.join(','),
    decode(raw: string): T[] | undefined {
      const tokens = raw === '' ? [] : raw.split(',');
      if (!tokens.every((t) => (vocab as readonly string[]).includes(t))) return undefined;
      return vocab.filter((x) => tokens.includes(x));
    },
  };
}

const claimView: Param<'claimView'> = {
  name: 'v',
  key: 'claimView',
  encode: (v) => v.toLowerCase(),
  decode: (raw) => CLAIM_VIEWS.find((v) => v.toLowerCase() === raw),
};

const count: Param<'count'> = {
  name: 'count',
  key: 'count',
  encode: (c) => c.toLowerCase().replace('_', '-'),
  decode: (raw) => COUNTS.find((c) => c.toLowerCase().replace('_', '-') === raw),
};

const window: Param<'window'> = {
  name: 'w',
  key: 'window',
  encode: (w) => (w ? `${w.start}..${w.end}` : ''),
  decode(raw) {
    const [start, end, extra] = raw.split('..');
    if (extra !== undefined || start === undefined || end === undefined) return undefined;
    const ok = (d: string) => DAY.test(d) && isCivilDate(d);
    return ok(start) && ok(end) && start <= end ? { start, end } : undefined;
  },
};

const camera: Param<'camera'> = {
  name: 'map',
  key: 'camera',
  encode: (c) => (c ? `${c.zoom}/${c.lat.toFixed(cameraPrecision(c.zoom))}/${c.lon.toFixed(cameraPrecision(c.zoom))}` : ''),
  decode(raw) {
    const parts = raw.split('/');
    if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return undefined;
    const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
    if (zoom < 0 || zoom > 24 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return undefined;
    return roundCamera({ zoom, lat, lon });
  },
};

const SORTS = ['date-asc', 'date-desc', 'casualties-asc', 'casualties-desc'] as const;
const sort: Param<'sort'> = {
  name: 'sort',
  key: 'sort',
  encode: (s) => `${s.key}-${s.dir}`,
  decode(raw) {
    if (!(SORTS as readonly string[]).includes(raw)) return undefined;
    const [key, dir] = raw.split('-') as ['date' | 'casualties', 'asc' | 'desc'];
    return { key, dir };
  },
};

/** The table, in the order parameters appear in the URL. */
export const PARAMS = [
  window,
  claimView,
  count,
  { name: 'ha', key: 'hiddenActors', ...list(ATTRIBUTION_OPTIONS) } satisfies Param<'hiddenActors'>,
  { name: 'ht', key: 'hiddenTypes', ...list(INCIDENT_TYPES) } satisfies Param<'hiddenTypes'>,
  { name: 'hc', key: 'hiddenCountries', ...list(COUNTRIES) } satisfies Param<'hiddenCountries'>,
  {
    name: 'id',
    key: 'selectedId',
    encode: (id) => id ?? '',
    decode: (raw) => (SLUG.test(raw) ? raw : undefined),
  } satisfies Param<'selectedId'>,
  camera,
  sort,
  {
    name: 'hist',
    key: 'histogramMetric',
    encode: (m) => m,
    decode: (raw) => (raw === 'incidents' || raw === 'killed' ? raw : undefined),
  } satisfies Param<'histogramMetric'>,
  {
    name: 'q',
    key: 'search',
    encode: (q) => q,
    decode: (raw) => (raw.length <= MAX_QUERY ? raw : undefined),
  } satisfies Param<'search'>,
] as const;
