/**
 * Hosts the MapController: React never touches the map, it hands the
 * controller a model and the controller diffs and applies it. The controller
 * also hears of every change of state at once (store.subscribeNow), so a
 * window step is drawn in the input event's own task, before React renders
 * the list and counts (issue 10).
 */
import { useEffect, useRef, useState } from 'react';
import { MapController } from '../map/MapController.ts';
import type { MapEvents, MapModel } from '../map/model.ts';
import { installTestHook } from '../map/testHook.ts';
import { MAP } from './copy.ts';
import { setMapImageSource } from './mapImage.ts';
import { useStore } from './hooks.ts';
import { selectMapModel } from './mapModel.ts';

interface Props {
  model: MapModel;
  events: MapEvents;
  /** Dataset index of an incident id, for the test hook. */
  indexOf: (id: string) => number;
  /** Incident id of a dataset index, for the test hook. */
  idAt: (index: number) => string | undefined;
}

/** The map region. */
export function MapPane({ model, events, indexOf, idAt }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const ctl = useRef<MapController | null>(null);
  const latest = useRef({ model, events, indexOf, idAt });
  const [failed, setFailed] = useState(false);
  const store = useStore();
  useEffect(() => {
    latest.current = { model, events, indexOf, idAt };
  });

  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    const forward: MapEvents = {
      onCamera: (c) => latest.current.events.onCamera(c),
      onSelect: (i) => latest.current.events.onSelect(i),
      onHover: (h) => latest.current.events.onHover(h),
      onStack: (h) => latest.current.events.onStack(h),
      onReady: () => {
        idle = true;
        latest.current.events.onReady();
      },
    };
    // Ready = the basemap went idle once and the incidents are loaded (the data can arrive after the map's first idle).
    let idle = false;
    let c: MapController;
    try {
      c = new MapController(el, latest.current.model, forward);
    } catch {
      setFailed(true);
      return;
    }
    ctl.current = c;
    const hook = {
      get ready() {
        return idle && latest.current.model.appearance !== null;
      },
      screenPositionOf: (id: string) => c.pagePosition(latest.current.indexOf(id)),
      project: (lon: number, lat: number) => c.pageProject(lon, lat),
      drawnCount: () => c.drawnCount(),
      clusters: () =>
        (c.clusterList() ?? []).map((d) => ({ count: d.count, memberIds: Array.from(d.members ?? [], (i) => latest.current.idAt(i) ?? '') })),
      layerIds: () => c.map.getStyle().layers.map((l) => l.id),
      durandRendered: () => c.durandRendered(),
      durandDepiction: () => c.durandDepiction(),
      camera: () => c.camera(),
      moving: () => c.map.isMoving(),
      sectorIds: () => c.renderedSectors().map((i) => latest.current.idAt(i) ?? ''),
      renderedLabels: () => c.renderedLabels(),
      lngLatAt: (x: number, y: number) => c.lngLatAt(x, y),
      get labelsSettled() {
        return !c.labelsPending() && c.map.loaded() && !c.map.isMoving();
      },
    };
    installTestHook(hook);
    setMapImageSource((r) => c.compositeImage(r));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    const unsubscribe = store.subscribeNow(() => c.update(selectMapModel(store.getState())));
    return () => {
      unsubscribe();
      ro.disconnect();
      setMapImageSource(null);
      c.destroy();
      ctl.current = null;
    };
  }, [store]);

  useEffect(() => {
    // The newest model, not the rendered one: the store may have moved on since this render.
    ctl.current?.update(selectMapModel(store.getState()));
  }, [model, store]);

  return (
    <div className="map-pane" role="region" aria-label={MAP.region}>
      <div ref={box} className="map-canvas" />
      {failed && <p className="map-failed">{MAP.noWebGL}</p>}
    </div>
  );
}
