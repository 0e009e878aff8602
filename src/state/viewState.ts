/**
 * The user's intent — the whole of it that the URL holds. Nothing derived
 * (visible incidents, totals, bins) is stored: selectors compute it.
 */
import type { ClaimView } from '../domain/filters.ts';
import type { HistogramMetric } from '../domain/histogram.ts';
import type { AttributionOption, Count, Country, IncidentType } from '../domain/vocab.ts';

export type { ClaimView } from '../domain/filters.ts';
export type { HistogramMetric } from '../domain/histogram.ts';

/** Map camera; null = fit the data (the map chooses). */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** How the incident list is ordered. */
export interface Sort {
  key: 'date' | 'casualties';
  dir: 'asc' | 'desc';
}

/** The view: everything a reload or a shared link must restore. */
export interface ViewState {
  /** Inclusive civil dates YYYY-MM-DD; null = the whole span of the data. */
  window: { start: string; end: string } | null;
  claimView: ClaimView;
  /** Whose dead the figures count: all killed, or one category (sizes, sort, histogram, totals follow it). */
  count: Count;
  /** Lists are kept in vocabulary order (ATTRIBUTION_OPTIONS, INCIDENT_TYPES, COUNTRIES) so equal filters are equal values. */
  hiddenActors: AttributionOption[];
  hiddenTypes: IncidentType[];
  hiddenCountries: Country[];
  selectedId: string | null;
  camera: Camera | null;
  sort: Sort;
  histogramMetric: HistogramMetric;
  /** The search box's text as typed ('' = no search); matching folds case and diacritics (domain/search.ts). */
  search: string;
}

/**
 * Defaults. The claim view starts at COMPARE: opening on either government's
 * account would take its side; Compare shows PAK, AFG and independent figures
 * side by side, and one click narrows to a single account. Everything starts
 * unfiltered over the whole span, the list in date order (oldest first).
 */
export const DEFAULT_VIEW: ViewState = {
  window: null,
  claimView: 'COMPARE',
  count: 'ALL',
  hiddenActors: [],
  hiddenTypes: [],
  hiddenCountries: [],
  selectedId: null,
  camera: null,
  sort: { key: 'date', dir: 'asc' },
  histogramMetric: 'incidents',
  search: '',
};

/** Decimal places of lat/lon at a zoom: about one screen pixel (as maplibre's URL hash does). */
export function cameraPrecision(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

/** Rounds a camera to what the URL keeps (zoom to 2 decimals, lon/lat by zoom) so state and URL agree exactly. */
export function roundCamera(c: Camera): Camera {
  const zoom = Math.round(Math.min(24, Math.max(0, c.zoom)) * 100) / 100;
  const p = 10 ** cameraPrecision(zoom);
  const lat = Math.round(Math.min(85, Math.max(-85, c.lat)) * p) / p;
  const lon = Math.round((((((c.lon + 180) % 360) + 360) % 360) - 180) * p) / p;
  return { zoom: zoom + 0, lat: lat + 0, lon: lon + 0 };
}
