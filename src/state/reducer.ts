/**
 * The pure reducer: (state, action) → state. It stores intent only; it keeps
 * filter lists in vocabulary order so that equal intent is an equal value
 * (the URL round trip relies on it), and returns the same object when nothing
 * changed so subscribers are not woken for nothing.
 */
import type { LoadReport } from '../data/load/loadData.ts';
import type { Dataset } from '../domain/dataset.ts';
import type { DatasetColumns } from '../domain/timeIndex.ts';
import { dataSpan } from '../domain/visible.ts';
import { ATTRIBUTION_OPTIONS, COUNTRIES, INCIDENT_TYPES } from '../domain/vocab.ts';
import type { Action, PlaybackSpeed } from './actions.ts';
import { INITIAL_LAYERS, combineLayers, onlyBundled, reduceLayers, type LayersState } from './layers.ts';
import { adoptColumns, columnsOf } from './tables.ts';
import { checkView, type ViewNotice } from './viewCheck.ts';
import { DEFAULT_VIEW, roundCamera, type ViewState } from './viewState.ts';

/** Loading status of the dataset (the data itself is loaded input, not derived). */
export interface DataState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Where the data came from ('bundled' or the ?data= path). */
  source: string | null;
  /** 0–1 while loading, where known. */
  progress: number | null;
  dataset: Dataset | null;
  /** The loader's typed columns of the dataset, when it built them (input, not derived here). */
  columns: DatasetColumns | null;
  /** Messages of rejected features, or the failure. */
  errors: string[];
  /** The loader's exact counts and any ?data= fallback (null before loading or when no loader ran). */
  report: LoadReport | null;
}

/** Timeline playback; not in the URL (a shared link should not start playing). */
export interface PlaybackState {
  playing: boolean;
  speed: PlaybackSpeed;
}

/** Everything the store holds. */
export interface AppState {
  view: ViewState;
  data: DataState;
  playback: PlaybackState;
  /** How the view differs from what the URL asked for (parameters left out, unknown id, window clamped). */
  viewNotices: readonly ViewNotice[];
  /** The bundled layer's visibility and the opened files (layers.ts). */
  layers: LayersState;
}

/** The state at start, from the view decoded from the URL and what the decoding left out. */
export function initialState(view: ViewState = DEFAULT_VIEW, viewNotices: readonly ViewNotice[] = []): AppState {
  return {
    view,
    data: { status: 'idle', source: null, progress: null, dataset: null, columns: null, errors: [], report: null },
    playback: { playing: false, speed: 30 },
    viewNotices,
    layers: INITIAL_LAYERS,
  };
}

/** The view checked against loaded data (see viewCheck.ts); the state unchanged when it holds. */
function checkedAgainst(s: AppState, bundled: Dataset, bundledColumns: DatasetColumns | null): AppState {
  // With opened files the view is checked against every shown layer (an id of a file is not unknown).
  const combined = onlyBundled(s.layers) ? null : combineLayers(bundled, s.layers);
  const dataset = combined?.dataset ?? bundled;
  const columns = combined === null ? bundledColumns : null;
  if (columns !== null) adoptColumns(dataset, columns);
  const { view, notices } = checkView(s.view, dataset, dataSpan(columnsOf(dataset)));
  return notices.length === 0 ? s : { ...s, view, viewNotices: [...s.viewNotices, ...notices] };
}

function toggle<T extends string>(list: readonly T[], item: T, order: readonly T[]): T[] {
  const set = new Set<T>(list);
  if (set.has(item)) set.delete(item);
  else set.add(item);
  return order.filter((x) => set.has(x));
}

function ordered(w: { start: string; end: string }): { start: string; end: string } {
  return w.start <= w.end ? w : { start: w.end, end: w.start };
}

function withView(s: AppState, patch: Partial<ViewState>): AppState {
  return { ...s, view: { ...s.view, ...patch } };
}

/** Applies one action. */
export function reduce(s: AppState, a: Action): AppState {
  switch (a.type) {
    case 'windowDragged':
    case 'windowStepped':
      return withView(s, { window: ordered(a.window) });
    case 'windowReset':
      return s.view.window === null ? s : withView(s, { window: null });
    case 'claimViewChosen':
      return s.view.claimView === a.claimView ? s : withView(s, { claimView: a.claimView });
    case 'countChosen':
      return s.view.count === a.count ? s : withView(s, { count: a.count });
    case 'actorToggled':
      return withView(s, { hiddenActors: toggle(s.view.hiddenActors, a.actor, ATTRIBUTION_OPTIONS) });
    case 'typeToggled':
      return withView(s, { hiddenTypes: toggle(s.view.hiddenTypes, a.incidentType, INCIDENT_TYPES) });
    case 'countryToggled':
      return withView(s, { hiddenCountries: toggle(s.view.hiddenCountries, a.country, COUNTRIES) });
    case 'filtersReset':
      return withView(s, { hiddenActors: [], hiddenTypes: [], hiddenCountries: [] });
    case 'incidentSelected':
      return s.view.selectedId === a.id ? s : withView(s, { selectedId: a.id });
    case 'cameraMoved':
      return withView(s, { camera: roundCamera(a.camera) });
    case 'sortChosen':
      return withView(s, { sort: { key: a.sort.key, dir: a.sort.dir } });
    case 'histogramMetricChosen':
      return withView(s, { histogramMetric: a.metric });
    case 'searchTyped':
      return s.view.search === a.search ? s : withView(s, { search: a.search });
    case 'playbackToggled':
      return { ...s, playback: { ...s.playback, playing: !s.playback.playing } };
    case 'playbackSpeedChosen':
      return { ...s, playback: { ...s.playback, speed: a.speed } };
    case 'playbackTicked':
      return { ...withView(s, { window: ordered(a.window) }), playback: { ...s.playback, playing: !a.ended } };
    case 'datasetLoadStarted':
      return { ...s, data: { status: 'loading', source: a.source, progress: 0, dataset: null, columns: null, errors: [], report: null } };
    case 'datasetLoadProgressed':
      return { ...s, data: { ...s.data, progress: a.fraction } };
    case 'datasetLoaded':
      return checkedAgainst({ ...s, data: { ...s.data, status: 'ready', progress: 1, dataset: a.dataset, columns: a.columns, errors: a.errors, report: a.report ?? null } }, a.dataset, a.columns);
    case 'datasetLoadFailed':
      return { ...s, data: { ...s.data, status: 'error', progress: null, errors: [a.message] } };
    case 'layerAdded':
    case 'layersRestored':
    case 'layerToggled':
    case 'layerRemoved':
    case 'bundledToggled':
    case 'bundledRemoved':
      return { ...s, layers: reduceLayers(s.layers, a) };
    case 'historyNavigated': {
      const next = { ...s, view: a.view, playback: { ...s.playback, playing: false } };
      return s.data.dataset === null ? next : checkedAgainst(next, s.data.dataset, s.data.columns);
    }
  }
}
