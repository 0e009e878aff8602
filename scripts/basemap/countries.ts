/**
 * Countries (clipped to the region) and the Durand Line, both from one
 * topology: world-atlas 2.0.2 `countries-10m.json` (Natural Earth 10m admin-0,
 * public domain). Taking the line from the same arcs as the country polygons
 * means a point's side of the line and its country always agree.
 */
import { createRequire } from 'node:module';
import { feature as topoFeature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection as TopoCollection } from 'topojson-specification';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { CountryProps, DurandLineProps as LineProps } from '../../src/domain/geoLayers.ts';
import { byText, clipPolygonal, feature, roundLinear } from './common.ts';

const require = createRequire(import.meta.url);

/** ISO 3166-1 numeric ids of the two countries the line separates. */
export const AFG_ID = '004';
export const PAK_ID = '586';


type CountriesTopology = Topology<{ countries: TopoCollection<{ name: string }> }>;

function loadTopology(): CountriesTopology {
  return require('world-atlas/countries-10m.json') as CountriesTopology;
}

/** Countries whose clipped polygons are non-empty, sorted by id. */
export function buildCountries(): Feature<Polygon | MultiPolygon, CountryProps>[] {
  const topo = loadTopology();
  const fc = topoFeature(topo, topo.objects.countries);
  const out: Feature<Polygon | MultiPolygon, CountryProps>[] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const rounded = clipPolygonal(g);
    if (!rounded) continue;
    // Natural Earth leaves a few disputed areas without an ISO id; keep them with an empty id.
    const id = typeof f.id === 'string' ? f.id : '';
    out.push(feature(rounded, { id, name: f.properties?.name ?? '' }));
  }
  return out.sort((a, b) => byText(a.properties.id, b.properties.id) || byText(a.properties.name, b.properties.name));
}


/**
 * The Afghanistan–Pakistan border as one LineString, oriented from the Iran
 * tripoint (south-west end) to the China tripoint (north-east end).
 */
export function buildDurandLine(): Feature<LineString, LineProps> {
  const topo = loadTopology();
  const shared = mesh(topo, topo.objects.countries, (a, b) => {
    const ids = [a.id, b.id];
    return a !== b && ids.includes(AFG_ID) && ids.includes(PAK_ID);
  });
  const rounded = roundLinear(shared);
  if (!rounded || rounded.type !== 'LineString') {
    const parts = rounded?.type === 'MultiLineString' ? rounded.coordinates.length : 0;
    throw new Error(`durand-line: expected one LineString from the shared border, got ${parts} parts`);
  }
  let coords: Position[] = rounded.coordinates;
  const first = coords[0] as Position;
  const last = coords[coords.length - 1] as Position;
  // The Iran end is the western one; orient west → east so every build agrees.
  if ((first[0] as number) > (last[0] as number)) coords = [...coords].reverse();
  return feature<LineString, LineProps>(
    { type: 'LineString', coordinates: coords },
    {
      name: 'Durand Line',
      from: 'Afghanistan–Iran–Pakistan tripoint',
      to: 'Afghanistan–China–Pakistan tripoint',
      source: 'Natural Earth 10m admin-0 via world-atlas 2.0.2 (shared border of 004 and 586)',
    },
  );
}
