/**
 * Entry: read the URL into the initial view, create the store, start the one
 * URL writer, load the data (bundled, or a same-origin ?data= path), mount.
 */
// First: zod must be configured before any schema is built (see zodSetup.ts).
import './data/zodSetup.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DATA_PARAM, loadInto, storeFromUrl } from './boot.ts';
import './ui/app.css';
import { App } from './ui/App.tsx';
import { StoreContext } from './ui/hooks.ts';
import { keepParam } from './ui/keepParam.ts';
import { readSavedLayers } from './ui/layers/addLayer.ts';
import { startUrlSync } from './url/sync.ts';

const dataValue = new URLSearchParams(window.location.search).get(DATA_PARAM);

const store = storeFromUrl(window.location.search);
// The view codec owns every parameter but ?data=, which names the dataset: carry it through every URL write.
startUrlSync(store, keepParam(window, DATA_PARAM, dataValue));
// Opened files kept in this browser come back as layers (the embed page shows the bundled data only).
const notices = loadInto(store, dataValue, window.location.href, readSavedLayers);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App notices={notices} />
    </StoreContext.Provider>
  </StrictMode>,
);
