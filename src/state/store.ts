/**
 * The store: getState / subscribe / dispatch, usable as-is with React's
 * useSyncExternalStore(store.subscribe, store.getState). `onAction` lets the
 * one URL writer see each action's history tag.
 *
 * Two tiers of listeners keep a time-window change within one frame (issue
 * 10): `subscribeNow` listeners (the map) hear of every change at once, in
 * the input event's own task, so the incident layer draws it before the next
 * frame; with `afterPaint` given, the ordinary listeners (React: list, counts,
 * histogram) hear of a live change (DEFERRED_ACTIONS) only after that frame.
 *
 * A claim view or Count choice (SETTLED_AFTER_PAINT) reaches every listener
 * at once, so its control shows the choice in the same task, but the state
 * the heavy parts render (`getSettled`: list, totals, histogram, filter
 * counts) moves to it only after the frame: the map paints the choice first,
 * then those parts follow, saying meanwhile that they are updating.
 */
import type { Action, ActionType } from './actions.ts';
import { initialState, reduce, type AppState } from './reducer.ts';

/** The app's store. */
export interface Store {
  getState(): AppState;
  /**
   * The state the heavy parts render: the same as getState() except between a
   * SETTLED_AFTER_PAINT choice (or a deferred drag) and the frame after it.
   */
  getSettled(): AppState;
  /** Called after every change of state (not for actions that changed nothing); returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Called synchronously on every change of state, before any `subscribe` listener; returns an unsubscribe. */
  subscribeNow(listener: () => void): () => void;
  dispatch(action: Action): void;
  /** Called after every action with the state before and after; returns an unsubscribe. */
  onAction(listener: (action: Action, next: AppState, prev: AppState) => void): () => void;
}

/**
 * Changes whose React work may follow the map's frame: a pointer drag and
 * playback (continuous), and the data arriving (the incidents are drawn in
 * the first frame after it; the list, totals, histogram and filter counts of
 * a large dataset are rendered after that frame, not before it). A keyboard
 * step is not among them: the slider's value, the status and the list answer
 * a key in the same task (assistive technology reads them at once); the map
 * still draws it first, before React renders.
 */
export const DEFERRED_ACTIONS: ReadonlySet<ActionType> = new Set<ActionType>(['windowDragged', 'playbackTicked', 'datasetLoaded']);

/**
 * Discrete choices whose controls answer at once but whose heavy readers (the
 * settled state) follow the map's frame: the claim view and the Count; and an
 * opened or restored file's layer arriving (100,000 events: the map draws them
 * in the action's task, the list, totals and layers panel after the frame). A
 * keyboard step, the filters and a layer's own toggle still settle in the same task.
 */
export const SETTLED_AFTER_PAINT: ReadonlySet<ActionType> = new Set<ActionType>(['claimViewChosen', 'countChosen', 'layerAdded', 'layersRestored']);

/** Options of {@link createStore}. */
export interface StoreOptions {
  /** Runs `flush` after the next painted frame; without it every listener is called at once. */
  afterPaint?: (flush: () => void) => void;
  /**
   * True where a SETTLED_AFTER_PAINT choice is light enough to settle in its
   * own task (a small dataset: the list and totals render in a few ms, and
   * every part of the page then answers the click at once).
   */
  settleAtOnce?: (s: AppState) => boolean;
}

/** Runs `flush` in a task after the next frame has been produced (a task queued from a frame callback runs after it). */
export function afterNextPaint(flush: () => void): void {
  requestAnimationFrame(() => setTimeout(flush, 0));
}

/**
 * Creates a store.
 * @example const store = createStore(initialState(decode(location.search)), reduce, { afterPaint: afterNextPaint });
 */
export function createStore(initial: AppState = initialState(), reducer: (s: AppState, a: Action) => AppState = reduce, options: StoreOptions = {}): Store {
  let state = initial;
  const now = new Set<() => void>();
  const listeners = new Set<() => void>();
  const actionListeners = new Set<(a: Action, next: AppState, prev: AppState) => void>();
  let settled = initial;
  /** A deferred notification is scheduled and not yet delivered. */
  let owed = false;
  /** The settled state is behind and a flush to bring it up is scheduled. */
  let settling = false;
  const notify = (): void => {
    owed = false;
    for (const l of [...listeners]) l();
  };
  /** Brings the settled state up to date and tells every listener. */
  const settle = (): void => {
    settling = false;
    settled = state;
    notify();
  };
  return {
    getState: () => state,
    getSettled: () => settled,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeNow(listener) {
      now.add(listener);
      return () => now.delete(listener);
    },
    onAction(listener) {
      actionListeners.add(listener);
      return () => actionListeners.delete(listener);
    },
    dispatch(action) {
      const prev = state;
      state = reducer(prev, action);
      if (state !== prev) {
        for (const l of [...now]) l();
        if (options.afterPaint && DEFERRED_ACTIONS.has(action.type)) {
          // Coalesced: however many live changes land before the frame, React hears once, of the latest.
          if (!owed) {
            owed = true;
            options.afterPaint(() => owed && settle());
          }
        } else if (options.afterPaint && SETTLED_AFTER_PAINT.has(action.type) && !(options.settleAtOnce?.(state) ?? false)) {
          // The controls hear now (the settled state is unchanged, so heavy readers keep their value); the rest after the frame.
          notify();
          if (!settling) {
            settling = true;
            options.afterPaint(() => settling && settle());
          }
        } else settle();
      }
      for (const l of [...actionListeners]) l(action, state, prev);
    },
  };
}
