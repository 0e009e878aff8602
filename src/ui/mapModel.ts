/**
 * Builds the map's model from the state with memoised steps, so the
 * controller's identity diff sees a change only where one happened (a window
 * drag changes `window` and the clusters — never the appearance arrays).
 */
import { MAX_CLUSTER_ZOOM } from '../domain/clusters.ts';
import { sectorPairs, type Dataset } from '../domain/dataset.ts';
import { mergeOverlapping } from '../domain/discs.ts';
import type { DayWindow } from '../domain/filters.ts';
import { ATTRIBUTION_OPTIONS } from '../domain/vocab.ts';
import type { ClusterPoint, IncidentAppearance, IncidentPoints, MapModel, SectorMarker } from '../map/model.ts';
import { clusterRadius } from '../map/incidents/clusters.ts';
import { ACTOR_COLORS, hexToRgb } from '../map/style/colors.ts';
import { memoLast } from '../state/memo.ts';
import { selectLayerColors } from '../state/layersSelectors.ts';
import type { AppState } from '../state/reducer.ts';
import { selectClusterMembers, selectClusters, selectColumns, selectDataset, selectFilterMask, selectPrimaryActors, selectSearchMask, selectSizeValues, selectVisibleIndices, selectWindowDays } from '../state/selectors.ts';
import { MAP_WORDS } from './copy.ts';

/**
 * Up to this many visible incidents only overlapping points (≥ 2 in a cell of
 * D1's grid) become counted discs and every other point is drawn (hiding the
 * members is O(visible) per window step); above it everything is a disc.
 */
export const MIXED_UP_TO = 5000;

/** Point radius in CSS px for a killed value (NaN = no figure: the smallest size, not "0 killed"). */
export function radiusFor(killed: number, scale = 1): number {
  if (Number.isNaN(killed)) return 4 * scale;
  return Math.min(24, 5 + 1.6 * Math.sqrt(killed)) * scale;
}

/** True on a phone-sized screen (see app.css), where the map is small and points are drawn smaller. */
function isPhone(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(max-width: 700px)').matches === true;
}

/** Opacity (0–255) of points that do not match an active search. */
export const SEARCH_FADED_ALPHA = 45;

const COLOR_BYTES = ATTRIBUTION_OPTIONS.map((a) => hexToRgb(ACTOR_COLORS[a]));

const pointsOf = memoLast((cols: ReturnType<typeof selectColumns>): IncidentPoints | null =>
  cols === null ? null : { lon: cols.lon, lat: cols.lat, startDay: cols.start, endDay: cols.end },
);

const indexOfIdIn = memoLast((d: Dataset | null, id: string | null): number => (d === null || id === null ? -1 : d.indexOfId(id)));

/** Dataset index of an incident id (-1 when absent). */
export const selectIndexOfId = (s: AppState, id: string | null): number => indexOfIdIn(selectDataset(s), id);

// Each appearance array is kept apart and rebuilt only when its own inputs change (a claim-view
// switch recolours and resizes but leaves the uncertainty radii; a search only recolours), so the
// layer re-uploads only those (see IncidentLayer.setAppearance).
const colorsOf = memoLast((primary: Uint8Array, found: Uint8Array | null, layer: Uint8Array | null): Uint8Array => {
  const n = primary.length;
  const rgba = new Uint8Array(n * 4);
  // Plain loops writing bytes (no array per incident): this runs in a claim-view click's own task, before its frame.
  const fallback = [128, 128, 128] as const;
  for (let i = 0, o = 0; i < n; i++, o += 4) {
    // An opened file's events take their layer's colour (its style); the bundled ones their attribution's.
    if (layer !== null && layer[o + 3] === 1) {
      rgba[o] = layer[o] as number;
      rgba[o + 1] = layer[o + 1] as number;
      rgba[o + 2] = layer[o + 2] as number;
    } else {
      const c = COLOR_BYTES[primary[i] ?? ATTRIBUTION_OPTIONS.length - 1] ?? fallback;
      rgba[o] = c[0];
      rgba[o + 1] = c[1];
      rgba[o + 2] = c[2];
    }
    // A search highlights its matches by fading every other point (they stay on the map for context).
    rgba[o + 3] = found === null || found[i] === 1 ? 235 : SEARCH_FADED_ALPHA;
  }
  return rgba;
});

const radiiOf = memoLast((size: Float64Array, phone: boolean): Float32Array => {
  const scale = phone ? 0.65 : 1;
  const out = new Float32Array(size.length);
  for (let i = 0; i < size.length; i++) out[i] = radiusFor(size[i] as number, scale);
  return out;
});

// Only approximate points carry a drawn radius; an exact site has none to show.
const uncertaintyOf = memoLast((d: Dataset): Float32Array => {
  if (d.codes) return d.codes.uncertaintyKm;
  return Float32Array.from({ length: d.size }, (_, k) => {
    const inc = d.incidentAt(k);
    return inc.locationPrecision !== 'exact' ? inc.uncertaintyKm : 0;
  });
});

const appearanceOf = memoLast(
  (rgba: Uint8Array, radiusPx: Float32Array, uncertaintyKm: Float32Array, visible: Uint8Array): IncidentAppearance => ({ rgba, radiusPx, uncertaintyKm, visible }),
);

/** The layer's appearance arrays under the view, or null before the data. */
function appearanceFor(s: AppState, d: Dataset | null): IncidentAppearance | null {
  const primary = selectPrimaryActors(s);
  const size = selectSizeValues(s);
  const mask = selectFilterMask(s);
  if (d === null || primary === null || size === null || mask === null) return null;
  return appearanceOf(colorsOf(primary, selectSearchMask(s), selectLayerColors(s, hexToRgb)), radiiOf(size, isPhone()), uncertaintyOf(d), mask);
}

const windowOf = memoLast((w: DayWindow) => ({ startDay: w.start, endDay: w.end }));

/** Discs merged where they would overlap as drawn at this zoom (grid cells' centroids can sit side by side). */
function apart(discs: ClusterPoint[], zoom: number): ClusterPoint[] {
  return mergeOverlapping(discs, zoom, clusterRadius);
}

/** Sector markers of a dataset with their parent's index (once per dataset: there are a handful). */
const sectorTableOf = memoLast((d: Dataset | null) => (d === null ? [] : sectorPairs(d)));

const EMPTY_SECTORS: readonly SectorMarker[] = [];
let lastSectors: { key: string; value: readonly SectorMarker[] } = { key: '', value: EMPTY_SECTORS };
/** The sector markers whose parent is visible now; the same array while that set is unchanged (a window step rarely changes it). */
function sectorsOf(s: AppState): readonly SectorMarker[] {
  const d = selectDataset(s);
  const table = sectorTableOf(d);
  if (d === null || table.length === 0) return EMPTY_SECTORS;
  // One pass over the visible indices against the few parents (a Set of every visible index cost ~70 ms at 100,000).
  const parents = new Set(table.map((t) => t.parent));
  const visibleParents = new Set<number>();
  for (const i of selectVisibleIndices(s)) if (parents.has(i)) visibleParents.add(i);
  const shown = table.filter((t) => visibleParents.has(t.parent));
  const key = shown.map((t) => t.index).join(',');
  if (key !== lastSectors.key) {
    const c = selectColumns(s);
    const lon = (i: number): number => c?.lon[i] ?? NaN;
    const lat = (i: number): number => c?.lat[i] ?? NaN;
    lastSectors = { key, value: shown.map((t) => ({ index: t.index, lon: lon(t.index), lat: lat(t.index), parentLon: lon(t.parent), parentLat: lat(t.parent) })) };
  }
  return lastSectors.value;
}

/** Clusters by zoom from D1's cluster selector: discs with their members up to MIXED_UP_TO visible incidents (null = no overlap), all discs above. */
function clustersAtOf(s: AppState, d: Dataset | null, cols: ReturnType<typeof selectColumns>, mask: Uint8Array | null, w: DayWindow, visible: number): MapModel['clustersAt'] {
  if (d === null || cols === null || mask === null) return null;
  return (zoom: number): ClusterPoint[] | null => {
    if (zoom > MAX_CLUSTER_ZOOM) return null;
    const r = selectClusters(s, zoom);
    if (r.zoom === null) return null;
    if (visible <= MIXED_UP_TO) {
      if (r.clusters.length === 0) return null;
      return apart(
        r.clusters.map((c) => ({ lon: c.lon, lat: c.lat, count: c.count, members: selectClusterMembers(s, zoom, c.cell) })),
        zoom,
      );
    }
    const out: ClusterPoint[] = r.clusters.map((c) => ({ lon: c.lon, lat: c.lat, count: c.count, listMembers: () => selectClusterMembers(s, zoom, c.cell) }));
    // Singles are drawn as discs of one: the layer shows either discs or points, not both.
    for (const i of r.singles) out.push({ lon: cols.lon[i] ?? 0, lat: cols.lat[i] ?? 0, count: 1 });
    return apart(out, zoom);
  };
}

/** Like clustersAtOf but ignoring the state's identity: a new function only when data, filters, window or count change. */
let lastKey: unknown[] = [];
let lastFn: MapModel['clustersAt'] = null;
function clustersAtKeyed(s: AppState, ...key: [Dataset | null, ReturnType<typeof selectColumns>, Uint8Array | null, DayWindow, number]): MapModel['clustersAt'] {
  if (key.length === lastKey.length && key.every((k, i) => k === lastKey[i])) return lastFn;
  lastKey = key;
  lastFn = clustersAtOf(s, ...key);
  return lastFn;
}

const modelOf = memoLast(
  (view: AppState['view'], points: IncidentPoints | null, appearance: IncidentAppearance | null, selected: number, window: MapModel['window'], clustersAt: MapModel['clustersAt'], occluded: MapModel['occluded'], sectors: MapModel['sectors']): MapModel => ({
    view: view.claimView,
    words: MAP_WORDS,
    camera: view.camera,
    points,
    appearance,
    selected,
    window,
    clustersAt,
    occluded,
    sectors,
  }),
);

const NONE = { right: 0, bottom: 0 };
const SIDE_CARD = { right: 540, bottom: 0 };
const SHEET = { right: 0, bottom: 90 };

/**
 * How much of the map the detail panel covers (see app.css): a 520 px card on
 * the right, or on a phone a bottom sheet over the map's lower edge.
 */
function occludedBy(selected: boolean): MapModel['occluded'] {
  if (!selected) return NONE;
  return isPhone() ? SHEET : SIDE_CARD;
}

/** The map model of a state. */
export function selectMapModel(s: AppState): MapModel {
  const d = selectDataset(s);
  const selected = selectIndexOfId(s, s.view.selectedId);
  // The selection is not an input of the appearance: selecting changes only `selected`.
  const appearance = appearanceFor(s, d);
  const w = selectWindowDays(s);
  // Keyed on the state too (the closure reads it), but only called again when one of the others changed.
  const clustersAt = clustersAtKeyed(s, d, selectColumns(s), selectFilterMask(s), w, selectVisibleIndices(s).length);
  return modelOf(s.view, pointsOf(selectColumns(s)), appearance, selected, d === null ? null : windowOf(w), clustersAt, occludedBy(selected >= 0), sectorsOf(s));
}
