/**
 * Start-up shared by the two pages (the app and the embed): the store from
 * the URL's view, and the dataset loaded into it — the bundled file or a
 * same-origin ?data= path (which falls back to the bundled data, saying why).
 */
import bundledUrl from '../geo/incidents.geojson?url';
import { BUNDLED_LABEL, loadData, reportOf } from './data/load/loadData.ts';
import { actions } from './state/actions.ts';
import { initialState, reduce } from './state/reducer.ts';
import { afterNextPaint, createStore, type Store } from './state/store.ts';
import { combineLayers, LAYER_SLICE_ROWS, layerActions, reduceLayers, type FileLayer } from './state/layers.ts';
import { selectDataset } from './state/selectors.ts';
import { prepareDataset } from './state/tables.ts';
import { decodeWithReport } from './url/codec.ts';

/**
 * Below this many incidents (all visible layers) a claim view, Count or layer
 * change renders everything in the click's task: the list and totals take a
 * few milliseconds there, and nothing on the page is a frame behind the click.
 */
export const SETTLE_AT_ONCE_BELOW = 5_000;

/** The parameter naming the dataset (not part of the view codec). */
export const DATA_PARAM = 'data';

/**
 * The store, starting from the view in `search`. Parameters the view cannot
 * take (too long, invalid) fall back to their defaults, leave the URL, and say so.
 */
export function storeFromUrl(search: string): Store {
  const decoded = decodeWithReport(search);
  // Window drags and playback reach the map at once and React after the frame (see store.ts); so do a claim view or
  // Count choice and an opened layer, but only where the data is large enough for React's part to hold the frame back.
  return createStore(initialState(decoded.view, decoded.ignored.map((p) => ({ kind: 'param-ignored' as const, ...p }))), reduce, {
    afterPaint: afterNextPaint,
    settleAtOnce: (s) => (selectDataset(s)?.size ?? 0) < SETTLE_AT_ONCE_BELOW,
  });
}

/**
 * Loads the dataset `?data=` names (or the bundled one) into the store, with
 * the opened files `savedLayers` reads back (IndexedDB). A ?data= file that
 * cannot be used for any reason falls back to the bundled data; the store's
 * load report says why (LoadNotice shows it). Returns notices about how the
 * page was opened (none left: the report carries them).
 */
export function loadInto(store: Store, dataValue: string | null, pageUrl: string, savedLayers: () => Promise<FileLayer[]> = async () => []): string[] {
  store.dispatch(actions.datasetLoadStarted(dataValue ?? BUNDLED_LABEL));
  const loaded = loadData(dataValue, pageUrl, bundledUrl, (p) => p.total !== null && p.total > 0 && store.dispatch(actions.datasetLoadProgressed(p.bytes / p.total)))
    // Build the per-dataset tables in slices before the first render needs them, so a
    // large dataset never blocks the main thread in one long task (1M: ~5 s otherwise).
    .then(async (o) => {
      await prepareDataset(o.result.dataset, o.result.columns);
      // Marks for the bench: where the time between "data in" and the first draw goes.
      performance.mark('atlas:tables-ready');
      return o;
    })
    .catch((e: unknown) => {
      store.dispatch(actions.datasetLoadFailed(e instanceof Error ? e.message : String(e)));
      return null;
    });
  // Saved layers come back before the data is dispatched, so the view read from the URL is checked
  // against every layer (a selected event of an opened file is kept); their tables are built ahead.
  const saved = savedLayers()
    .catch(() => [])
    .then((files) => {
      performance.mark('atlas:saved-layers-read');
      return files;
    });
  void Promise.all([loaded, saved]).then(async ([o, files]) => {
    const restored = files.length > 0 ? layerActions.layersRestored(files) : null;
    const combined = restored ? combineLayers(o?.result.dataset ?? null, reduceLayers(store.getState().layers, restored)) : null;
    // In short slices, as for an opened file (its events carry several claims each).
    if (combined) await prepareDataset(combined.dataset, undefined, { sliceRows: LAYER_SLICE_ROWS, count: store.getState().view.count });
    if (restored) store.dispatch(restored);
    if (o === null) return;
    performance.mark('atlas:dataset-ready');
    store.dispatch(actions.datasetLoaded(o.result.dataset, o.result.errors, o.result.columns, reportOf(o)));
  });
  return [];
}
