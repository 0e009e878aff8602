/**
 * Layers: the bundled data and each opened file. The state holds what was
 * loaded and the user's choices (visible, removed); everything shown is
 * derived by selectors from the visible layers put together (unionDataset.ts:
 * the first-opened layer keeps an id both have, as in data/import/union.ts). Files are kept in IndexedDB by
 * src/data/import/store (see main.tsx), not here.
 */
import { makeDataset, type Dataset } from '../domain/dataset.ts';
import type { Incident } from '../domain/types.ts';
import type { ImportReport } from '../data/import/report.ts';
import { unionDatasets, type DatasetUnion } from './unionDataset.ts';

/** An opened file as a layer. */
export interface FileLayer {
  /** Stable key (also the IndexedDB key). */
  key: string;
  name: string;
  visible: boolean;
  /** Index into LAYER_COLORS. */
  style: number;
  incidents: readonly Incident[];
  report: ImportReport;
}

/** The layers part of the state. */
export interface LayersState {
  bundledVisible: boolean;
  /** Removed for this session (it comes back after a reload, or with "Show the bundled data"). */
  bundledRemoved: boolean;
  /** Opened files, in the order they were opened. */
  files: readonly FileLayer[];
}

export const INITIAL_LAYERS: LayersState = { bundledVisible: true, bundledRemoved: false, files: [] };

/**
 * Rows per slice when the tables of layers put together are built
 * (prepareDataset): an opened file's events carry several claims each (UCDP:
 * five rows), so the bundled default of 50,000 would be one long task.
 */
export const LAYER_SLICE_ROWS = 4_000;

/** Layer colours of opened files (the bundled layer keeps its colours by attribution). Hex, distinct from the actor colours. */
export const LAYER_COLORS = ['#0f766e', '#7c3aed', '#b45309', '#be185d', '#1d4ed8', '#4d7c0f'] as const;

/** Layer actions (see actions.ts for how they join the app's actions). */
export type LayerAction =
  | { type: 'layerAdded'; history: 'replace'; layer: FileLayer }
  | { type: 'layersRestored'; history: 'replace'; layers: FileLayer[] }
  | { type: 'layerToggled'; history: 'replace'; key: string }
  | { type: 'layerRemoved'; history: 'replace'; key: string }
  | { type: 'bundledToggled'; history: 'replace' }
  | { type: 'bundledRemoved'; history: 'replace'; removed: boolean };

/** The next free colour (the least used, then the first). */
export function nextStyle(files: readonly FileLayer[]): number {
  const used = LAYER_COLORS.map((_, k) => files.filter((f) => f.style === k).length);
  return used.indexOf(Math.min(...used));
}

/** Applies a layer action. */
export function reduceLayers(s: LayersState, a: LayerAction): LayersState {
  switch (a.type) {
    case 'layerAdded':
      return { ...s, files: [...s.files.filter((f) => f.key !== a.layer.key), a.layer] };
    case 'layersRestored':
      return { ...s, files: [...a.layers, ...s.files.filter((f) => !a.layers.some((l) => l.key === f.key))] };
    case 'layerToggled':
      return { ...s, files: s.files.map((f) => (f.key === a.key ? { ...f, visible: !f.visible } : f)) };
    case 'layerRemoved':
      return { ...s, files: s.files.filter((f) => f.key !== a.key) };
    case 'bundledToggled':
      return { ...s, bundledVisible: !s.bundledVisible };
    case 'bundledRemoved':
      return { ...s, bundledRemoved: a.removed, bundledVisible: !a.removed };
  }
}

/** The layer actions' creators. */
export const layerActions = {
  layerAdded: (layer: FileLayer): LayerAction => ({ type: 'layerAdded', history: 'replace', layer }),
  layersRestored: (layers: FileLayer[]): LayerAction => ({ type: 'layersRestored', history: 'replace', layers }),
  layerToggled: (key: string): LayerAction => ({ type: 'layerToggled', history: 'replace', key }),
  layerRemoved: (key: string): LayerAction => ({ type: 'layerRemoved', history: 'replace', key }),
  bundledToggled: (): LayerAction => ({ type: 'bundledToggled', history: 'replace' }),
  bundledRemoved: (removed: boolean): LayerAction => ({ type: 'bundledRemoved', history: 'replace', removed }),
};

/** The visible layers put together, with the layer each incident came from (-1 = bundled, else the file's index). */
export interface Combined {
  dataset: Dataset;
  union: DatasetUnion;
  /** Per union layer: the file's index in `files`, or -1 for the bundled layer. */
  sources: number[];
}

let lastKey: readonly unknown[] = [];
let last: Combined | null = null;

/**
 * The visible layers as one dataset. Memoised on what decides it — the
 * bundled dataset, whether it is shown, and each file layer's incidents or
 * null when hidden — so a layers state built ahead (addLayer.ts prepares the
 * tables before dispatching) gives the very dataset the selectors will use.
 */
export function combineLayers(bundled: Dataset | null, layers: LayersState): Combined | null {
  const shown = layers.bundledVisible && !layers.bundledRemoved;
  const key = [bundled, shown, ...layers.files.map((f) => (f.visible ? f.incidents : null))];
  if (key.length === lastKey.length && key.every((k, i) => k === lastKey[i])) return last;
  const parts: Dataset[] = [];
  const sources: number[] = [];
  if (bundled !== null && shown) {
    parts.push(bundled);
    sources.push(-1);
  }
  layers.files.forEach((f, k) => {
    if (!f.visible) return;
    parts.push(makeDataset(f.incidents));
    sources.push(k);
  });
  const union = unionDatasets(parts);
  last = bundled === null && layers.files.length === 0 ? null : { dataset: union.dataset, union, sources };
  lastKey = key;
  return last;
}

/** True when what is shown is exactly the bundled dataset (no file layers, bundled visible). */
export function onlyBundled(layers: LayersState): boolean {
  return layers.files.length === 0 && layers.bundledVisible && !layers.bundledRemoved;
}
