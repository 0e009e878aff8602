/**
 * Entry: read the URL into the initial view, create the store, start the one
 * URL writer, load the data (bundled, or a same-origin ?data= path), mount.
 */
// First: zod must be configured before any schema is built (see zodSetup.ts).
import './data/zodSetup.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import bundledUrl from '../geo/incidents.geojson?url';
import { resolveDataParam } from './data/load/dataParam.ts';
import { loadDataset } from './data/load/loadDataset.ts';
import { actions } from './state/actions.ts';
import { initialState } from './state/reducer.ts';
import { createStore } from './state/store.ts';
import { prepareDataset } from './state/tables.ts';
import './ui/app.css';
import { App } from './ui/App.tsx';
import { StoreContext } from './ui/hooks.ts';
import { keepParam } from './ui/keepParam.ts';
import { decodeWithReport } from './url/codec.ts';
import { startUrlSync } from './url/sync.ts';

const DATA_PARAM = 'data';
const dataValue = new URLSearchParams(window.location.search).get(DATA_PARAM);

// Parameters the view cannot take (too long, invalid) fall back to their defaults, leave the URL, and say so.
const decoded = decodeWithReport(window.location.search);
const store = createStore(initialState(decoded.view, decoded.ignored.map((p) => ({ kind: 'param-ignored' as const, ...p }))));
// The view codec owns every parameter but ?data=, which names the dataset: carry it through every URL write.
startUrlSync(store, keepParam(window, DATA_PARAM, dataValue));

const requested = dataValue === null ? null : resolveDataParam(dataValue, window.location.href);
const notices = requested !== null && !requested.ok ? [requested.message] : [];
const url = requested?.ok === true ? requested.url : bundledUrl;
const label = requested?.ok === true ? (dataValue ?? url) : 'geo/incidents.geojson';

store.dispatch(actions.datasetLoadStarted(label));
loadDataset(url, (p) => p.total !== null && p.total > 0 && store.dispatch(actions.datasetLoadProgressed(p.bytes / p.total)), label)
  // Build the per-dataset tables in slices before the first render needs them, so a
  // large dataset never blocks the main thread in one long task (1M: ~5 s otherwise).
  .then(async (r) => {
    await prepareDataset(r.dataset, r.columns);
    store.dispatch(actions.datasetLoaded(r.dataset, r.errors, r.columns));
  })
  .catch((e: unknown) => store.dispatch(actions.datasetLoadFailed(e instanceof Error ? e.message : String(e))));

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App notices={notices} />
    </StoreContext.Provider>
  </StrictMode>,
);
