/**
 * The store: getState / subscribe / dispatch, usable as-is with React's
 * useSyncExternalStore(store.subscribe, store.getState). `onAction` lets the
 * one URL writer see each action's history tag.
 */
import type { Action } from './actions.ts';
import { initialState, reduce, type AppState } from './reducer.ts';

/** The app's store. */
export interface Store {
  getState(): AppState;
  /** Called after every change of state (not for actions that changed nothing); returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
  dispatch(action: Action): void;
  /** Called after every action with the state before and after; returns an unsubscribe. */
  onAction(listener: (action: Action, next: AppState, prev: AppState) => void): () => void;
}

/**
 * Creates a store.
 * @example const store = createStore(initialState(decode(location.search)));
 */
export function createStore(initial: AppState = initialState(), reducer: (s: AppState, a: Action) => AppState = reduce): Store {
  let state = initial;
  const listeners = new Set<() => void>();
  const actionListeners = new Set<(a: Action, next: AppState, prev: AppState) => void>();
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onAction(listener) {
      actionListeners.add(listener);
      return () => actionListeners.delete(listener);
    },
    dispatch(action) {
      const prev = state;
      state = reducer(prev, action);
      if (state !== prev) for (const l of [...listeners]) l();
      for (const l of [...actionListeners]) l(action, state, prev);
    },
  };
}
