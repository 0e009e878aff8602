/**
 * The app's per-change pipeline without React: the store and D1's memoised
 * selectors decide what is visible; this applies it to a renderer and to a
 * status line and the first list rows (so DOM work is in the timed frame, as
 * in the app). Appearance is recomputed only when its inputs change identity.
 */
import { selectListIndices, selectPrimaryActors, selectSizeValues, selectTotals, selectVisibleIndices, selectWindowDays, selectFilterMask, selectDataset } from '../../../src/state/selectors.ts';
import type { Store } from '../../../src/state/store.ts';
import type { IncidentAppearance } from '../../../src/map/incidents/IncidentLayer.ts';

/** What a renderer must do for the bench (the fast layer and the naive baseline both implement it). */
export interface Renderer {
  setWindow(start: number, end: number): void;
  setAppearance(a: IncidentAppearance): void;
  /** Incidents drawn, read back from the renderer. */
  drawnCount(): number;
  /** Resolves once the last change can be on screen (maplibre re-lays out a filtered source in its worker first). */
  settled?(): Promise<void>;
  /** Draws a pending change now (the incident layer), so the next frame carries it. */
  flush?(): void;
}

/** `?radius=N` draws every point at N px (to separate fill cost from the rest); default sizes by casualties. */
const FIXED_RADIUS = Number(new URLSearchParams(location.search).get('radius') ?? 0);

// One colour per actor (ACTORS order); the bench only needs them distinct.
const PALETTE: [number, number, number][] = [
  [214, 39, 40], [148, 103, 189], [140, 86, 75], [227, 119, 194], [255, 127, 14], [44, 160, 44], [31, 119, 180], [23, 190, 207], [127, 127, 127],
];

/** Subscribes the renderer and the DOM to the store; returns the expected visible count of the current state. */
export function connect(store: Store, r: Renderer, status: HTMLElement, list: HTMLElement): () => number {
  let mask: Uint8Array | null = null;
  let primary: Uint8Array | null = null;
  let size: Float64Array | null = null;
  let unc: Float32Array | null = null;
  const apply = (): void => {
    const s = store.getState();
    const d = selectDataset(s);
    if (!d) return;
    const m = selectFilterMask(s);
    const p = selectPrimaryActors(s);
    const z = selectSizeValues(s);
    if (m && p && z && (m !== mask || p !== primary || z !== size)) {
      [mask, primary, size] = [m, p, z];
      const n = d.size;
      if (!unc) unc = d.codes?.uncertaintyKm ?? Float32Array.from({ length: n }, (_, k) => (d.incidentAt(k).locationPrecision === 'exact' ? 0 : d.incidentAt(k).uncertaintyKm));
      const rgba = new Uint8Array(n * 4);
      const radius = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        const c = PALETTE[p[i] ?? 8] ?? PALETTE[8]!;
        rgba[i * 4] = c[0];
        rgba[i * 4 + 1] = c[1];
        rgba[i * 4 + 2] = c[2];
        rgba[i * 4 + 3] = 220;
        const v = z[i] ?? NaN;
        radius[i] = FIXED_RADIUS > 0 ? FIXED_RADIUS : Number.isNaN(v) ? 2.5 : Math.min(14, 3 + Math.sqrt(v));
      }
      r.setAppearance({ rgba, radiusPx: radius, uncertaintyKm: unc, visible: m });
    }
    const w = selectWindowDays(s);
    r.setWindow(w.start, w.end);
    r.flush?.();
    const t = selectTotals(s);
    status.textContent = `${t.incidents.toLocaleString('en')} incidents · ${t.sides.map((x) => `${x.side} killed ${x.killed.lo.toLocaleString("en")}`).join(' · ')}`;
    const rows = selectListIndices(s);
    const items: HTMLLIElement[] = [];
    for (let k = 0; k < Math.min(20, rows.length); k++) {
      const inc = rows[k]! < d.size ? d.incidentAt(rows[k]!) : undefined;
      if (!inc) continue;
      const li = document.createElement('li');
      li.textContent = `${inc.start} ${inc.title}`;
      items.push(li);
    }
    list.replaceChildren(...items);
  };
  store.subscribe(apply);
  apply();
  return () => selectVisibleIndices(store.getState()).length;
}
