/**
 * Entry: read the URL into the initial view, create the store, start the one
 * URL writer, start loading the data (bundled, or a same-origin ?data= path),
 * then load and mount the interface. The interface (React, maplibre, every
 * component) is the page's largest module: it is fetched and evaluated while
 * the data loads in its worker, not before the load starts (issue 10).
 */
// First: zod must be configured before any schema is built (see zodSetup.ts).
import './data/zodSetup.ts';
import { DATA_PARAM, loadInto, storeFromUrl } from './boot.ts';
import { keepParam } from './ui/keepParam.ts';
import { readSavedLayers } from './ui/layers/addLayer.ts';
import { startUrlSync } from './url/sync.ts';

const dataValue = new URLSearchParams(window.location.search).get(DATA_PARAM);

const store = storeFromUrl(window.location.search);
// The view codec owns every parameter but ?data=, which names the dataset: carry it through every URL write.
startUrlSync(store, keepParam(window, DATA_PARAM, dataValue));
// Opened files kept in this browser come back as layers (the embed page shows the bundled data only).
const notices = loadInto(store, dataValue, window.location.href, readSavedLayers);

void import('./mount.tsx').then(({ mount }) => mount(store, notices));
