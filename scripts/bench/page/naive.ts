/**
 * The baseline of issue 4: every incident in a maplibre GeoJSON source with a
 * circle layer, and `setFilter` on every window change — the obvious way.
 */
import type * as maplibregl from 'maplibre-gl';
import type { DatasetColumns } from '../../../src/domain/timeIndex.ts';
import type { Renderer } from './pipeline.ts';

/** Adds the source and layer; resolves when the first frame with them has been drawn. */
export function naiveRenderer(map: maplibregl.Map, cols: DatasetColumns, include: Uint8Array): Renderer {
  const features: GeoJSON.Feature[] = [];
  for (let i = 0; i < cols.lon.length; i++) {
    if (include[i] !== 1) continue;
    features.push({ type: 'Feature', id: i, geometry: { type: 'Point', coordinates: [cols.lon[i]!, cols.lat[i]!] }, properties: { s: cols.start[i], e: cols.end[i] } });
  }
  map.addSource('naive', { type: 'geojson', data: { type: 'FeatureCollection', features } });
  map.addLayer({ id: 'naive-points', type: 'circle', source: 'naive', paint: { 'circle-radius': 4, 'circle-color': '#c0392b', 'circle-opacity': 0.85, 'circle-stroke-width': 1, 'circle-stroke-color': '#fff' } });
  let pending: Promise<void> = Promise.resolve();
  return {
    setWindow(start, end) {
      map.setFilter('naive-points', ['all', ['<=', ['get', 's'], end], ['>=', ['get', 'e'], start]]);
      // The filter reaches the screen only after the worker re-lays out the tiles: wait for that, then for the frame.
      pending = new Promise((r) => map.once('idle', () => r()));
    },
    settled() {
      return pending;
    },
    setAppearance() {
      // The baseline is measured on window steps only (issue 4: setFilter on every change).
    },
    drawnCount() {
      return map.queryRenderedFeatures({ layers: ['naive-points'] }).length;
    },
  };
}
