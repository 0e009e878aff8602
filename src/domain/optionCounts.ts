/**
 * How many incidents each filter option decides, following the window.
 * Built per (dataset, filters, view) as one span counter per option; a window
 * change then costs two binary searches per option.
 */
import type { Incident } from './types.ts';
import { compileFilters, type DayWindow, type FilterQuery } from './filters.ts';
import { countOverlapping, type SpanCounter } from './spans.ts';
import { hiddenBits, type DatasetTables, type ViewTables } from './tables.ts';
import type { DatasetColumns } from './timeIndex.ts';
import { ATTRIBUTION_OPTIONS, COUNTRIES, INCIDENT_TYPES, type AttributionOption, type Country, type IncidentType } from './vocab.ts';

/**
 * Per option, the number of incidents in the current window that, under the
 * other active filters, are shown only because this option is checked:
 * checking an unchecked option adds them; unchecking a checked one hides them.
 */
export interface OptionCounts {
  actors: Record<AttributionOption, number>;
  types: Record<IncidentType, number>;
  countries: Record<Country, number>;
}

/** Span counters per option; query with {@link optionCounts}. */
export interface OptionCountIndex {
  actors: Record<AttributionOption, SpanCounter>;
  types: Record<IncidentType, SpanCounter>;
  countries: Record<Country, SpanCounter>;
}

const A = ATTRIBUTION_OPTIONS.length;
const T = INCIDENT_TYPES.length;
const SLOTS = A + T + COUNTRIES.length;

/**
 * The option slots each counted incident counts for, as a bit set: bits
 * 0..A-1 actors, then types, then countries (21 bits).
 */
function slotMasks(t: DatasetTables, v: ViewTables, q: FilterQuery): Uint32Array {
  const h = hiddenBits(q);
  const n = t.type.length;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (t.cols.counted[i] !== 1) continue;
    const mask = v.actors[i] as number;
    const shown = mask & ~h.actors;
    const ty = t.type[i] as number;
    const co = t.country[i] as number;
    const passT = ((1 << ty) & h.types) === 0;
    const passC = ((1 << co) & h.countries) === 0;
    let m = 0;
    if (shown !== 0 && passC) m |= 1 << (A + ty);
    if (shown !== 0 && passT) m |= 1 << (A + T + co);
    // Actor o decides the incident iff o is among its actors and no other of them is shown.
    if (passT && passC) m |= shown === 0 ? mask : (shown & (shown - 1)) === 0 ? shown : 0;
    out[i] = m >>> 0;
  }
  return out;
}

/**
 * Builds the per-option counters from the tables: linear passes in start
 * order and in end order, no sort and no callback per row.
 */
export function buildOptionCounts(t: DatasetTables, v: ViewTables, q: FilterQuery): OptionCountIndex {
  const slots = slotMasks(t, v, q);
  const counts = new Int32Array(SLOTS);
  for (let k = 0; k < t.byStart.length; k++) {
    let m = slots[t.byStart[k] as number] as number;
    while (m !== 0) {
      const bit = 31 - Math.clz32(m & -m);
      counts[bit] = (counts[bit] as number) + 1;
      m &= m - 1;
    }
  }
  const gather = (order: Int32Array, day: Int32Array): Int32Array[] => {
    const out = Array.from(counts, (c) => new Int32Array(c));
    const fill = new Int32Array(SLOTS);
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      let m = slots[i] as number;
      while (m !== 0) {
        const bit = 31 - Math.clz32(m & -m);
        const at = fill[bit] as number;
        (out[bit] as Int32Array)[at] = day[i] as number;
        fill[bit] = at + 1;
        m &= m - 1;
      }
    }
    return out;
  };
  const starts = gather(t.byStart, t.cols.start);
  const ends = gather(t.byEnd, t.cols.end);
  const counter = (slot: number): SpanCounter => ({ starts: starts[slot] as Int32Array, ends: ends[slot] as Int32Array });
  return {
    actors: Object.fromEntries(ATTRIBUTION_OPTIONS.map((a, k) => [a, counter(k)])) as Record<AttributionOption, SpanCounter>,
    types: Object.fromEntries(INCIDENT_TYPES.map((x, k) => [x, counter(A + k)])) as Record<IncidentType, SpanCounter>,
    countries: Object.fromEntries(COUNTRIES.map((x, k) => [x, counter(A + T + k)])) as Record<Country, SpanCounter>,
  };
}

/** The counts of every option for a window. */
export function optionCounts(ix: OptionCountIndex, w: DayWindow): OptionCounts {
  const count = <K extends string>(r: Record<K, SpanCounter>): Record<K, number> =>
    Object.fromEntries(Object.entries<SpanCounter>(r).map(([k, v]) => [k, countOverlapping(v, w)])) as Record<K, number>;
  return { actors: count(ix.actors), types: count(ix.types), countries: count(ix.countries) };
}

/** Brute-force reference of {@link optionCounts}: toggles each option and diffs the visible counts. */
export function optionCountsBrute(incidents: readonly Incident[], cols: DatasetColumns, q: FilterQuery, w: DayWindow): OptionCounts {
  const visible = (qq: FilterQuery): number => {
    const pass = compileFilters(qq);
    let n = 0;
    incidents.forEach((i, k) => {
      if (cols.counted[k] === 1 && pass(i) && (cols.start[k] as number) <= w.end && (cols.end[k] as number) >= w.start) n++;
    });
    return n;
  };
  const toggle = <K extends string>(list: readonly K[], hidden: readonly K[], set: (h: K[]) => FilterQuery): Record<K, number> =>
    Object.fromEntries(
      list.map((o) => {
        const without = hidden.filter((h) => h !== o);
        return [o, visible(set(without)) - visible(set([...without, o]))];
      }),
    ) as Record<K, number>;
  return {
    actors: toggle(ATTRIBUTION_OPTIONS, q.hiddenActors, (h) => ({ ...q, hiddenActors: h })),
    types: toggle(INCIDENT_TYPES, q.hiddenTypes, (h) => ({ ...q, hiddenTypes: h })),
    countries: toggle(COUNTRIES, q.hiddenCountries, (h) => ({ ...q, hiddenCountries: h })),
  };
}
