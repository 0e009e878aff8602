/**
 * The world around the region, from world-atlas 2.0.2 `countries-50m.json`
 * (Natural Earth 1:50m admin-0, public domain): country fills and a label
 * point per country inside WORLD_BBOX, and the border and coast lines of the
 * whole map (1:50m outside the region, the same 1:10m arcs as the detailed
 * countries inside it).
 */
import { createRequire } from 'node:module';
import { area, bboxPolygon, difference, featureCollection } from '@turf/turf';
import { feature as topoFeature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection as TopoCollection } from 'topojson-specification';
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { BorderProps, CountryLabelProps, CountryProps } from '../../src/domain/geoLayers.ts';
import { REGION_BBOX, WORLD_BBOX, byText, clipPolygonal, feature, roundLinear, roundPath, roundPolygonal } from './common.ts';
import { splitByBox } from './lineClip.ts';
import { labelPoint } from './labelPoint.ts';

const require = createRequire(import.meta.url);

type CountriesTopology = Topology<{ countries: TopoCollection<{ name: string }> }>;

/** The 1:50m world is drawn to three decimals (~100 m), finer than its own detail. */
const WORLD_DIGITS = 3;

/**
 * The region minus a 0.05° strip: the world fill reaches that far under the
 * detailed fill so the two meet without an anti-aliased seam of water colour.
 */
const REGION_INSET: [number, number, number, number] = [REGION_BBOX[0] + 0.05, REGION_BBOX[1] + 0.05, REGION_BBOX[2] - 0.05, REGION_BBOX[3] - 0.05];

function topology(scale: '10m' | '50m'): CountriesTopology {
  return require(`world-atlas/countries-${scale}.json`) as CountriesTopology;
}

interface WorldCountry {
  id: string;
  name: string;
  /** The country clipped to WORLD_BBOX (before the region is cut out). */
  shape: Polygon | MultiPolygon;
  /** Area of the whole country in km² (unclipped). */
  km2: number;
}

function worldCountries(): WorldCountry[] {
  const topo = topology('50m');
  const out: WorldCountry[] = [];
  for (const f of topoFeature(topo, topo.objects.countries).features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const shape = clipPolygonal(g, WORLD_BBOX, WORLD_DIGITS);
    if (!shape) continue;
    out.push({ id: typeof f.id === 'string' ? f.id : '', name: f.properties?.name ?? '', shape, km2: Math.round(area(g) / 1e6) });
  }
  return out.sort((a, b) => byText(a.id, b.id) || byText(a.name, b.name));
}

/** Country fills of the world box, the detailed region cut out (its own 1:10m fill covers it). */
export function buildWorld(): Feature<Polygon | MultiPolygon, CountryProps>[] {
  const out: Feature<Polygon | MultiPolygon, CountryProps>[] = [];
  const hole = bboxPolygon(REGION_INSET);
  for (const c of worldCountries()) {
    const cut = difference(featureCollection([{ type: 'Feature', properties: {}, geometry: c.shape }, hole]));
    const g = cut ? roundPolygonal(cut.geometry, WORLD_DIGITS) : null;
    if (g) out.push(feature(g, { id: c.id, name: c.name }));
  }
  return out;
}

/**
 * Zoom from which a country's name is drawn, by its area: the largest from the
 * minimum zoom, small states only once there is room (the collision rule
 * still decides among those allowed).
 */
export function labelMinZoom(km2: number): number {
  if (km2 >= 1_000_000) return 2;
  if (km2 >= 250_000) return 3;
  if (km2 >= 60_000) return 4;
  if (km2 >= 8_000) return 5;
  return 6;
}

/** One label point per country of the world box, inside its largest part there. */
export function buildCountryLabels(): Feature<Point, CountryLabelProps>[] {
  return worldCountries().map((c) =>
    feature<Point, CountryLabelProps>(
      { type: 'Point', coordinates: roundPath([labelPoint(c.shape)], WORLD_DIGITS)[0] as Position },
      { id: c.id, name: c.name, km2: c.km2, minzoom: labelMinZoom(c.km2) },
    ),
  );
}

/** Parts of a mesh (borders between countries, or coasts) split by a box. */
function meshParts(scale: '10m' | '50m', kind: BorderProps['kind']): Position[][] {
  const topo = topology(scale);
  const m: MultiLineString = mesh(topo, topo.objects.countries, (a, b) => (kind === 'coast' ? a === b : a !== b));
  return m.coordinates;
}

function lines(paths: Position[][], props: BorderProps): Feature<LineString, BorderProps>[] {
  const out: Feature<LineString, BorderProps>[] = [];
  for (const p of paths) {
    const g = roundLinear({ type: 'LineString', coordinates: p }, props.scale === '50m' ? WORLD_DIGITS : 5);
    if (g?.type === 'LineString') out.push(feature(g, { ...props }));
  }
  return out;
}

/** Country borders and coasts of the whole map: 1:10m inside the region, 1:50m outside it. */
export function buildBorders(): Feature<LineString, BorderProps>[] {
  const out: Feature<LineString, BorderProps>[] = [];
  for (const kind of ['border', 'coast'] as const) {
    const detail = meshParts('10m', kind).flatMap((p) => splitByBox(p, REGION_BBOX).inside);
    const world = meshParts('50m', kind)
      .flatMap((p) => splitByBox(p, WORLD_BBOX).inside)
      .flatMap((p) => splitByBox(p, REGION_BBOX).outside);
    out.push(...lines(detail, { kind, scale: '10m' }), ...lines(world, { kind, scale: '50m' }));
  }
  return out;
}
