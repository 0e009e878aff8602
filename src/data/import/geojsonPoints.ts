/**
 * Generic GeoJSON points (kepler.gl and QGIS exports among them) as events,
 * through the same column mapping as a generic CSV: properties are the
 * columns, the point gives latitude and longitude. Coordinates must be
 * degrees: a `crs` naming CRS84 or EPSG:4326 is fine; any other `crs` refuses
 * the file, and a point outside ±180/±90 is refused, never drawn as degrees.
 */
import type { Incident } from '../../domain/types.ts';
import { checkIncident } from './check.ts';
import { differingFields } from './compare.ts';
import { found } from './draft.ts';
import { mapGeneric, type ColumnMapping, type CountryOf } from './generic.ts';
import { emptyReport, type ImportReport } from './report.ts';
import { toIncident } from './toIncident.ts';

const DEGREES = /^(urn:ogc:def:crs:ogc:1\.3:crs84|urn:ogc:def:crs:ogc::crs84|crs84|epsg:4326|urn:ogc:def:crs:epsg::4326|urn:ogc:def:crs:epsg:6\.6:4326)$/i;

/** The crs problem of a GeoJSON document, or null when its coordinates are degrees (no crs, CRS84, EPSG:4326). */
export function crsProblem(doc: { crs?: unknown }): string | null {
  if (doc.crs === undefined || doc.crs === null) return null;
  const name = (doc.crs as { properties?: { name?: unknown } }).properties?.name;
  if (typeof name === 'string' && DEGREES.test(name.trim())) return null;
  const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 80)) : 'a crs without a name';
  return `crs: expected CRS84 or EPSG:4326 (longitude and latitude in degrees), found ${shown}; the file is refused so its coordinates are never drawn as degrees`;
}

/** Property names of the first features: the "columns" the user maps. */
export function propertyNames(features: readonly unknown[]): string[] {
  const names = new Set<string>();
  for (const f of features.slice(0, 50)) {
    const p = (f as { properties?: unknown }).properties;
    if (p !== null && typeof p === 'object') for (const k of Object.keys(p)) names.add(k);
  }
  return [...names];
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/**
 * Imports the Point features of a FeatureCollection with a confirmed mapping
 * (its latitude/longitude fields are ignored: the geometry gives them).
 */
export function importPoints(doc: { features: readonly unknown[]; crs?: unknown }, file: string, mapping: ColumnMapping, countryOf: CountryOf | null): { incidents: Incident[]; report: ImportReport } {
  const report = emptyReport(file, 'GeoJSON points');
  const incidents: Incident[] = [];
  const crs = crsProblem(doc);
  if (crs !== null) {
    report.failure = `${file}: ${crs}`;
    return { incidents, report };
  }
  const m: ColumnMapping = { ...mapping, latitude: '(geometry latitude)', longitude: '(geometry longitude)' };
  const firstOf = new Map<string, { incident: Incident; record: number }>();
  doc.features.forEach((raw, index) => {
    const record = index + 1;
    const place = { record, line: null, id: null };
    report.read++;
    const f = raw as { type?: unknown; geometry?: { type?: unknown; coordinates?: unknown }; properties?: Record<string, unknown> | null };
    const refuse = (field: string, expected: string, value: string) => {
      report.refused++;
      report.refusals.push({ ...place, field, expected, found: value });
    };
    if (f?.geometry?.type !== 'Point' || !Array.isArray(f.geometry.coordinates)) return refuse('geometry', 'a Point', f?.geometry ? found(text(f.geometry.type)) : 'no geometry');
    const [lon, lat] = f.geometry.coordinates as unknown[];
    if (typeof lon !== 'number' || typeof lat !== 'number' || Math.abs(lon) > 180 || Math.abs(lat) > 90)
      return refuse('geometry.coordinates', 'longitude within ±180 and latitude within ±90 (degrees)', `${text(lon)}, ${text(lat)}`);
    const props = f.properties ?? {};
    const cells = (name: string): string | undefined => {
      if (name === m.latitude) return String(lat);
      if (name === m.longitude) return String(lon);
      return name in props ? text(props[name]) : undefined;
    };
    const result = mapGeneric(cells, m, file, record, countryOf);
    if (!result.ok) {
      report.refused++;
      for (const p of result.problems) report.refusals.push({ ...place, ...p });
      return;
    }
    const incident = toIncident(result.draft);
    const door = checkIncident(incident);
    if (door.errors.length > 0) {
      report.refused++;
      for (const p of door.errors) report.refusals.push({ ...place, id: incident.id, ...p });
      return;
    }
    for (const p of door.warnings) report.warnings.push({ ...place, id: incident.id, ...p });
    const first = firstOf.get(incident.id);
    if (first) {
      report.merged++;
      report.merges.push({ ...place, id: incident.id, keptFrom: `feature ${first.record}`, fields: differingFields(first.incident, incident) });
      return;
    }
    firstOf.set(incident.id, { incident, record });
    report.imported++;
    incidents.push(incident);
  });
  return { incidents, report };
}
