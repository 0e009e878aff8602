/**
 * Per-layer figures for the layers panel: each layer's events, how many are
 * in the window under the filters, each side's killed total there (never
 * adding sides, never reading "no figure" as 0), and which layers overlap in
 * time and place (their totals must not be added).
 */
import { viewSides } from '../domain/filters.ts';
import type { Side } from '../domain/vocab.ts';
import { combineLayers, LAYER_COLORS, onlyBundled } from './layers.ts';
import { memoLast } from './memo.ts';
import type { AppState } from './reducer.ts';
import { selectDataset, selectVisibleIndices } from './selectors.ts';
import { columnsOf, sideColumnsOf } from './tables.ts';

/** One visible layer's figures in the window. */
export interface LayerTotals {
  /** -1 = the bundled layer, else the index in `layers.files`. */
  source: number;
  /** Events this layer gives to what is shown (ids an earlier layer has are that layer's). */
  shown: number;
  shadowed: number;
  inWindow: number;
  sides: { side: Side; killed: number; withFigures: number }[];
  /** Bounding box and day span of its events in the window (for the overlap note). */
  box: [number, number, number, number] | null;
  days: [number, number] | null;
}

const totalsOf = memoLast((s: AppState['layers'], d: ReturnType<typeof selectDataset>, visible: Int32Array, view: AppState['view']['claimView'], bundled: AppState['data']['dataset']): LayerTotals[] => {
  if (d === null) return [];
  const combined = onlyBundled(s) ? null : combineLayers(bundled, s);
  const sources = combined?.sources ?? [-1];
  const counts = combined?.union.counts ?? [{ shown: d.size, shadowed: 0 }];
  const sides = viewSides(view);
  const cols = sides.map((side) => sideColumnsOf(d, side, 'ALL'));
  const days = columnsOf(d);
  const out: LayerTotals[] = sources.map((source, k) => ({ source, ...counts[k]!, inWindow: 0, sides: sides.map((side) => ({ side, killed: 0, withFigures: 0 })), box: null, days: null }));
  for (const i of visible) {
    const t = out[combined ? (combined.union.layerOf[i] ?? 0) : 0]!;
    t.inWindow++;
    cols.forEach((c, j) => {
      const v = c.killed[i]!;
      if (Number.isNaN(v)) return;
      t.sides[j]!.killed += v;
      t.sides[j]!.withFigures++;
    });
    const lon = days.lon[i]!;
    const lat = days.lat[i]!;
    const b = t.box;
    t.box = b === null ? [lon, lat, lon, lat] : [Math.min(b[0], lon), Math.min(b[1], lat), Math.max(b[2], lon), Math.max(b[3], lat)];
    const a = days.start[i]!;
    const z = days.end[i]!;
    t.days = t.days === null ? [a, z] : [Math.min(t.days[0], a), Math.max(t.days[1], z)];
  }
  return out;
});

/** Per visible layer: events, events in the window and each view side's killed total there. */
export const selectLayerTotals = (s: AppState): LayerTotals[] => totalsOf(s.layers, selectDataset(s), selectVisibleIndices(s), s.view.claimView, s.data.dataset);

const colorsOf = memoLast((combined: ReturnType<typeof combineLayers>, files: AppState['layers']['files'], rgbOf: (hex: string) => readonly [number, number, number]): Uint8Array | null => {
  if (combined === null) return null;
  const { layerOf } = combined.union;
  const out = new Uint8Array(layerOf.length * 4);
  const colours = combined.sources.map((src) => (src < 0 ? null : rgbOf(LAYER_COLORS[files[src]?.style ?? 0] ?? LAYER_COLORS[0])));
  for (let i = 0; i < layerOf.length; i++) {
    const c = colours[layerOf[i]!];
    if (c) out.set([c[0], c[1], c[2], 1], i * 4);
  }
  return out;
});

/**
 * Each shown incident's layer colour, 4 bytes each (r, g, b, 1) for an opened
 * file's events and 0s for the bundled layer's (drawn by attribution); null
 * when only the bundled layer is shown. `rgbOf` parses the hex colours.
 */
export const selectLayerColors = (s: AppState, rgbOf: (hex: string) => readonly [number, number, number]): Uint8Array | null =>
  onlyBundled(s.layers) || selectDataset(s) === null ? null : colorsOf(combineLayers(s.data.dataset, s.layers), s.layers.files, rgbOf);

/** Pairs of visible layers (by index in selectLayerTotals) whose events in the window overlap in place and time. */
export function overlappingPairs(totals: readonly LayerTotals[]): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < totals.length; a++)
    for (let b = a + 1; b < totals.length; b++) {
      const x = totals[a]!.box;
      const y = totals[b]!.box;
      const s = totals[a]!.days;
      const t = totals[b]!.days;
      const inTime = s && t && s[0] <= t[1] && t[0] <= s[1];
      if (x && y && inTime && x[0] <= y[2] && y[0] <= x[2] && x[1] <= y[3] && y[1] <= x[3]) out.push([a, b]);
    }
  return out;
}
