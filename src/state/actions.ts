/**
 * Actions, named as events (what happened, not what to do). Each carries its
 * history tag: discrete choices 'push' a history entry so Back steps through
 * them; continuous ones (drags, playback, map moves) 'replace' the current one.
 */
import type { LoadReport } from '../data/load/loadData.ts';
import type { Dataset } from '../domain/dataset.ts';
import type { DatasetColumns } from '../domain/timeIndex.ts';
import type { AttributionOption, Count, Country, IncidentType } from '../domain/vocab.ts';
import type { LayerAction } from './layers.ts';
import type { Camera, ClaimView, HistogramMetric, Sort, ViewState } from './viewState.ts';

/** How an action changes browser history (read by the one URL writer). */
export type HistoryMode = 'push' | 'replace';

/** Playback speeds, in days of the window moved per second. */
export const PLAYBACK_SPEEDS = [7, 30, 90] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

type CivilWindow = { start: string; end: string };
type A<T extends string, H extends HistoryMode, P = object> = { type: T; history: H } & P;

/** Every action the store accepts; `history` says how the URL writer records it. */
export type Action =
  | A<'windowDragged', 'replace', { window: CivilWindow }>
  | A<'windowStepped', 'replace', { window: CivilWindow }>
  | A<'windowReset', 'push'>
  | A<'claimViewChosen', 'push', { claimView: ClaimView }>
  | A<'countChosen', 'push', { count: Count }>
  | A<'actorToggled', 'push', { actor: AttributionOption }>
  | A<'typeToggled', 'push', { incidentType: IncidentType }>
  | A<'countryToggled', 'push', { country: Country }>
  | A<'filtersReset', 'push'>
  | A<'incidentSelected', 'push', { id: string | null }>
  | A<'cameraMoved', 'replace', { camera: Camera }>
  | A<'sortChosen', 'push', { sort: Sort }>
  | A<'histogramMetricChosen', 'push', { metric: HistogramMetric }>
  | A<'searchTyped', 'replace', { search: string }>
  | A<'playbackToggled', 'replace'>
  | A<'playbackSpeedChosen', 'replace', { speed: PlaybackSpeed }>
  | A<'playbackTicked', 'replace', { window: CivilWindow; ended: boolean }>
  | A<'datasetLoadStarted', 'replace', { source: string }>
  | A<'datasetLoadProgressed', 'replace', { fraction: number }>
  | A<'datasetLoaded', 'replace', { dataset: Dataset; errors: string[]; columns: DatasetColumns | null; report?: LoadReport }>
  | A<'datasetLoadFailed', 'replace', { message: string }>
  | A<'historyNavigated', 'replace', { view: ViewState }>
  | LayerAction;

/** The names of the actions. */
export type ActionType = Action['type'];

/** Action creators: the only way the UI, map and URL sync describe what happened. */
export const actions = {
  /** The user dragged a handle or the window body (pointer). */
  windowDragged: (window: CivilWindow): Action => ({ type: 'windowDragged', history: 'replace', window }),
  /** The user moved a handle with the keyboard (arrows, PageUp/PageDown, Home/End). */
  windowStepped: (window: CivilWindow): Action => ({ type: 'windowStepped', history: 'replace', window }),
  /** The user reset the window to the whole span. */
  windowReset: (): Action => ({ type: 'windowReset', history: 'push' }),
  claimViewChosen: (claimView: ClaimView): Action => ({ type: 'claimViewChosen', history: 'push', claimView }),
  countChosen: (count: Count): Action => ({ type: 'countChosen', history: 'push', count }),
  actorToggled: (actor: AttributionOption): Action => ({ type: 'actorToggled', history: 'push', actor }),
  typeToggled: (incidentType: IncidentType): Action => ({ type: 'typeToggled', history: 'push', incidentType }),
  countryToggled: (country: Country): Action => ({ type: 'countryToggled', history: 'push', country }),
  /** The one reset: every actor, type and country checked again (the window stays). */
  filtersReset: (): Action => ({ type: 'filtersReset', history: 'push' }),
  /** An incident was picked on the map or in the list; null closes the panel. */
  incidentSelected: (id: string | null): Action => ({ type: 'incidentSelected', history: 'push', id }),
  /** The map settled after a move (dispatch on moveend, never on move). */
  cameraMoved: (camera: Camera): Action => ({ type: 'cameraMoved', history: 'replace', camera }),
  sortChosen: (sort: Sort): Action => ({ type: 'sortChosen', history: 'push', sort }),
  histogramMetricChosen: (metric: HistogramMetric): Action => ({ type: 'histogramMetricChosen', history: 'push', metric }),
  /** The user typed in the search box (replace: one history entry per search, not per key). */
  searchTyped: (search: string): Action => ({ type: 'searchTyped', history: 'replace', search }),
  playbackToggled: (): Action => ({ type: 'playbackToggled', history: 'replace' }),
  playbackSpeedChosen: (speed: PlaybackSpeed): Action => ({ type: 'playbackSpeedChosen', history: 'replace', speed }),
  /** A playback frame moved the window (see nextPlaybackWindow); `ended` stops playback. */
  playbackTicked: (window: CivilWindow, ended: boolean): Action => ({ type: 'playbackTicked', history: 'replace', window, ended }),
  datasetLoadStarted: (source: string): Action => ({ type: 'datasetLoadStarted', history: 'replace', source }),
  datasetLoadProgressed: (fraction: number): Action => ({ type: 'datasetLoadProgressed', history: 'replace', fraction }),
  /**
   * Data arrived; `errors` are the rejected features' messages, shown to the user; `columns` the
   * loader's typed columns if it built them (then they are not computed again); `report` the
   * loader's exact counts and, when a ?data= file was given up on, why.
   */
  datasetLoaded: (dataset: Dataset, errors: string[] = [], columns: DatasetColumns | null = null, report?: LoadReport): Action => ({
    type: 'datasetLoaded',
    history: 'replace',
    dataset,
    errors,
    columns,
    ...(report ? { report } : {}),
  }),
  datasetLoadFailed: (message: string): Action => ({ type: 'datasetLoadFailed', history: 'replace', message }),
  /** Back/Forward restored a view decoded from the URL. */
  historyNavigated: (view: ViewState): Action => ({ type: 'historyNavigated', history: 'replace', view }),
};
