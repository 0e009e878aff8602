/**
 * The one URL writer. Actions tagged 'push' add a history entry; 'replace'
 * ones rewrite the current entry, coalesced (browsers throttle replaceState
 * calls, and a drag dispatches one per frame). Back/Forward dispatch
 * 'historyNavigated' with the view decoded from the URL.
 */
import { actions } from '../state/actions.ts';
import type { Store } from '../state/store.ts';
import { decode, encode } from './codec.ts';

/** The parts of `window` the sync uses (a fake in tests). */
export interface UrlWindow {
  location: { pathname: string; search: string; hash: string };
  history: {
    pushState(data: unknown, unused: string, url?: string | URL | null): void;
    replaceState(data: unknown, unused: string, url?: string | URL | null): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** Delay before a run of 'replace' changes is written (trailing edge). */
export const REPLACE_DELAY_MS = 250;

/**
 * Starts syncing the store to the URL; returns a stop function. Call it after
 * the store was created from `decode(location.search)`.
 * @example const stop = startUrlSync(store, window);
 */
export function startUrlSync(store: Store, win: UrlWindow): () => void {
  let pending: string | null = null;
  let timer: number | null = null;
  const current = (): string => (win.location.search === '?' ? '' : win.location.search);
  const href = (search: string): string => `${win.location.pathname}${search}${win.location.hash}`;

  const cancel = (): void => {
    if (timer !== null) win.clearTimeout(timer);
    timer = null;
    pending = null;
  };
  const flush = (): void => {
    const search = pending;
    cancel();
    if (search !== null && search !== current()) win.history.replaceState(null, '', href(search));
  };

  // Canonicalise the URL we started from (drops invalid or default parameters).
  pending = encode(store.getState().view);
  flush();

  const stopActions = store.onAction((action, next, prev) => {
    if (next.view === prev.view) return;
    const search = encode(next.view);
    if (action.history === 'push') {
      flush(); // the entry we leave keeps its last dragged state
      if (search !== current()) win.history.pushState(null, '', href(search));
    } else {
      pending = search;
      if (timer === null) timer = win.setTimeout(flush, REPLACE_DELAY_MS);
    }
  });

  const onPop = (): void => {
    cancel(); // a pending replace belonged to the entry we just left
    store.dispatch(actions.historyNavigated(decode(win.location.search)));
  };
  win.addEventListener('popstate', onPop);

  return () => {
    flush();
    stopActions();
    win.removeEventListener('popstate', onPop);
  };
}
