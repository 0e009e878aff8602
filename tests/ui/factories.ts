/** Small factories for the UI tests: the shared incident and claim factories, and a store holding a dataset. */
import { makeDataset } from '../../src/domain/dataset.ts';
import type { Incident } from '../../src/domain/types.ts';
import { actions } from '../../src/state/actions.ts';
import { initialState } from '../../src/state/reducer.ts';
import { createStore, type Store } from '../../src/state/store.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/viewState.ts';

export { claim, incident } from '../domain/logicFactories.ts';

/** A store with the incidents loaded and the given view. */
export function storeWith(incidents: Incident[], view: Partial<ViewState> = {}): Store {
  const store = createStore(initialState({ ...DEFAULT_VIEW, ...view }));
  store.dispatch(actions.datasetLoaded(makeDataset(incidents), []));
  return store;
}
