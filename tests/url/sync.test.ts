import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../src/domain/dataset.ts';
import { actions } from '../../src/state/actions.ts';
import { initialState } from '../../src/state/reducer.ts';
import { createStore } from '../../src/state/store.ts';
import { decode } from '../../src/url/codec.ts';
import { incident } from '../domain/logicFactories.ts';
import { REPLACE_DELAY_MS, startUrlSync, type UrlWindow } from '../../src/url/sync.ts';

/** A fake window: records history calls; timers run when the test advances the clock. */
function fakeWindow(search = '') {
  const calls: string[] = [];
  let pop: (() => void) | null = null;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let now = 0;
  let next = 1;
  const win: UrlWindow = {
    location: { pathname: '/atlas/', search, hash: '' },
    history: {
      pushState: (_d, _u, url) => {
        calls.push(`push ${String(url)}`);
        win.location.search = new URL(String(url), 'http://x').search;
      },
      replaceState: (_d, _u, url) => {
        calls.push(`replace ${String(url)}`);
        win.location.search = new URL(String(url), 'http://x').search;
      },
    },
    addEventListener: (_t, l) => (pop = l),
    removeEventListener: () => (pop = null),
    setTimeout: (fn, ms) => {
      timers.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout: (id) => void timers.delete(id),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers]) {
      if (t.at > now) continue;
      timers.delete(id);
      t.fn();
    }
  };
  /** The user pressed Back/Forward to an entry with this query. */
  const navigate = (q: string) => {
    win.location.search = q;
    pop?.();
  };
  return { win, calls, advance, navigate };
}

describe('startUrlSync', () => {
  it('a discrete choice pushes a history entry at once', () => {
    const { win, calls } = fakeWindow();
    const store = createStore();
    startUrlSync(store, win);
    store.dispatch(actions.claimViewChosen('PAK'));
    expect(calls).toEqual(['push /atlas/?v=pak']);
  });

  it('a drag replaces the entry once, after the drag settles', () => {
    const { win, calls, advance } = fakeWindow();
    const store = createStore();
    startUrlSync(store, win);
    store.dispatch(actions.windowDragged({ start: '2025-01-01', end: '2025-02-01' }));
    store.dispatch(actions.windowDragged({ start: '2025-01-08', end: '2025-02-08' }));
    expect(calls).toEqual([]);
    advance(REPLACE_DELAY_MS);
    expect(calls).toEqual(['replace /atlas/?w=2025-01-08..2025-02-08']);
  });

  it('a push right after a drag first writes the drag into the entry it leaves', () => {
    const { win, calls } = fakeWindow();
    const store = createStore();
    startUrlSync(store, win);
    store.dispatch(actions.windowDragged({ start: '2025-01-01', end: '2025-02-01' }));
    store.dispatch(actions.actorToggled('TTP'));
    expect(calls).toEqual(['replace /atlas/?w=2025-01-01..2025-02-01', 'push /atlas/?w=2025-01-01..2025-02-01&ha=TTP']);
  });

  it('map moves replace, playback toggles write nothing', () => {
    const { win, calls, advance } = fakeWindow();
    const store = createStore();
    startUrlSync(store, win);
    store.dispatch(actions.playbackToggled());
    store.dispatch(actions.cameraMoved({ zoom: 7, lat: 33.5, lon: 70.25 }));
    advance(REPLACE_DELAY_MS);
    expect(calls).toEqual(['replace /atlas/?map=7/33.500/70.250']);
  });

  it('Back restores the decoded view through historyNavigated and writes nothing new', () => {
    const { win, calls, navigate, advance } = fakeWindow();
    const store = createStore();
    const seen: string[] = [];
    store.onAction((a) => seen.push(a.type));
    startUrlSync(store, win);
    store.dispatch(actions.claimViewChosen('AFG'));
    navigate('');
    advance(REPLACE_DELAY_MS);
    expect(store.getState().view.claimView).toBe('COMPARE');
    expect(seen).toEqual(['claimViewChosen', 'historyNavigated']);
    expect(calls).toEqual(['push /atlas/?v=afg']);
  });

  it('Back drops a pending drag write instead of writing it into the wrong entry', () => {
    const { win, calls, navigate, advance } = fakeWindow('?v=pak');
    const store = createStore(initialState(decode('?v=pak')));
    startUrlSync(store, win);
    store.dispatch(actions.windowDragged({ start: '2025-01-01', end: '2025-02-01' }));
    navigate('?v=afg');
    advance(REPLACE_DELAY_MS);
    expect(calls).toEqual([]);
    expect(store.getState().view).toEqual(decode('?v=afg'));
  });

  it('an invalid starting URL is canonicalised with a replace', () => {
    const { win, calls } = fakeWindow('?v=official&ha=TTP');
    startUrlSync(createStore(initialState(decode('?v=official&ha=TTP'))), win);
    expect(calls).toEqual(['replace /atlas/?ha=TTP']);
  });

  it('the browser window fits the UrlWindow interface', () => {
    const typecheckOnly = (w: Window): UrlWindow => w;
    expect(typeof typecheckOnly).toBe('function');
  });

  it('drops an id the data does not have and a window outside it from the URL once the data is in', () => {
    const { win, calls, advance } = fakeWindow('?w=1990-01-01..1990-12-31&v=pak&id=constructor');
    const store = createStore(initialState(decode(win.location.search)));
    startUrlSync(store, win);
    expect(calls).toEqual([]); // the URL was already canonical: nothing to say before the data
    store.dispatch(actions.datasetLoaded(makeDataset([incident({ id: 'a', start: '2024-01-01' })])));
    advance(REPLACE_DELAY_MS);
    expect(calls).toEqual(['replace /atlas/?v=pak']);
    expect(store.getState().viewNotices.map((n) => n.kind)).toEqual(['unknown-id', 'window-outside']);
  });
});
