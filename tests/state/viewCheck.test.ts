/**
 * The view checked against the data when it arrives: unknown ids dropped
 * (prototype keys included), windows outside the data's span clamped or reset,
 * each with its notice; the span includes talks and sector markers.
 */
import { describe, expect, it } from 'vitest';
import { firstDay } from '../../src/domain/civilDate.ts';
import { makeDataset } from '../../src/domain/dataset.ts';
import { actions } from '../../src/state/actions.ts';
import { initialState, reduce } from '../../src/state/reducer.ts';
import * as sel from '../../src/state/selectors.ts';
import { checkView } from '../../src/state/viewCheck.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/viewState.ts';
import { incident } from '../domain/logicFactories.ts';

const data = makeDataset([
  incident({ id: 'talks-2021', start: '2021-11-09', type: 'talks-ceasefire' }),
  incident({ id: 'a', start: '2022-01-10' }),
  incident({ id: 'b', start: '2024-06-01', end: '2024-06-03' }),
  incident({ id: 'b-sector', start: '2024-06-01', end: '2024-06-04', parentId: 'b' }),
]);
const loadWith = (view: Partial<ViewState>) => reduce(initialState({ ...DEFAULT_VIEW, ...view }), actions.datasetLoaded(data));

describe('the view checked against the data', () => {
  it('keeps a view that holds, as the same object, with no notice', () => {
    const view = { ...DEFAULT_VIEW, selectedId: 'b', window: { start: '2022-01-01', end: '2023-01-01' } };
    const r = checkView(view, data, { start: firstDay('2021-11-09'), end: firstDay('2024-06-04') });
    expect(r.view).toBe(view);
    expect(r.notices).toEqual([]);
  });

  for (const id of ['constructor', 'tostring', 'hasownproperty', 'nope']) {
    it(`drops the id "${id}", which is not in the data, with a notice`, () => {
      const s = loadWith({ selectedId: id, claimView: 'PAK' });
      expect(s.view).toEqual({ ...DEFAULT_VIEW, claimView: 'PAK' });
      expect(s.viewNotices).toEqual([{ kind: 'unknown-id', id }]);
      expect(sel.selectSelectedIncident(s)).toBeNull();
    });
  }

  it('resets a window wholly outside the span to the whole span, with a notice naming both', () => {
    const s = loadWith({ window: { start: '1990-01-01', end: '1990-12-31' } });
    expect(s.view.window).toBeNull();
    expect(s.viewNotices).toEqual([
      { kind: 'window-outside', asked: { start: '1990-01-01', end: '1990-12-31' }, span: { start: '2021-11-09', end: '2024-06-04' } },
    ]);
    expect(sel.selectTotals(s).incidents).toBe(2);
  });

  it('clamps a window reaching past either end of the span to it', () => {
    const s = loadWith({ window: { start: '2020-05-05', end: '2030-01-01' } });
    expect(s.view.window).toEqual({ start: '2021-11-09', end: '2024-06-04' });
    expect(s.viewNotices).toEqual([
      {
        kind: 'window-clamped',
        asked: { start: '2020-05-05', end: '2030-01-01' },
        span: { start: '2021-11-09', end: '2024-06-04' },
        shown: { start: '2021-11-09', end: '2024-06-04' },
      },
    ]);
  });

  it('counts talks and sector markers in the span: a window on the 2021 talks or the sector\'s last day stays', () => {
    expect(loadWith({ window: { start: '2021-11-09', end: '2021-11-09' } }).viewNotices).toEqual([]);
    expect(loadWith({ window: { start: '2024-06-04', end: '2024-06-04' } }).viewNotices).toEqual([]);
    expect(loadWith({ window: { start: '2024-06-05', end: '2024-06-05' } }).view.window).toBeNull();
  });

  it('"Whole span" and the span the Home key reaches are the same days', () => {
    const s = loadWith({});
    expect(sel.selectSpan(s)).toEqual({ start: firstDay('2021-11-09'), end: firstDay('2024-06-04') });
    expect(sel.selectWindowDays(reduce(s, actions.windowReset()))).toEqual(sel.selectSpan(s));
  });

  it('checks a view restored by Back once the data is in', () => {
    const s = reduce(loadWith({}), actions.historyNavigated({ ...DEFAULT_VIEW, selectedId: 'gone' }));
    expect(s.view.selectedId).toBeNull();
    expect(s.viewNotices).toEqual([{ kind: 'unknown-id', id: 'gone' }]);
  });

  it('with no incidents leaves the window alone (there is no span to clamp to)', () => {
    const s = reduce(initialState({ ...DEFAULT_VIEW, window: { start: '1990-01-01', end: '1990-12-31' } }), actions.datasetLoaded(makeDataset([])));
    expect(s.view.window).toEqual({ start: '1990-01-01', end: '1990-12-31' });
  });
});
