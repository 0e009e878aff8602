/**
 * Start-up shared by the two pages (the app and the embed): the store from
 * the URL's view, and the dataset loaded into it — the bundled file or a
 * same-origin ?data= path, whose refusal becomes a notice.
 */
import bundledUrl from '../geo/incidents.geojson?url';
import { resolveDataParam } from './data/load/dataParam.ts';
import { loadDataset } from './data/load/loadDataset.ts';
import { actions } from './state/actions.ts';
import { initialState, reduce } from './state/reducer.ts';
import { afterNextPaint, createStore, type Store } from './state/store.ts';
import { prepareDataset } from './state/tables.ts';
import { decodeWithReport } from './url/codec.ts';

/** The parameter naming the dataset (not part of the view codec). */
export const DATA_PARAM = 'data';

/**
 * The store, starting from the view in `search`. Parameters the view cannot
 * take (too long, invalid) fall back to their defaults, leave the URL, and say so.
 */
export function storeFromUrl(search: string): Store {
  const decoded = decodeWithReport(search);
  // Window drags and playback reach the map at once and React after the frame (see store.ts).
  return createStore(initialState(decoded.view, decoded.ignored.map((p) => ({ kind: 'param-ignored' as const, ...p }))), reduce, { afterPaint: afterNextPaint });
}

/**
 * Loads the dataset `?data=` names (or the bundled one) into the store.
 * Returns the notices to show (a refused ?data=).
 */
export function loadInto(store: Store, dataValue: string | null, pageUrl: string): string[] {
  const requested = dataValue === null ? null : resolveDataParam(dataValue, pageUrl);
  const notices = requested !== null && !requested.ok ? [requested.message] : [];
  const url = requested?.ok === true ? requested.url : bundledUrl;
  const label = requested?.ok === true ? (dataValue ?? url) : 'geo/incidents.geojson';

  store.dispatch(actions.datasetLoadStarted(label));
  loadDataset(url, (p) => p.total !== null && p.total > 0 && store.dispatch(actions.datasetLoadProgressed(p.bytes / p.total)), label)
    // Build the per-dataset tables in slices before the first render needs them, so a
    // large dataset never blocks the main thread in one long task (1M: ~5 s otherwise).
    .then(async (r) => {
      await prepareDataset(r.dataset, r.columns);
      performance.mark('atlas:dataset-ready');
      store.dispatch(actions.datasetLoaded(r.dataset, r.errors, r.columns));
    })
    .catch((e: unknown) => store.dispatch(actions.datasetLoadFailed(e instanceof Error ? e.message : String(e))));
  return notices;
}
