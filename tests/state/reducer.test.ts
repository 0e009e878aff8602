import { describe, expect, it } from 'vitest';
import { actions, type Action } from '../../src/state/actions.ts';
import { initialState, reduce } from '../../src/state/reducer.ts';
import { createStore } from '../../src/state/store.ts';
import { DEFAULT_VIEW } from '../../src/state/viewState.ts';
import { makeDataset } from '../../src/domain/dataset.ts';
import { incident } from '../domain/logicFactories.ts';

describe('action history tags', () => {
  it('discrete choices push a history entry', () => {
    const pushes: Action[] = [
      actions.claimViewChosen('PAK'),
      actions.actorToggled('TTP'),
      actions.typeToggled('airstrike'),
      actions.countryToggled('AFG'),
      actions.filtersReset(),
      actions.incidentSelected('x'),
      actions.sortChosen({ key: 'casualties', dir: 'desc' }),
      actions.histogramMetricChosen('killed'),
      actions.windowReset(),
    ];
    expect(pushes.map((a) => a.history)).toEqual(pushes.map(() => 'push'));
  });

  it('drags, keyboard steps, playback, map moves and history navigation replace', () => {
    const w = { start: '2025-01-01', end: '2025-02-01' };
    const replaces: Action[] = [
      actions.windowDragged(w),
      actions.windowStepped(w),
      actions.playbackTicked(w, false),
      actions.playbackToggled(),
      actions.cameraMoved({ lon: 70, lat: 33, zoom: 6 }),
      actions.historyNavigated(DEFAULT_VIEW),
      actions.datasetLoaded(makeDataset([])),
    ];
    expect(replaces.map((a) => a.history)).toEqual(replaces.map(() => 'replace'));
  });
});

describe('reducer', () => {
  const s0 = initialState();

  it('starts from the documented defaults: whole span, Compare, nothing hidden', () => {
    expect(s0.view).toEqual({
      window: null,
      claimView: 'COMPARE',
      count: 'ALL',
      hiddenActors: [],
      hiddenTypes: [],
      hiddenCountries: [],
      selectedId: null,
      camera: null,
      sort: { key: 'date', dir: 'asc' },
      histogramMetric: 'incidents',
      search: '',
    });
  });

  it('toggling actors keeps them in ACTORS order and toggles back', () => {
    const s1 = reduce(reduce(s0, actions.actorToggled('UNKNOWN')), actions.actorToggled('TTP'));
    expect(s1.view.hiddenActors).toEqual(['TTP', 'UNKNOWN']);
    expect(reduce(s1, actions.actorToggled('TTP')).view.hiddenActors).toEqual(['UNKNOWN']);
  });

  it('filtersReset clears actors, types and countries but keeps the window', () => {
    let s = reduce(s0, actions.windowDragged({ start: '2025-01-01', end: '2025-03-01' }));
    for (const a of [actions.actorToggled('BLA'), actions.typeToggled('hijacking'), actions.countryToggled('QAT')]) s = reduce(s, a);
    const r = reduce(s, actions.filtersReset());
    expect([r.view.hiddenActors, r.view.hiddenTypes, r.view.hiddenCountries, r.view.window]).toEqual([[], [], [], { start: '2025-01-01', end: '2025-03-01' }]);
  });

  it('a dragged window with crossed handles is stored in order', () => {
    expect(reduce(s0, actions.windowDragged({ start: '2025-05-01', end: '2025-02-01' })).view.window).toEqual({ start: '2025-02-01', end: '2025-05-01' });
  });

  it('camera moves are rounded to the precision the URL keeps', () => {
    expect(reduce(s0, actions.cameraMoved({ lon: 70.123456789, lat: 33.987654321, zoom: 6.54321 })).view.camera).toEqual({ zoom: 6.54, lat: 33.988, lon: 70.123 });
  });

  it('choosing the current claim view returns the same state (no history entry)', () => {
    const s = reduce(s0, actions.claimViewChosen('PAK'));
    expect(reduce(s, actions.claimViewChosen('PAK'))).toBe(s);
  });

  it('a playback tick that ends stops playing', () => {
    const playing = reduce(s0, actions.playbackToggled());
    const ended = reduce(playing, actions.playbackTicked({ start: '2025-11-01', end: '2025-11-30' }, true));
    expect([playing.playback.playing, ended.playback.playing, ended.view.window?.end]).toEqual([true, false, '2025-11-30']);
  });

  it('datasetLoaded stores the data and the rejected-feature messages', () => {
    const d = makeDataset([incident({ id: 'a' })]);
    const s = reduce(reduce(s0, actions.datasetLoadStarted('bundled')), actions.datasetLoaded(d, ['f: feature 3: start: expected a date']));
    expect([s.data.status, s.data.dataset?.size, s.data.errors]).toEqual(['ready', 1, ['f: feature 3: start: expected a date']]);
  });
});

describe('store', () => {
  it('notifies subscribers on change only and reports each action with its states', () => {
    const store = createStore();
    let notified = 0;
    const seen: string[] = [];
    store.subscribe(() => notified++);
    store.onAction((a, next, prev) => seen.push(`${a.type}:${next === prev ? 'same' : 'changed'}`));
    store.dispatch(actions.claimViewChosen('AFG'));
    store.dispatch(actions.claimViewChosen('AFG'));
    expect(notified).toBe(1);
    expect(seen).toEqual(['claimViewChosen:changed', 'claimViewChosen:same']);
    expect(store.getState().view.claimView).toBe('AFG');
  });

  it('unsubscribe stops notifications', () => {
    const store = createStore();
    let notified = 0;
    const off = store.subscribe(() => notified++);
    off();
    store.dispatch(actions.actorToggled('TTP'));
    expect(notified).toBe(0);
  });
});
