import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../src/domain/dataset.ts';
import { actions } from '../../src/state/actions.ts';
import { initialState } from '../../src/state/reducer.ts';
import { selectListIndices, selectMatchingIndices, selectSearchMask, selectVisibleIndices } from '../../src/state/selectors.ts';
import { createStore } from '../../src/state/store.ts';
import { incident } from '../domain/logicFactories.ts';

describe('search in the state', () => {
  const store = createStore(initialState());
  store.dispatch(
    actions.datasetLoaded(
      makeDataset([
        incident({ id: 'a', place: 'Mir Ali', start: '2025-01-01' }),
        incident({ id: 'b', place: 'Chaman', start: '2025-02-01' }),
        incident({ id: 'c', place: 'Mīr Alī camp', start: '2025-03-01' }),
      ]),
    ),
  );
  const ids = (ix: Int32Array) => Array.from(ix, (i) => store.getState().data.dataset?.idAt(i));

  it('with no search, the list is the visible set and nothing is masked', () => {
    expect(selectSearchMask(store.getState())).toBeNull();
    expect(ids(selectListIndices(store.getState()))).toEqual(['a', 'b', 'c']);
  });

  it('a search narrows the list to the matches and keeps the visible count', () => {
    store.dispatch(actions.searchTyped('mir ali'));
    const s = store.getState();
    expect(s.view.search).toBe('mir ali');
    expect(ids(selectListIndices(s))).toEqual(['a', 'c']);
    expect(selectMatchingIndices(s).length).toBe(2);
    expect(selectVisibleIndices(s).length).toBe(3);
    expect(Array.from(selectSearchMask(s) ?? [])).toEqual([1, 0, 1]);
  });
});
