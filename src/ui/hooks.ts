/**
 * React's door to the store: components read with memoised selectors through
 * useSyncExternalStore and write by dispatching actions. Nothing else.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Action } from '../state/actions.ts';
import type { AppState } from '../state/reducer.ts';
import type { Store } from '../state/store.ts';

export const StoreContext = createContext<Store | null>(null);

/** The store of the nearest provider. */
export function useStore(): Store {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useStore outside <StoreContext.Provider>');
  return store;
}

/** Reads a value with a selector; the component re-renders when it changes (by identity). */
export function useSelect<T>(selector: (s: AppState) => T): T {
  const store = useStore();
  const get = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, get, get);
}

/** The store's dispatch. */
export function useDispatch(): (a: Action) => void {
  return useStore().dispatch;
}
