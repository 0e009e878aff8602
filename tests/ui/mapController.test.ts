/**
 * MapController against a fake maplibre map (WebGL2 does not exist in jsdom):
 * it applies only what changed, never echoes its own camera moves, and
 * dispatches the camera on moveend only.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapEvents, MapModel } from '../../src/map/model.ts';

type Handler = (e: Record<string, unknown>) => void;

/** The parts of maplibregl.Map the controller uses, recording calls. */
class FakeMap {
  static last: FakeMap | null = null;
  handlers = new Map<string, Handler[]>();
  calls: { name: string; args: unknown[] }[] = [];
  center = { lng: 69, lat: 32 };
  zoom = 5;
  container = document.createElement('div');
  touchZoomRotate = { disableRotation: () => {} };
  keyboard = { enable: () => {} };
  constructor(public options: Record<string, unknown>) {
    FakeMap.last = this;
  }
  on(type: string, layerOrHandler: string | Handler, h?: Handler) {
    // maplibre's on(type, layer, handler) form is kept apart under "type:layer".
    const [key, handler] = typeof layerOrHandler === 'string' ? [`${type}:${layerOrHandler}`, h as Handler] : [type, layerOrHandler];
    this.handlers.set(key, [...(this.handlers.get(key) ?? []), handler]);
    return this;
  }
  addSource(...args: unknown[]) {
    this.record('addSource', args);
  }
  addLayer(...args: unknown[]) {
    this.record('addLayer', args);
  }
  once(type: string, h: Handler) {
    return this.on(type, h);
  }
  off() {
    return this;
  }
  fire(type: string, data: Record<string, unknown> = {}) {
    for (const h of this.handlers.get(type) ?? []) h(data);
  }
  private record(name: string, args: unknown[]) {
    this.calls.push({ name, args });
  }
  addControl() {}
  setMissingStyleImageResolver() {
    return this;
  }
  getCenter() {
    return this.center;
  }
  getZoom() {
    return this.zoom;
  }
  getMaxZoom() {
    return 13;
  }
  jumpTo(o: { center: [number, number]; zoom: number }, data: Record<string, unknown> = {}) {
    this.record('jumpTo', [o, data]);
    this.center = { lng: o.center[0], lat: o.center[1] };
    this.zoom = o.zoom;
    this.fire('moveend', data);
  }
  flyTo(o: unknown) {
    this.record('flyTo', [o]);
  }
  easeTo(o: unknown) {
    this.record('easeTo', [o]);
  }
  getLayer(id: string) {
    return id.startsWith('durand') ? { id } : undefined;
  }
  setPaintProperty(...args: unknown[]) {
    this.record('setPaintProperty', args);
  }
  setLayoutProperty(...args: unknown[]) {
    this.record('setLayoutProperty', args);
  }
  getSource() {
    return undefined;
  }
  getContainer() {
    return this.container;
  }
  getCanvas() {
    return document.createElement('canvas');
  }
  getCanvasContainer() {
    return this.container;
  }
  project([lon, lat]: [number, number]) {
    return { x: (lon - this.center.lng) * 100 + 400, y: (this.center.lat - lat) * 100 + 300 };
  }
  resize(data?: unknown) {
    this.record('resize', [data]);
  }
  remove() {}
}

const drawer = {
  setPoints: vi.fn(),
  setAppearance: vi.fn(),
  setSelected: vi.fn(),
  setWindow: vi.fn(),
  setClusters: vi.fn(),
  pick: vi.fn(() => -1),
  pickCluster: vi.fn(() => -1),
  screenPosition: vi.fn(() => null),
  drawnCount: vi.fn(() => 0),
  flush: vi.fn(),
  destroy: vi.fn(),
};

vi.mock('maplibre-gl', () => ({
  Map: FakeMap,
  setWorkerUrl: () => {},
  NavigationControl: class {},
  ScaleControl: class {},
  GeoJSONSource: class {},
}));
vi.mock('../../src/map/drawer.ts', () => ({ createIncidentDrawer: () => drawer }));

const { MapController } = await import('../../src/map/MapController.ts');

const words = { durand: { PAK: 'p', AFG: 'a', INDEPENDENT: 'i', COMPARE: 'c' }, fata: 'f' };
const points = { lon: Float64Array.of(70), lat: Float64Array.of(33), startDay: Int32Array.of(100), endDay: Int32Array.of(100) };
const base: MapModel = { view: 'PAK', words, camera: null, points, appearance: null, selected: -1, window: { startDay: 0, endDay: 500 }, clustersAt: null, occluded: { right: 0, bottom: 0 }, sectors: [] };

function setup(model: MapModel = base) {
  const events = { onCamera: vi.fn(), onSelect: vi.fn(), onHover: vi.fn(), onStack: vi.fn(), onReady: vi.fn() } satisfies MapEvents;
  const ctl = new MapController(document.createElement('div'), model, events);
  const map = FakeMap.last as FakeMap;
  map.fire('load');
  return { ctl, map, events };
}

beforeEach(() => vi.clearAllMocks());
afterEach(() => {
  FakeMap.last = null;
});

describe('MapController', () => {
  it('draws the incidents before the basemap has loaded: points and window once, at construction', () => {
    const events = { onCamera: vi.fn(), onSelect: vi.fn(), onHover: vi.fn(), onStack: vi.fn(), onReady: vi.fn() } satisfies MapEvents;
    new MapController(document.createElement('div'), base, events);
    expect(drawer.setPoints).toHaveBeenCalledTimes(1);
    expect(drawer.setWindow).toHaveBeenCalledWith(0, 500);
    expect(drawer.flush).toHaveBeenCalledTimes(1);
    FakeMap.last!.fire('load');
    expect(drawer.setPoints).toHaveBeenCalledTimes(1);
  });

  it('has the layer draw each applied change at once (flush), not in a later frame', () => {
    const { ctl } = setup();
    drawer.flush.mockClear();
    ctl.update({ ...base, window: { startDay: 7, endDay: 507 } });
    expect(drawer.flush).toHaveBeenCalledTimes(1);
  });

  it('sets the window only when it changed', () => {
    const { ctl } = setup();
    ctl.update({ ...base, window: { startDay: 0, endDay: 500 } });
    expect(drawer.setWindow).toHaveBeenCalledTimes(1);
    ctl.update({ ...base, window: { startDay: 7, endDay: 507 } });
    expect(drawer.setWindow).toHaveBeenLastCalledWith(7, 507);
    expect(drawer.setWindow).toHaveBeenCalledTimes(2);
    expect(drawer.setPoints).toHaveBeenCalledTimes(1);
  });

  it('touches nothing on the basemap between Independent and Compare (the line is drawn alike)', () => {
    const { ctl, map } = setup({ ...base, view: 'INDEPENDENT', words: { ...words, durand: { ...words.durand, COMPARE: 'i' } } });
    const before = map.calls.length;
    ctl.update({ ...base, view: 'COMPARE', words: { ...words, durand: { ...words.durand, COMPARE: 'i' } } });
    expect(map.calls.slice(before).filter((c) => c.name === 'setPaintProperty' || c.name === 'setLayoutProperty')).toEqual([]);
  });

  it('selecting an incident sets only the selection, never the appearance arrays', () => {
    const { ctl } = setup();
    const look = { rgba: new Uint8Array(4), radiusPx: new Float32Array(1), uncertaintyKm: new Float32Array(1), visible: Uint8Array.of(1) };
    const m1 = { ...base, appearance: look };
    ctl.update(m1);
    drawer.setAppearance.mockClear();
    ctl.update({ ...m1, selected: 0 });
    expect(drawer.setSelected).toHaveBeenLastCalledWith(0);
    expect(drawer.setAppearance).not.toHaveBeenCalled();
    expect(drawer.setPoints).toHaveBeenCalledTimes(1);
  });

  it('restyles the Durand Line for a new claim view without rebuilding the style', () => {
    const { ctl, map } = setup();
    ctl.update({ ...base, view: 'AFG' });
    const dash = map.calls.find((c) => c.name === 'setPaintProperty' && c.args[0] === 'durand-line' && c.args[1] === 'line-dasharray');
    expect(dash?.args[2]).toEqual([2, 1.5]);
    const label = map.calls.find((c) => c.name === 'setLayoutProperty' && c.args[0] === 'durand-label' && c.args[1] === 'text-field');
    expect(label?.args[2]).toBe('a');
  });

  it('does not echo a camera it applied from the model', () => {
    const { ctl, map, events } = setup();
    ctl.update({ ...base, camera: { lon: 71, lat: 34, zoom: 7 } });
    expect(map.calls.filter((c) => c.name === 'jumpTo')).toHaveLength(1);
    expect(events.onCamera).not.toHaveBeenCalled();
  });

  it('dispatches the camera on moveend, rounded, and never on move', () => {
    const { map, events } = setup();
    map.center = { lng: 70.123456, lat: 33.987654 };
    map.zoom = 6.4567;
    map.fire('move');
    expect(events.onCamera).not.toHaveBeenCalled();
    map.fire('moveend', { originalEvent: {} });
    expect(events.onCamera).toHaveBeenCalledWith({ lon: 70.1235, lat: 33.9877, zoom: 6.46 });
  });

  it('does not jump back to a camera the state holds from its own moveend', () => {
    const { ctl, map, events } = setup();
    map.center = { lng: 70.5, lat: 33.5 };
    map.zoom = 6;
    map.fire('moveend', {});
    const reported = events.onCamera.mock.calls[0]?.[0];
    ctl.update({ ...base, camera: reported });
    expect(map.calls.filter((c) => c.name === 'jumpTo')).toHaveLength(0);
  });

  it('resizes without reporting a camera', () => {
    const { ctl, map } = setup();
    ctl.resize();
    expect(map.calls.find((c) => c.name === 'resize')?.args[0]).toEqual({ fromModel: true });
  });

  it('flies to an incident selected in the list when it is off screen', () => {
    const { ctl, map } = setup();
    const look = { rgba: new Uint8Array(4), radiusPx: new Float32Array(1), uncertaintyKm: new Float32Array(1), visible: Uint8Array.of(1) };
    ctl.update({ ...base, appearance: look });
    expect(map.calls.filter((c) => c.name === 'flyTo')).toHaveLength(0);
    ctl.update({ ...base, appearance: look, selected: 0 });
    expect(map.calls.filter((c) => c.name === 'flyTo')).toHaveLength(1);
  });
});
