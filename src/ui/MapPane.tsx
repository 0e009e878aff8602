/**
 * Hosts the MapController: React never touches the map, it hands the
 * controller a model and the controller diffs and applies it.
 */
import { useEffect, useRef, useState } from 'react';
import { MapController } from '../map/MapController.ts';
import type { MapEvents, MapModel } from '../map/model.ts';
import { installTestHook } from '../map/testHook.ts';
import { MAP } from './copy.ts';

interface Props {
  model: MapModel;
  events: MapEvents;
  /** Dataset index of an incident id, for the test hook. */
  indexOf: (id: string) => number;
}

/** The map region. */
export function MapPane({ model, events, indexOf }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const ctl = useRef<MapController | null>(null);
  const latest = useRef({ model, events, indexOf });
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    latest.current = { model, events, indexOf };
  });

  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    const forward: MapEvents = {
      onCamera: (c) => latest.current.events.onCamera(c),
      onSelect: (i) => latest.current.events.onSelect(i),
      onHover: (h) => latest.current.events.onHover(h),
      onReady: () => {
        hook.ready = true;
        latest.current.events.onReady();
      },
    };
    let c: MapController;
    try {
      c = new MapController(el, latest.current.model, forward);
    } catch {
      setFailed(true);
      return;
    }
    ctl.current = c;
    const hook = {
      ready: false,
      screenPositionOf: (id: string) => c.pagePosition(latest.current.indexOf(id)),
      drawnCount: () => c.drawnCount(),
      layerIds: () => c.map.getStyle().layers.map((l) => l.id),
      durandRendered: () => c.durandRendered(),
      durandDepiction: () => c.durandDepiction(),
    };
    installTestHook(hook);
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      c.destroy();
      ctl.current = null;
    };
  }, []);

  useEffect(() => {
    ctl.current?.update(model);
  }, [model]);

  return (
    <div className="map-pane" role="region" aria-label={MAP.region}>
      <div ref={box} className="map-canvas" />
      {failed && <p className="map-failed">{MAP.noWebGL}</p>}
    </div>
  );
}
