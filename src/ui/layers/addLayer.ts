/**
 * The import flow outside React: open a file in the worker, list where its
 * events repeat an earlier layer's, make the layer, build its tables before
 * it is shown (in slices, so a large file never blocks the page), keep it in
 * IndexedDB, and add it to the store.
 */
import { geoUrl } from '../../map/assets.ts';
import type { ColumnMapping } from '../../data/import/generic.ts';
import { openFile, type OpenResult } from '../../data/import/openFile.ts';
import type { ImportReport } from '../../data/import/report.ts';
import { loadSaved, saveLayer } from '../../data/import/saved.ts';
import { crossFileMerges } from '../../data/import/union.ts';
import type { Incident } from '../../domain/types.ts';
import { allIncidents } from '../../domain/dataset.ts';
import { combineLayers, LAYER_SLICE_ROWS, layerActions, nextStyle, reduceLayers, type FileLayer, type LayersState } from '../../state/layers.ts';
import type { Store } from '../../state/store.ts';
import { prepareDataset } from '../../state/tables.ts';
import { LAYERS } from '../copy.ts';

/** Adds the earlier layers' ids this file repeats to its report (the earlier values are kept). */
function withCrossMerges(report: ImportReport, incidents: readonly Incident[], layers: LayersState, bundled: readonly Incident[] | null): ImportReport {
  const earlier = [...(bundled ? [{ name: LAYERS.bundled, incidents: bundled }] : []), ...layers.files.map((f) => ({ name: f.name, incidents: f.incidents }))];
  const merges = crossFileMerges(earlier, incidents);
  if (merges.length === 0) return report;
  return {
    ...report,
    merged: report.merged + merges.length,
    merges: [...report.merges, ...merges.map((m) => ({ record: 0, line: null, id: m.id, keptFrom: m.keptFrom, fields: m.fields }))],
  };
}

/** A macrotask's pause: the page paints and takes input between the steps of putting a large file in. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Builds the shown dataset's tables for the layers state `next` ahead, in
 * short slices, for the view's Count and zoom, so the first render after the
 * action finds everything it reads.
 */
async function prepareLayers(store: Store, next: LayersState): Promise<void> {
  await pause();
  const combined = combineLayers(store.getState().data.dataset, next);
  performance.mark('atlas:import-combined');
  if (combined === null) return;
  await pause();
  const { view } = store.getState();
  await prepareDataset(combined.dataset, undefined, { sliceRows: LAYER_SLICE_ROWS, count: view.count, clusterZooms: view.camera === null ? [] : [view.camera.zoom] });
}

/**
 * Opens `file` (with a confirmed `mapping` for a generic file) and adds it as a layer.
 * Resolves with the report, or with the columns to map.
 */
export async function addFileLayer(store: Store, file: File, mapping: ColumnMapping | null, onProgress: (f: number) => void): Promise<OpenResult> {
  performance.mark('atlas:import-start');
  const r = await openFile(file, { mapping, countriesUrl: countriesUrl(), onProgress });
  if (r.kind !== 'imported') return r;
  // Marks for the import bench (and the browser's performance panel).
  performance.mark('atlas:import-read');
  // The last batch arrived in this task: the cross-file check and the union each get their own.
  await pause();
  const s = store.getState();
  const report = withCrossMerges(r.report, r.incidents, s.layers, s.data.dataset ? allIncidents(s.data.dataset) : null);
  if (r.incidents.length === 0) return { ...r, report };
  const key = `${Date.now().toString(36)}-${file.name}`;
  const layer: FileLayer = { key, name: file.name, visible: true, style: nextStyle(s.layers.files), incidents: r.incidents, report };
  const action = layerActions.layerAdded(layer);
  await prepareLayers(store, reduceLayers(store.getState().layers, action));
  performance.mark('atlas:import-prepared');
  store.dispatch(action);
  performance.mark('atlas:import-dispatched');
  // Keeping the file is a convenience (if the browser refuses — private mode, quota — the layer still shows),
  // and comes after the first frame with the layer: the File is stored, not its incidents.
  await pause();
  await saveLayer({ key, name: file.name, file, mapping, style: layer.style, visible: true, order: Date.now() }).catch(() => undefined);
  return { ...r, report };
}

function countriesUrl(): string | null {
  const u = geoUrl('countries');
  return u === undefined ? null : new URL(u, document.baseURI).href;
}

/** Reads the saved files again as layers (in their opening order); unreadable ones are left out. */
export async function readSavedLayers(): Promise<FileLayer[]> {
  const saved = await loadSaved().catch(() => []);
  const layers: FileLayer[] = [];
  for (const sv of saved) {
    try {
      const r = await openFile(sv.file, { mapping: sv.mapping, countriesUrl: countriesUrl() });
      if (r.kind === 'imported') layers.push({ key: sv.key, name: sv.name, visible: sv.visible, style: sv.style, incidents: r.incidents, report: r.report });
    } catch {
      // A saved file that no longer reads is left out; it stays saved so a later version can read it.
    }
  }
  return layers;
}
