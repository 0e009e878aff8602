import { describe, expect, it } from 'vitest';
import { actions } from '../../src/state/actions.ts';
import { createStore } from '../../src/state/store.ts';
import { makeDataset } from '../../src/domain/dataset.ts';
import { incident } from '../domain/logicFactories.ts';

const week = { start: '2024-01-01', end: '2024-01-07' };

/** A store whose after-paint flushes are held until the test runs them. */
function deferredStore() {
  const flushes: (() => void)[] = [];
  const store = createStore(undefined, undefined, { afterPaint: (f) => flushes.push(f) });
  const heard: string[] = [];
  store.subscribeNow(() => heard.push(`now:${store.getState().view.window?.end ?? 'all'}`));
  store.subscribe(() => heard.push(`react:${store.getState().view.window?.end ?? 'all'}`));
  return { store, heard, flushes };
}

describe('store: the map hears at once, React after the frame', () => {
  it('calls subscribeNow listeners before the others, synchronously, on every change', () => {
    const store = createStore();
    const order: string[] = [];
    store.subscribe(() => order.push('react'));
    store.subscribeNow(() => order.push('map'));
    store.dispatch(actions.windowDragged(week));
    expect(order).toEqual(['map', 'react']);
  });

  it('defers React for window drags and playback, coalesced into one notification of the latest state', () => {
    const { store, heard, flushes } = deferredStore();
    store.dispatch(actions.windowDragged(week));
    store.dispatch(actions.playbackTicked({ ...week, end: '2024-01-08' }, false));
    expect(heard).toEqual(['now:2024-01-07', 'now:2024-01-08']);
    expect(flushes).toHaveLength(1);
    flushes[0]!();
    expect(heard).toEqual(['now:2024-01-07', 'now:2024-01-08', 'react:2024-01-08']);
  });

  it('notifies React at once for a keyboard step and a discrete choice, and not again when an owed flush runs late', () => {
    const { store, heard, flushes } = deferredStore();
    store.dispatch(actions.windowDragged(week));
    store.dispatch(actions.windowStepped({ ...week, end: '2024-01-09' }));
    expect(heard).toEqual(['now:2024-01-07', 'now:2024-01-09', 'react:2024-01-09']);
    store.dispatch(actions.claimViewChosen('AFG'));
    expect(heard).toHaveLength(5);
    flushes[0]!();
    expect(heard).toHaveLength(5);
  });

  it('notifies nobody for an action that changes nothing', () => {
    const { store, heard, flushes } = deferredStore();
    store.dispatch(actions.claimViewChosen(store.getState().view.claimView));
    expect(heard).toEqual([]);
    expect(flushes).toEqual([]);
  });
});

describe('store: a claim view or Count choice settles after the frame', () => {
  it('shows the choice to every listener at once and moves the settled state only when the flush runs', () => {
    const { store, heard, flushes } = deferredStore();
    const before = store.getSettled();
    store.dispatch(actions.claimViewChosen('AFG'));
    expect(store.getState().view.claimView).toBe('AFG');
    expect(store.getSettled()).toBe(before);
    expect(heard).toEqual(['now:all', 'react:all']);
    expect(flushes).toHaveLength(1);
    flushes[0]!();
    expect(store.getSettled()).toBe(store.getState());
    expect(heard).toEqual(['now:all', 'react:all', 'react:all']);
  });

  it('coalesces a Count choice made before the flush into the same settle, of the latest state', () => {
    const { store, flushes } = deferredStore();
    store.dispatch(actions.claimViewChosen('AFG'));
    store.dispatch(actions.countChosen('CIVILIANS'));
    expect(flushes).toHaveLength(1);
    flushes[0]!();
    expect(store.getSettled().view).toMatchObject({ claimView: 'AFG', count: 'CIVILIANS' });
  });

  it('settles at once on a keyboard step that follows, and the late flush changes nothing', () => {
    const { store, heard, flushes } = deferredStore();
    store.dispatch(actions.claimViewChosen('AFG'));
    store.dispatch(actions.windowStepped(week));
    expect(store.getSettled()).toBe(store.getState());
    const n = heard.length;
    flushes[0]!();
    expect(heard).toHaveLength(n);
  });

  it('keeps the settled state equal to the state when no afterPaint is given', () => {
    const store = createStore();
    store.dispatch(actions.claimViewChosen('AFG'));
    expect(store.getSettled()).toBe(store.getState());
  });
});

describe('store: the data arriving reaches the map at once and React after the frame', () => {
  it('defers React for datasetLoaded, so the first frame with incidents does not wait for the list and counts', () => {
    const { store, heard, flushes } = deferredStore();
    store.dispatch(actions.datasetLoaded(makeDataset([incident({ id: 'a' })]), []));
    expect(heard).toEqual(['now:all']);
    expect(store.getSettled().data.dataset).toBeNull();
    flushes[0]!();
    expect(heard).toEqual(['now:all', 'react:all']);
    expect(store.getSettled().data.dataset?.idAt(0)).toBe('a');
  });
});

describe('store: a small dataset settles a claim view or Count choice in the click\'s task', () => {
  it('tells every listener and moves the settled state at once where settleAtOnce says the work is light', () => {
    const flushes: (() => void)[] = [];
    const store = createStore(undefined, undefined, { afterPaint: (f) => flushes.push(f), settleAtOnce: (s) => (s.data.dataset?.size ?? 0) < 2 });
    store.dispatch(actions.datasetLoaded(makeDataset([incident({ id: 'a' })]), []));
    flushes.splice(0).forEach((f) => f());
    store.dispatch(actions.claimViewChosen('AFG'));
    expect(flushes).toEqual([]);
    expect(store.getSettled()).toBe(store.getState());
    expect(store.getSettled().view.claimView).toBe('AFG');
  });

  it('still waits for the frame where settleAtOnce says the work is heavy', () => {
    const flushes: (() => void)[] = [];
    const store = createStore(undefined, undefined, { afterPaint: (f) => flushes.push(f), settleAtOnce: (s) => (s.data.dataset?.size ?? 0) < 2 });
    store.dispatch(actions.datasetLoaded(makeDataset([incident({ id: 'a' }), incident({ id: 'b' })]), []));
    flushes.splice(0).forEach((f) => f());
    store.dispatch(actions.countChosen('PAK_SECURITY'));
    expect(flushes).toHaveLength(1);
    expect(store.getSettled().view.count).toBe('ALL');
    flushes[0]!();
    expect(store.getSettled().view.count).toBe('PAK_SECURITY');
  });
});
