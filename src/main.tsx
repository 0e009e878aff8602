/**
 * Entry: read the URL into the initial view, create the store, load the
 * data, mount the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { actions } from './state/actions.ts';
import { initialState } from './state/reducer.ts';
import { createStore } from './state/store.ts';
import { DEFAULT_VIEW } from './state/viewState.ts';
import './ui/app.css';
import { App } from './ui/App.tsx';
import { StoreContext } from './ui/hooks.ts';
import { loadBundled } from './ui/standin/loadBundled.ts';

const store = createStore(initialState(DEFAULT_VIEW));

store.dispatch(actions.datasetLoadStarted('bundled'));
loadBundled().then(
  ({ dataset, errors }) => store.dispatch(actions.datasetLoaded(dataset, errors)),
  (e: unknown) => store.dispatch(actions.datasetLoadFailed(e instanceof Error ? e.message : String(e))),
);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
