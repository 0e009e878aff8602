/** Creates helper E's WebGL incident layer on a map (one place to swap it in tests). */
import type * as maplibregl from 'maplibre-gl';
import { IncidentLayer } from './incidents/IncidentLayer.ts';
import type { IncidentDrawer } from './model.ts';

/** A new drawing layer on `map`. */
export function createIncidentDrawer(map: maplibregl.Map): IncidentDrawer {
  return new IncidentLayer(map);
}
