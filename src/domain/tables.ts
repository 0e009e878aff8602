/**
 * Typed tables computed once per dataset (and per dataset and view), so a
 * filter or view change is a handful of linear passes over typed arrays —
 * no string parsing, no sorting, no object per incident. At 1M incidents the
 * expensive parts (day spans, headlines) run once, at load.
 */
import { attributionMask, primaryActorIndex, type ClaimView, type FilterQuery, actorsMask } from './filters.ts';
import type { Dataset } from './dataset.ts';
import { sortByDay } from './spans.ts';
import type { DatasetColumns } from './timeIndex.ts';
import { COUNTRIES, INCIDENT_TYPES } from './vocab.ts';

/** Per-dataset tables. */
export interface DatasetTables {
  cols: DatasetColumns;
  /** Index into INCIDENT_TYPES / COUNTRIES of each incident. */
  type: Uint8Array;
  country: Uint8Array;
  /** Counted incidents (dataset indices) sorted by start day, and sorted by end day (ties by index). */
  byStart: Int32Array;
  byEnd: Int32Array;
}

/** Per-(dataset, view) tables. */
export interface ViewTables {
  view: ClaimView;
  /** Attribution mask over ATTRIBUTION_OPTIONS under the view (filters.attributionMask). */
  actors: Uint16Array;
  /** ATTRIBUTION_OPTIONS index of the primary actor under the view (filters.primaryActor). */
  primary: Uint8Array;
}

/** Builds the per-dataset tables from the dataset (its codes when columnar) and its columns. */
export function datasetTables(d: Dataset, cols: DatasetColumns): DatasetTables {
  const n = d.size;
  let type = d.codes?.type;
  let country = d.codes?.country;
  if (type === undefined || country === undefined) {
    type = new Uint8Array(n);
    country = new Uint8Array(n);
    const typeIx = new Map<string, number>(INCIDENT_TYPES.map((t, k) => [t, k]));
    const countryIx = new Map<string, number>(COUNTRIES.map((c, k) => [c, k]));
    for (let i = 0; i < n; i++) {
      const inc = d.incidentAt(i);
      type[i] = typeIx.get(inc.type) ?? 0;
      country[i] = countryIx.get(inc.country) ?? 0;
    }
  }
  let counted = 0;
  for (let i = 0; i < n; i++) if (cols.counted[i] === 1) counted++;
  const rows = new Int32Array(counted);
  for (let i = 0, k = 0; i < n; i++) if (cols.counted[i] === 1) rows[k++] = i;
  return { cols, type, country, byStart: sortByDay(rows, cols.start), byEnd: sortByDay(rows, cols.end) };
}

/** Builds the per-(dataset, view) tables. */
export function viewTables(d: Dataset, view: ClaimView): ViewTables {
  const v = emptyViewTables(view, d.size);
  fillViewTables(v, d, 0, d.size);
  return v;
}

/** View tables for n incidents, to fill in slices with {@link fillViewTables}. */
export function emptyViewTables(view: ClaimView, n: number): ViewTables {
  return { view, actors: new Uint16Array(n), primary: new Uint8Array(n) };
}

/** Fills rows [from, to) of a view's tables (a columnar dataset's from its shared attributions, decoding nothing). */
export function fillViewTables(v: ViewTables, d: Dataset, from: number, to: number): void {
  const codes = d.codes;
  if (codes) {
    const samples = codes.attributionSamples.map((a) => ({ actors: attributionMask(a, v.view), primary: primaryActorIndex(a, v.view) }));
    for (let i = from; i < to; i++) {
      const s = samples[codes.attribution[i] as number];
      v.actors[i] = s?.actors ?? 0;
      v.primary[i] = s?.primary ?? 0;
    }
    return;
  }
  for (let i = from; i < to; i++) {
    const inc = d.incidentAt(i);
    v.actors[i] = attributionMask(inc, v.view);
    v.primary[i] = primaryActorIndex(inc, v.view);
  }
}

/** Bit sets of a query's hidden types and countries (bit k = INCIDENT_TYPES[k] / COUNTRIES[k]). */
export function hiddenBits(q: FilterQuery): { actors: number; types: number; countries: number } {
  let types = 0;
  for (const t of q.hiddenTypes) types |= 1 << INCIDENT_TYPES.indexOf(t);
  let countries = 0;
  for (const c of q.hiddenCountries) countries |= 1 << COUNTRIES.indexOf(c);
  return { actors: actorsMask(q.hiddenActors), types, countries };
}

/** 1 where an incident is counted and passes the filters (same as visible.filterMask, from the tables). */
export function tableFilterMask(t: DatasetTables, v: ViewTables, q: FilterQuery): Uint8Array {
  const h = hiddenBits(q);
  const n = t.type.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[i] =
      t.cols.counted[i] === 1 &&
      ((v.actors[i] as number) & ~h.actors) !== 0 &&
      ((1 << (t.type[i] as number)) & h.types) === 0 &&
      ((1 << (t.country[i] as number)) & h.countries) === 0
        ? 1
        : 0;
  }
  return out;
}

/** The entries of a sorted row list whose `include` flag is 1, order kept. */
export function keepIncluded(sorted: Int32Array, include: Uint8Array): Int32Array {
  let m = 0;
  for (let k = 0; k < sorted.length; k++) if (include[sorted[k] as number] === 1) m++;
  const out = new Int32Array(m);
  for (let k = 0, j = 0; k < sorted.length; k++) if (include[sorted[k] as number] === 1) out[j++] = sorted[k] as number;
  return out;
}
