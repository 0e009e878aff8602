/**
 * Reads each incident's id, point and naming text for the places layer:
 * from the committed geo/incidents.geojson when it exists, else from the fact
 * sheet (../shared/facts/incidents.json). Both hold the same points; the
 * GeoJSON is preferred so a fresh clone without ../shared still builds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An incident as the places layer needs it. */
export interface IncidentPoint {
  id: string;
  lon: number;
  lat: number;
  /** Title, place, location wording, coordinate note and secondary place names, joined. */
  text: string;
}

function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

function num(x: unknown): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new Error(`incident point: expected a number, found ${JSON.stringify(x)}`);
  return x;
}

function rec(x: unknown): Record<string, unknown> {
  return x !== null && typeof x === 'object' ? (x as Record<string, unknown>) : {};
}

function fromGeoJson(json: unknown): IncidentPoint[] {
  const features = rec(json).features;
  if (!Array.isArray(features)) throw new Error('geo/incidents.geojson: expected a FeatureCollection');
  return features.map((f) => {
    const p = rec(rec(f).properties);
    const coords = rec(rec(f).geometry).coordinates;
    const [lon, lat] = Array.isArray(coords) ? coords : [];
    const secondary = Array.isArray(p.secondaryLocations) ? p.secondaryLocations.map((s) => str(rec(s).name)) : [];
    return {
      id: str(p.id),
      lon: num(lon),
      lat: num(lat),
      text: [p.title, p.place, p.locationWording, p.coordinateNote, ...secondary].map(str).join(' | '),
    };
  });
}

function fromFacts(json: unknown): IncidentPoint[] {
  if (!Array.isArray(json)) throw new Error('facts/incidents.json: expected an array');
  return json.map((x) => {
    const p = rec(x);
    const secondary = Array.isArray(p.secondary_locations) ? p.secondary_locations.map((s) => str(rec(s).place_name)) : [];
    return {
      id: str(p.id),
      lon: num(p.lon),
      lat: num(p.lat),
      text: [p.title, p.place_name, p.coord_precision, p.coord_note, ...secondary].map(str).join(' | '),
    };
  });
}

/** The incidents by id, read from `repoRoot`'s geo/incidents.geojson or the shared fact sheet. */
export function readIncidentPoints(repoRoot: string): Map<string, IncidentPoint> {
  const geo = join(repoRoot, 'geo', 'incidents.geojson');
  const facts = join(repoRoot, '..', 'shared', 'facts', 'incidents.json');
  let points: IncidentPoint[];
  if (existsSync(geo)) points = fromGeoJson(JSON.parse(readFileSync(geo, 'utf8')));
  else if (existsSync(facts)) points = fromFacts(JSON.parse(readFileSync(facts, 'utf8')));
  else throw new Error(`places: neither ${geo} nor ${facts} exists`);
  return new Map(points.map((p) => [p.id, p]));
}
