/**
 * How many incidents each filter option decides, following the window.
 * Built per (dataset, filters, view) as one span counter per option; a window
 * change then costs two binary searches per option.
 */
import type { Incident } from './types.ts';
import { actorBit, actorsMask, attributionMask, compileFilters, type DayWindow, type FilterQuery } from './filters.ts';
import { countOverlapping, makeSpanCounter, type SpanCounter } from './spans.ts';
import type { DatasetColumns } from './timeIndex.ts';
import { ACTORS, COUNTRIES, INCIDENT_TYPES, type ActorId, type Country, type IncidentType } from './vocab.ts';

/**
 * Per option, the number of incidents in the current window that, under the
 * other active filters, are shown only because this option is checked:
 * checking an unchecked option adds them; unchecking a checked one hides them.
 */
export interface OptionCounts {
  actors: Record<ActorId, number>;
  types: Record<IncidentType, number>;
  countries: Record<Country, number>;
}

/** Span counters per option; query with {@link optionCounts}. */
export interface OptionCountIndex {
  actors: Record<ActorId, SpanCounter>;
  types: Record<IncidentType, SpanCounter>;
  countries: Record<Country, SpanCounter>;
}

type Spans = { s: number[]; e: number[] };
const spansFor = <K extends string>(keys: readonly K[]): Record<K, Spans> =>
  Object.fromEntries(keys.map((k) => [k, { s: [], e: [] }])) as unknown as Record<K, Spans>;
const counters = <K extends string>(r: Record<K, Spans>): Record<K, SpanCounter> =>
  Object.fromEntries(Object.entries<Spans>(r).map(([k, v]) => [k, makeSpanCounter(v.s, v.e)])) as Record<K, SpanCounter>;

/** Builds the per-option counters over the counted incidents (cols.counted). */
export function buildOptionCounts(incidents: readonly Incident[], cols: DatasetColumns, q: FilterQuery): OptionCountIndex {
  const hiddenA = actorsMask(q.hiddenActors);
  const hiddenT = new Set<string>(q.hiddenTypes);
  const hiddenC = new Set<string>(q.hiddenCountries);
  const a = spansFor(ACTORS);
  const t = spansFor(INCIDENT_TYPES);
  const c = spansFor(COUNTRIES);
  incidents.forEach((i, k) => {
    if (cols.counted[k] !== 1) return;
    const s = cols.start[k] as number;
    const e = cols.end[k] as number;
    const add = (x: Spans): void => {
      x.s.push(s);
      x.e.push(e);
    };
    const mask = attributionMask(i, q.claimView);
    const shown = mask & ~hiddenA;
    const passA = shown !== 0;
    const passT = !hiddenT.has(i.type);
    const passC = !hiddenC.has(i.country);
    if (passA && passC) add(t[i.type]);
    if (passA && passT) add(c[i.country]);
    if (!passT || !passC) return;
    // Actor o decides this incident iff o is among its actors and no other of them is shown.
    for (const o of ACTORS) {
      const bit = actorBit(o);
      if ((mask & bit) !== 0 && (shown & ~bit) === 0) add(a[o]);
    }
  });
  return { actors: counters(a), types: counters(t), countries: counters(c) };
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
    actors: toggle(ACTORS, q.hiddenActors, (h) => ({ ...q, hiddenActors: h })),
    types: toggle(INCIDENT_TYPES, q.hiddenTypes, (h) => ({ ...q, hiddenTypes: h })),
    countries: toggle(COUNTRIES, q.hiddenCountries, (h) => ({ ...q, hiddenCountries: h })),
  };
}
