/**
 * React's door to the store: components read with memoised selectors through
 * useSyncExternalStore and write by dispatching actions. Nothing else.
 */
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
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

/**
 * Reads a value of the settled state (store.getSettled): for the heavy parts
 * (list, totals, histogram, filter counts), which follow a claim view or
 * Count choice after the map's frame. The selector runs only when the settled
 * state changes, never on the state a control just moved to, so the memoised
 * selectors are not recomputed for the old state meanwhile.
 */
export function useSettledSelect<T>(selector: (s: AppState) => T): T {
  const store = useStore();
  const get = useMemo(() => settledReader(store, selector), [store, selector]);
  return useSyncExternalStore(store.subscribe, get, get);
}

/** `selector` of the store's settled state, run again only when that state changes. */
function settledReader<T>(store: Store, selector: (s: AppState) => T): () => T {
  let last: { state: AppState; value: T } | null = null;
  return () => {
    const s = store.getSettled();
    if (last === null || last.state !== s) last = { state: s, value: selector(s) };
    return last.value;
  };
}

/** True while the settled state is behind the store's (a heavy part shows the previous choice): for aria-busy. */
export function useUpdating(): boolean {
  const store = useStore();
  const get = useCallback(() => store.getSettled() !== store.getState(), [store]);
  return useSyncExternalStore(store.subscribe, get, get);
}

/** The store's dispatch. */
export function useDispatch(): (a: Action) => void {
  return useStore().dispatch;
}
