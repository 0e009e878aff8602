/**
 * The bench page: the real basemap style, the real loader, store and
 * selectors, and either the fast IncidentLayer or the naive baseline
 * (`?renderer=naive`). Keys drive the timed changes, so each is measured from
 * the browser's own input event timestamp to the first animation frame after
 * the change was drawn (the incident layer draws in the key's own task; the
 * baseline once maplibre is idle after applying its filter).
 *
 *   w = window +7 days, j = window +157 days, c = claim view PAK↔AFG, a = toggle TTP
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapUrls, fontUrls } from '../../../src/map/assets.ts';
import { buildStyle } from '../../../src/map/style/index.ts';
import { MAP_WORDS } from '../../../src/ui/copy.ts';
import { IncidentLayer } from '../../../src/map/incidents/IncidentLayer.ts';
import { loadDataset } from '../../../src/data/load/loadDataset.ts';
import { resolveDataParam } from '../../../src/data/load/dataParam.ts';
import { createStore } from '../../../src/state/store.ts';
import { prepareDataset } from '../../../src/state/tables.ts';
import { actions } from '../../../src/state/actions.ts';
import { selectColumns, selectFilterMask, selectSpan } from '../../../src/state/selectors.ts';
import { civilFromDay } from '../../../src/domain/civilDate.ts';
import { connect, type Renderer } from './pipeline.ts';
import { naiveRenderer } from './naive.ts';

maplibregl.setWorkerUrl(workerUrl);

interface Sample { kind: string; ms: number; expected: number; drawn: number }
const bench = {
  ready: false,
  /** maplibre 'render' events so far: a window step should add none. */
  mapRenders: 0,
  error: '',
  n: 0,
  firstFrameMs: 0,
  loadedMs: 0,
  samples: [] as Sample[],
  longTasks: [] as { start: number; ms: number }[],
  scrub: async (_ms: number) => ({ frames: 0, steps: 0 }),
};
(window as unknown as { __bench: typeof bench }).__bench = bench;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, ms: e.duration });
}).observe({ type: 'longtask', buffered: true });

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
const twoFrames = () => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))));

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const naive = params.get('renderer') === 'naive';
  const data = resolveDataParam(params.get('data') ?? '', location.href);
  if (!data.ok) throw new Error(`?data= refused: ${JSON.stringify(params.get('data'))}`);
  const map = new maplibregl.Map({
    container: 'map',
    style: buildStyle({ data: basemapUrls(), fonts: fontUrls(), view: 'PAK', words: MAP_WORDS }),
    bounds: [60.5, 24.6, 75.2, 37.2],
    fitBoundsOptions: { padding: 10 },
    attributionControl: false,
    renderWorldCopies: false,
  });
  const mapLoaded = new Promise<void>((r) => map.once('load', () => r()));
  map.on('render', () => bench.mapRenders++);
  const loaded = await loadDataset(data.url);
  // As the app does: the selectors' tables are filled in slices before the dataset is handed over.
  await prepareDataset(loaded.dataset, loaded.columns);
  bench.loadedMs = performance.now();
  const store = createStore();
  store.dispatch(actions.datasetLoaded(loaded.dataset, loaded.errors));
  const span = selectSpan(store.getState());
  if (!span) throw new Error('no incidents');
  let start = span.start;
  const setWindow = (a: number) => store.dispatch(actions.windowDragged({ start: civilFromDay(a), end: civilFromDay(a + 364) }));
  setWindow(start);
  await mapLoaded;
  const cols = selectColumns(store.getState())!;
  // Both renderers get the same camera, framing every point, so the naive renderer's on-screen count is the whole count.
  let [w, so, e, n] = [180, 90, -180, -90];
  for (let i = 0; i < cols.lon.length; i++) {
    w = Math.min(w, cols.lon[i]!);
    e = Math.max(e, cols.lon[i]!);
    so = Math.min(so, cols.lat[i]!);
    n = Math.max(n, cols.lat[i]!);
  }
  map.fitBounds([w, so, e, n], { padding: 24, animate: false });
  let renderer: Renderer;
  if (naive) {
    renderer = naiveRenderer(map, cols, selectFilterMask(store.getState())!);
    await new Promise<void>((r) => map.once('idle', () => r()));
  } else {
    const layer = new IncidentLayer(map);
    layer.setPoints({ lon: cols.lon, lat: cols.lat, startDay: cols.start, endDay: cols.end });
    renderer = layer;
  }
  (bench as unknown as { renderer: Renderer }).renderer = renderer;
  const expected = connect(store, renderer, document.getElementById('status')!, document.getElementById('list')!);
  bench.firstFrameMs = await twoFrames();
  bench.n = loaded.dataset.size;

  const advance = (days: number) => {
    start += days;
    if (start + 364 > span.end) start = span.start + ((start - span.start) % Math.max(1, span.end - span.start - 364));
    setWindow(start);
  };
  let view: 'PAK' | 'AFG' = 'PAK';
  document.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    const kind = { w: 'week', j: 'jump', c: 'claim', a: 'attribution' }[e.key];
    if (!kind) return;
    if (kind === 'week') advance(7);
    else if (kind === 'jump') advance(157);
    else if (kind === 'claim') store.dispatch(actions.claimViewChosen((view = view === 'PAK' ? 'AFG' : 'PAK')));
    else store.dispatch(actions.actorToggled('TTP'));
    // The change is drawn (the layer flushed in this task; the baseline once maplibre is idle): the next frame shows it.
    void (renderer.settled?.() ?? Promise.resolve()).then(nextFrame).then((t1) => {
      // Checked after the timed frame: what the renderer drew vs what the domain filter selects.
      const check = params.get('verify') !== '0';
      bench.samples.push({ kind, ms: t1 - t0, expected: check ? expected() : -1, drawn: check ? renderer.drawnCount() : -1 });
    });
  });
  bench.scrub = async (ms: number) => {
    const until = performance.now() + ms;
    let frames = 0;
    while (performance.now() < until) {
      advance(1);
      await new Promise((r) => requestAnimationFrame(r));
      frames++;
    }
    await twoFrames();
    return { frames, steps: frames };
  };
  bench.ready = true;
}

main().catch((e: unknown) => {
  bench.error = e instanceof Error ? e.message : String(e);
});
