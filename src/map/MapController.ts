/**
 * The one owner of the maplibre map (besides the incident layer it hosts).
 * `update(model)` diffs the model against what was applied last, applies
 * only the change and has the incident layer draw it at once (so a change
 * made in an input event is on screen in the next frame); camera moves it
 * caused itself are not echoed back; the camera is dispatched on `moveend`
 * only. The incident layer exists from the start: incidents are drawn as soon
 * as the data and the camera are known, and the basemap fills in when maplibre
 * has loaded its style, sources and fonts.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { WORLD_BBOX } from '../domain/mapExtent.ts';
import { basemapUrls, fontUrls } from './assets.ts';
import { createIncidentDrawer } from './drawer.ts';
import { LabelGuard } from './labelGuard.ts';
import { discMembers, drawnMarks, incidentsAt, type Mark } from './marks.ts';
import type { Camera, ClusterPoint, IncidentDrawer, MapEvents, MapModel } from './model.ts';
import { installSectors, renderedSectors } from './sectors.ts';
import { buildStyle } from './style/index.ts';
import { DURAND_LABEL_SOURCE, durandLabelLayers, durandLayers } from './style/durandLine.ts';
import { simplifyLine } from './style/simplify.ts';

maplibregl.setWorkerUrl(workerUrl);

/** The region shown when the URL holds no map position: the whole Durand Line and Karachi. */
export const DEFAULT_BOUNDS: [number, number, number, number] = [60.5, 24.6, 75.2, 37.2];

/** Performance mark set when maplibre fires `load` (style, sources and fonts in, first full render). */
export const MAP_LOAD_MARK = 'atlas:map-load';

/** Marks camera changes made from the model, so their moveend is not dispatched back. */
const FROM_MODEL = { fromModel: true };

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** A camera animation's length: 0 (an instant move) when the user asks for reduced motion. */
const moveMs = (ms: number): number => (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : ms);

export class MapController {
  readonly map: maplibregl.Map;
  private drawer: IncidentDrawer | null = null;
  private applied: Partial<MapModel> = {};
  /** The claim view and words the basemap's Durand Line layers show now. */
  private styled: { view: MapModel['view']; words: MapModel['words'] };
  private lastCamera: Camera | null = null;
  private clusterZoom = Number.NaN;
  private pickedByClick = -1;
  /** Incidents listed by the last click on several ("Incidents here"): choosing one keeps the map where it is. */
  private pickedStack = new Set<number>();
  private clusters: ClusterPoint[] | null = null;
  private snapshotting = false;
  private showSectors: ((s: MapModel['sectors']) => void) | null = null;
  private readonly labels: LabelGuard;

  constructor(container: HTMLElement, initial: MapModel, private readonly events: MapEvents) {
    const data = basemapUrls();
    const cam = initial.camera;
    this.map = new maplibregl.Map({
      container,
      style: buildStyle({ data, fonts: fontUrls(), view: initial.view, words: initial.words }),
      ...(cam === null ? { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: 20 } } : { center: [cam.lon, cam.lat], zoom: cam.zoom }),
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      renderWorldCopies: false,
      // The pane's ResizeObserver calls resize(); maplibre's window listener would fire an untagged moveend.
      trackResize: false,
      maxZoom: 13,
      minZoom: 3,
      // The world layer's box: the map never pans or zooms out past the drawn countries.
      maxBounds: [
        [WORLD_BBOX[0], WORLD_BBOX[1]],
        [WORLD_BBOX[2], WORLD_BBOX[3]],
      ],
      canvasContextAttributes: { preserveDrawingBuffer: false },
    });
    this.labels = new LabelGuard(this.map, typeof data.places === 'string' ? data.places : null);
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.enable();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.styled = { view: initial.view, words: initial.words };
    this.applied = { view: initial.view, words: initial.words, camera: initial.camera };
    this.drawer = createIncidentDrawer(this.map);
    this.apply(initial);
    this.map.on('load', () => {
      performance.mark(MAP_LOAD_MARK);
      if (typeof data.durandLine === 'string') void this.loadDurandLabel(data.durandLine);
      // The view may have changed while the style loaded.
      this.applyView(this.applied.view ?? initial.view, this.applied.words ?? initial.words);
      this.showSectors = installSectors(this.map, (index) => events.onSelect(index));
      if (this.applied.sectors !== undefined) this.showSectors(this.applied.sectors);
      this.map.once('idle', () => events.onReady());
    });
    this.map.on('moveend', (e) => {
      const camera = this.camera();
      this.updateClusters();
      this.scheduleLabels();
      // A snapshot's pixel-ratio change resizes the map in place: not a move of the user's.
      if ((e as { fromModel?: boolean }).fromModel === true || this.snapshotting) return;
      this.lastCamera = camera;
      events.onCamera(camera);
    });
    this.map.on('click', (e) => this.click(e.point.x, e.point.y));
    this.map.on('mousemove', (e) => {
      const index = this.drawer?.pick(e.point.x, e.point.y) ?? -1;
      this.map.getCanvas().style.cursor = index >= 0 ? 'pointer' : '';
      events.onHover(index >= 0 ? { index, x: e.point.x, y: e.point.y } : null);
    });
    this.map.on('mouseout', () => events.onHover(null));
  }

  /**
   * A click on one incident selects it; on several (a shared position, marks
   * overlapping on screen, or a counted disc) the UI lists them.
   */
  private click(x: number, y: number): void {
    const hit = incidentsAt(this.marks(), this.clusters, (lon, lat) => this.map.project([lon, lat]), x, y);
    const disc = this.clusters?.[hit.disc];
    if (hit.indices.length === 1 && disc === undefined) {
      this.pickedByClick = hit.indices[0] as number;
      this.events.onSelect(this.pickedByClick);
      return;
    }
    if (hit.indices.length === 0) return;
    this.pickedStack = new Set(hit.indices);
    this.events.onStack({ indices: hit.indices, x, y, zoomTo: disc === undefined ? null : () => this.zoomTo(hit.indices) });
  }

  /** Fits the map to these incidents, zoomed in far enough for D1's grid to draw them apart where it can. */
  private zoomTo(indices: readonly number[]): void {
    const pts = this.applied.points;
    if (!pts || indices.length === 0) return;
    const lons = indices.map((i) => pts.lon[i] as number);
    const lats = indices.map((i) => pts.lat[i] as number);
    const bounds: [[number, number], [number, number]] = [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ];
    this.map.fitBounds(bounds, { padding: 80, maxZoom: this.map.getMaxZoom(), minZoom: this.map.getZoom() + 1, duration: moveMs(600) });
  }

  /** The marks drawn now (points and counted discs). */
  private marks(): Mark[] {
    return drawnMarks(this.applied, this.clusters);
  }

  private scheduleLabels(): void {
    this.labels.schedule(() => this.marks());
  }

  /** The map's current position, rounded as the URL stores it. */
  camera(): Camera {
    const c = this.map.getCenter();
    return { lon: round(c.lng, 4), lat: round(c.lat, 4), zoom: round(this.map.getZoom(), 2) };
  }

  /** Applies what changed since the last update; the incident layer draws it before returning. */
  update(model: MapModel): void {
    if (model !== this.applied) this.apply(model);
  }

  private apply(m: MapModel): void {
    const a = this.applied;
    const drawer = this.drawer;
    if (m.view !== a.view || m.words !== a.words) this.applyView(m.view, m.words);
    if (m.camera !== a.camera && m.camera !== null && !sameCamera(m.camera, this.lastCamera) && !sameCamera(m.camera, this.camera())) {
      this.map.jumpTo({ center: [m.camera.lon, m.camera.lat], zoom: m.camera.zoom }, FROM_MODEL);
    }
    if (drawer !== null) {
      if (m.points !== a.points && m.points !== null) drawer.setPoints(m.points);
      if (m.appearance !== a.appearance && m.appearance !== null) drawer.setAppearance(m.appearance);
      if (m.selected !== a.selected) {
        // Only the highlight changes: no per-incident array is rebuilt or uploaded.
        drawer.setSelected(m.selected);
        this.followSelection(m, a.selected ?? -1);
      }
      if (m.window !== null && (a.window?.startDay !== m.window.startDay || a.window?.endDay !== m.window.endDay)) {
        drawer.setWindow(m.window.startDay, m.window.endDay);
      }
    }
    if (m.sectors !== a.sectors) this.showSectors?.(m.sectors);
    const clustersChanged = m.clustersAt !== a.clustersAt;
    const marksChanged = m.points !== a.points || m.appearance !== a.appearance || m.window !== a.window || m.selected !== a.selected;
    this.applied = m;
    if (clustersChanged) {
      this.clusterZoom = Number.NaN;
      this.updateClusters();
    }
    if (marksChanged || clustersChanged) this.scheduleLabels();
    drawer?.flush();
  }

  /**
   * Restyles the Durand Line for the claim view without rebuilding the style,
   * setting only the properties whose value differs from what the map shows
   * (Independent and Compare draw the line alike: switching between them
   * touches nothing on the basemap).
   */
  private applyView(view: MapModel['view'], words: MapModel['words']): void {
    if (this.map.getLayer('durand-line') === undefined) return;
    const spec = (v: MapModel['view'], w: MapModel['words']) => [...durandLayers(v), ...durandLabelLayers(v, w)];
    const before = new Map(spec(this.styled.view, this.styled.words).map((l) => [l.id, l]));
    for (const layer of spec(view, words)) {
      const was = before.get(layer.id);
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      // Object.entries widens keys to string; they come from a spec-typed layer, so the cast is sound.
      for (const [k, v] of Object.entries(layer.paint ?? {})) {
        if (!same(v, (was?.paint as Record<string, unknown> | undefined)?.[k])) this.map.setPaintProperty(layer.id, k as keyof maplibregl.AllPaintProperties, v);
      }
      for (const [k, v] of Object.entries(layer.layout ?? {})) {
        if (!same(v, (was?.layout as Record<string, unknown> | undefined)?.[k])) this.map.setLayoutProperty(layer.id, k as keyof maplibregl.AllLayoutProperties, v);
      }
    }
    this.styled = { view, words };
  }

  /** Feeds the label's source a simplified copy of the line (same-origin fetch, once). */
  private async loadDurandLabel(url: string): Promise<void> {
    try {
      const fc = (await (await fetch(url)).json()) as GeoJSON.FeatureCollection;
      const features = fc.features.flatMap((f) =>
        f.geometry.type === 'LineString'
          ? [{ ...f, geometry: { type: 'LineString' as const, coordinates: simplifyLine(f.geometry.coordinates as [number, number][], 0.25).map((p) => [...p]) } }]
          : [],
      );
      const src = this.map.getSource(DURAND_LABEL_SOURCE);
      if (src instanceof maplibregl.GeoJSONSource) src.setData({ type: 'FeatureCollection', features });
    } catch {
      // The label is decoration: the line itself still draws from its own source.
    }
  }

  /** Flies to an incident selected outside the map (the list), unless it is already well in view. */
  private followSelection(m: MapModel, before: number): void {
    const sel = m.selected;
    if (sel < 0 || sel === before || m.points === null) return;
    // A point picked on the map is where the user looks: keep the zoom, move only if the panel now covers it.
    const clicked = sel === this.pickedByClick || this.pickedStack.has(sel);
    this.pickedByClick = -1;
    this.pickedStack.clear();
    const lon = m.points.lon[sel];
    const lat = m.points.lat[sel];
    if (lon === undefined || lat === undefined) return;
    const p = this.map.project([lon, lat]);
    const { clientWidth: w, clientHeight: h } = this.map.getContainer();
    // The part of the map not under the detail panel (a side card, or a bottom sheet on a phone).
    const { right, bottom } = m.occluded;
    const [vw, vh] = [Math.max(1, w - right), Math.max(1, h - bottom)];
    const inView = clicked ? p.x < vw - 20 && p.y < vh - 20 : p.x > vw * 0.15 && p.x < vw * 0.85 && p.y > vh * 0.15 && p.y < vh * 0.85;
    if (inView && (clicked || this.map.getZoom() >= 6)) return;
    // Centre the target in the clear part: an offset, not padding, which maplibre would keep for later moves.
    const offset: [number, number] = [-Math.min(right, w * 0.7) / 2, -Math.min(bottom, h * 0.7) / 2];
    const zoom = clicked ? this.map.getZoom() : Math.max(this.map.getZoom(), 7);
    // `essential` keeps maplibre from swapping in its own jump, which would drop the offset; moveMs honours reduced motion.
    this.map.flyTo({ center: [lon, lat], zoom, duration: moveMs(800), essential: true, offset });
  }

  /** Recomputes clusters when the visible set or the integer zoom changes. */
  private updateClusters(): void {
    const fn = this.applied.clustersAt;
    if (this.drawer === null || fn === undefined) return;
    const z = Math.floor(this.map.getZoom());
    if (z === this.clusterZoom) return;
    this.clusterZoom = z;
    this.clusters = fn === null ? null : fn(z);
    this.drawer.setClusters(this.clusters);
  }

  /**
   * Page coordinates a click must hit to reach an incident (for the test
   * hook): its drawn point, or the counted disc it is folded into; null when
   * neither is on screen.
   */
  pagePosition(index: number): { x: number; y: number } | null {
    let p = this.drawer?.screenPosition(index) ?? null;
    if (p === null && index >= 0) {
      const disc = this.clusters?.find((d) => discMembers(d).includes(index));
      const q = disc === undefined ? null : this.map.project([disc.lon, disc.lat]);
      const { clientWidth: w, clientHeight: h } = this.map.getContainer();
      if (q !== null && q.x >= 0 && q.y >= 0 && q.x <= w && q.y <= h) p = q;
    }
    if (p === null) return null;
    const r = this.map.getCanvasContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }

  /** Page coordinates of a longitude/latitude as the map projects it now, for the test hook. */
  pageProject(lon: number, lat: number): { x: number; y: number } {
    const p = this.map.project([lon, lat]);
    const r = this.map.getCanvasContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }

  /** Place and country names drawn now clear of every incident mark (for the test hook). */
  renderedLabels(): string[] {
    return this.labels.clearLabels(this.marks());
  }

  /** Longitude and latitude under page coordinates (for the test hook), or null outside the map. */
  lngLatAt(x: number, y: number): [number, number] | null {
    const r = this.map.getContainer().getBoundingClientRect();
    if (x < r.left || y < r.top || x > r.right || y > r.bottom) return null;
    const p = this.map.unproject([x - r.left, y - r.top]);
    return [p.lng, p.lat];
  }

  /** True while the labels wait to be laid out around moved marks (for the test hook). */
  labelsPending(): boolean {
    return this.labels.pending;
  }

  /** The counted discs drawn now (null = none), for the test hook. */
  clusterList(): readonly ClusterPoint[] | null {
    return this.clusters;
  }

  /** Points the GPU drew in the last frame. */
  drawnCount(): number {
    return this.drawer?.drawnCount() ?? 0;
  }

  /** Rendered features of the Durand Line (0 when it is not on screen). */
  durandRendered(): number {
    if (this.map.getLayer('durand-line') === undefined) return 0;
    return this.map.queryRenderedFeatures({ layers: ['durand-line'] }).length;
  }

  /** The Durand Line's label text and dash pattern as the map has them now (for the test hook). */
  durandDepiction(): { label: unknown; dash: unknown } {
    if (this.map.getLayer('durand-line') === undefined) return { label: null, dash: null };
    return { label: this.map.getLayoutProperty('durand-label', 'text-field'), dash: this.map.getPaintProperty('durand-line', 'line-dasharray') };
  }

  /**
   * The map as drawn, composited into one 2D canvas at `pixelRatio` device px
   * per CSS px: the basemap canvas, then every canvas laid over it (the
   * incident layer and its disc labels), in page order. The basemap keeps no
   * drawing buffer, so all canvases are read inside the map's own 'render'
   * event, after they drew and before the frame is handed to the screen.
   */
  async compositeImage(pixelRatio: number): Promise<HTMLCanvasElement> {
    const map = this.map;
    const before = map.getPixelRatio();
    this.snapshotting = true;
    try {
      if (pixelRatio !== before) {
        map.setPixelRatio(pixelRatio);
        await new Promise<void>((resolve) => map.once('idle', () => resolve()));
      }
      return await new Promise<HTMLCanvasElement>((resolve) => {
        map.once('render', () => {
          const base = map.getCanvas();
          const out = document.createElement('canvas');
          out.width = base.width;
          out.height = base.height;
          const ctx = out.getContext('2d');
          if (ctx !== null) for (const c of map.getCanvasContainer().querySelectorAll('canvas')) ctx.drawImage(c, 0, 0, out.width, out.height);
          resolve(out);
        });
        map.triggerRepaint();
      });
    } finally {
      if (map.getPixelRatio() !== before) map.setPixelRatio(before);
      this.snapshotting = false;
    }
  }

  /** Dataset indices of the sector markers rendered on screen. */
  renderedSectors(): number[] {
    return renderedSectors(this.map);
  }

  /** Resizes the map to its container (the layout changed). */
  resize(): void {
    // A resize keeps the centre; its moveend must not write a camera into the URL.
    this.map.resize(FROM_MODEL);
  }

  destroy(): void {
    this.labels.destroy();
    this.drawer?.destroy();
    this.map.remove();
  }
}

/** Same position within about one screen pixel (the URL rounds by zoom) and 0.01 zoom. */
function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (a === null || b === null) return a === b;
  const px = 360 / (512 * 2 ** Math.max(a.zoom, b.zoom));
  return Math.abs(a.lon - b.lon) <= px && Math.abs(a.lat - b.lat) <= px && Math.abs(a.zoom - b.zoom) <= 0.01;
}
