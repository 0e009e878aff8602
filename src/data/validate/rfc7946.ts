/**
 * RFC 7946 structure: every MUST of the format, checked by walking the
 * document so each message names the feature and the exact member. The
 * geojson-validation library (see library.ts) runs beside it as a second
 * opinion; this walker adds what that library misses (properties type, id
 * type, bbox contents, §7.1 members on the wrong object, …).
 *
 * Each structurally sound geometry is handed to `visit` so the SHOULD checks
 * (advice.ts) and geometry validity run only on well-formed coordinates.
 */
import { describe, type ProblemSink } from './report.ts';
import { checkCoordinates, isJsonObject, short, type JsonObject } from './coordinates.ts';

export const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'] as const;
const ALL_TYPES: readonly string[] = [...GEOMETRY_TYPES, 'Feature', 'FeatureCollection'];

/** A structurally valid geometry other than a GeometryCollection, with where it sits. */
export interface GeometrySite {
  geometry: { type: string; coordinates: unknown };
  where: string;
  /** Path of the geometry object inside WHERE, '' when it is WHERE itself. */
  path: string;
}

/** Where a feature is: `feature ID` (its id or properties.id) or `feature #INDEX`. */
export function featureLocator(feature: unknown, index: number): string {
  if (isJsonObject(feature)) {
    const id = feature.id;
    if ((typeof id === 'string' && id !== '') || typeof id === 'number') return `feature ${id}`;
    const props = feature.properties;
    if (isJsonObject(props) && typeof props.id === 'string' && props.id !== '') return `feature ${props.id}`;
  }
  return `feature #${index}`;
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

interface Walk {
  sink: ProblemSink;
  visit: (site: GeometrySite) => void;
}

/** Check a parsed document against RFC 7946's MUST rules; structurally valid geometries go to `visit`. */
export function checkStructure(doc: unknown, sink: ProblemSink, visit: (site: GeometrySite) => void = () => {}): void {
  const w: Walk = { sink, visit };
  if (!isJsonObject(doc)) {
    sink.add({ severity: 'error', rule: 'root', where: 'document', field: '(root)', expected: 'a GeoJSON object', found: describe(doc) });
    return;
  }
  const type = checkType(w, doc, 'document', '', ALL_TYPES);
  if (type === 'FeatureCollection') featureCollection(w, doc);
  else if (type === 'Feature') feature(w, doc, 'document');
  else if (type !== null) geometry(w, doc, 'document', '', 0);
}

function err(w: Walk, rule: string, where: string, field: string, expected: string, found: string): void {
  w.sink.add({ severity: 'error', rule, where, field, expected, found });
}

function warn(w: Walk, rule: string, where: string, field: string, expected: string, found: string): void {
  w.sink.add({ severity: 'warning', rule, where, field, expected, found });
}

/** The object's "type" if it is one of `allowed`, else report and return null. */
function checkType(w: Walk, obj: JsonObject, where: string, path: string, allowed: readonly string[]): string | null {
  const field = join(path, 'type');
  const t = obj.type;
  if (!('type' in obj)) err(w, 'type', where, field, 'a "type" member', 'nothing');
  else if (typeof t !== 'string') err(w, 'type', where, field, 'a type name (a string)', describe(t));
  else if (allowed.includes(t)) return t;
  else {
    const cased = allowed.find((a) => a.toLowerCase() === t.toLowerCase());
    const names = allowed.map((a) => `"${a}"`);
    const expected = cased ? `"${cased}" (type names are case-sensitive)` : names.length === 1 ? names.join('') : `one of ${names.join(', ')}`;
    err(w, 'type', where, field, expected, describe(t));
  }
  return null;
}

/** RFC 7946 §7.1: members that define one kind of object must not appear on another. */
function forbidMembers(w: Walk, obj: JsonObject, where: string, path: string, kind: string, members: readonly string[]): void {
  for (const m of members) {
    if (m in obj) err(w, `forbidden-member:${m}`, where, join(path, m), `no "${m}" member on a ${kind} (RFC 7946 §7.1)`, describe(obj[m]));
  }
}

function bbox(w: Walk, obj: JsonObject, where: string, path: string): void {
  if (!('bbox' in obj)) return;
  const b = obj.bbox;
  const field = join(path, 'bbox');
  if (!Array.isArray(b)) err(w, 'bbox', where, field, 'a bbox array of 2*n numbers', describe(b));
  else if (b.some((x) => typeof x !== 'number')) err(w, 'bbox', where, field, 'a bbox of numbers only', short(b));
  else if (b.length < 4 || b.length % 2 !== 0) err(w, 'bbox', where, field, 'a bbox of 2*n numbers (4 or 6)', `${b.length} numbers`);
}

function featureCollection(w: Walk, fc: JsonObject): void {
  bbox(w, fc, 'document', '');
  forbidMembers(w, fc, 'document', '', 'FeatureCollection', ['coordinates', 'geometries', 'geometry', 'properties']);
  const features = fc.features;
  if (!('features' in fc)) return err(w, 'features', 'document', 'features', 'a "features" array', 'nothing');
  if (!Array.isArray(features)) return err(w, 'features', 'document', 'features', 'a "features" array', describe(features));
  features.forEach((f: unknown, i) => {
    const where = featureLocator(f, i);
    if (!isJsonObject(f)) return err(w, 'feature', where, '(root)', 'a Feature object', describe(f));
    if (checkType(w, f, where, '', ['Feature']) !== null) feature(w, f, where);
  });
}

function feature(w: Walk, f: JsonObject, where: string): void {
  bbox(w, f, where, '');
  forbidMembers(w, f, where, '', 'Feature', ['coordinates', 'geometries', 'features']);
  if ('id' in f && typeof f.id !== 'string' && typeof f.id !== 'number') {
    err(w, 'feature-id', where, 'id', 'a string or number id', describe(f.id));
  }
  const props = f.properties;
  if (!('properties' in f)) err(w, 'properties', where, 'properties', 'a "properties" member (an object or null)', 'nothing');
  else if (props !== null && !isJsonObject(props)) err(w, 'properties', where, 'properties', 'an object or null', describe(props));
  const g = f.geometry;
  if (!('geometry' in f)) err(w, 'geometry', where, 'geometry', 'a "geometry" member (a geometry object or null)', 'nothing');
  else if (g === null) return;
  else if (!isJsonObject(g)) err(w, 'geometry', where, 'geometry', 'a geometry object or null', describe(g));
  else if (checkType(w, g, where, 'geometry', GEOMETRY_TYPES) !== null) geometry(w, g, where, 'geometry', 0);
}

function geometry(w: Walk, g: JsonObject, where: string, path: string, depth: number): void {
  const type = g.type as string;
  bbox(w, g, where, path);
  forbidMembers(w, g, where, path, 'geometry', ['features', 'geometry', 'properties']);
  if (type === 'GeometryCollection') return geometryCollection(w, g, where, path, depth);
  const field = join(path, 'coordinates');
  if (!('coordinates' in g)) return err(w, 'coordinates', where, field, `a "coordinates" member on a ${type}`, 'nothing');
  const c = g.coordinates;
  if (!Array.isArray(c)) return err(w, 'coordinates', where, field, 'a coordinates array', describe(c));
  if (c.length === 0) {
    // RFC 7946 §3.1: processors MAY treat empty coordinates as a null geometry.
    return warn(w, 'empty-coordinates', where, field, `non-empty coordinates (an empty ${type} is read as no geometry, RFC 7946 §3.1)`, 'an empty array');
  }
  const before = w.sink.problems.length;
  checkCoordinates(w.sink, type, c, where, field);
  const broke = w.sink.problems.slice(before).some((p) => p.severity === 'error');
  if (!broke) w.visit({ geometry: { type, coordinates: c }, where, path });
}

function geometryCollection(w: Walk, g: JsonObject, where: string, path: string, depth: number): void {
  const field = join(path, 'geometries');
  const gs = g.geometries;
  if (!Array.isArray(gs)) return err(w, 'geometries', where, field, 'a "geometries" array', describe(gs));
  const gcAdvice = 'a GeometryCollection of several non-collection geometries (RFC 7946 §3.1.8)';
  if (depth > 0) warn(w, 'gc-nested', where, path, gcAdvice, 'a nested GeometryCollection');
  if (gs.length === 0) warn(w, 'gc-empty', where, field, gcAdvice, 'an empty GeometryCollection');
  if (gs.length === 1) warn(w, 'gc-single', where, field, gcAdvice, 'a single geometry');
  gs.forEach((m: unknown, i) => {
    const p = `${field}[${i}]`;
    if (!isJsonObject(m)) return err(w, 'geometry', where, p, 'a geometry object', describe(m));
    if (m.type === 'Feature' || m.type === 'FeatureCollection') {
      return err(w, 'geometry', where, join(p, 'type'), 'a geometry type (a Feature is not a geometry)', describe(m.type));
    }
    if (checkType(w, m, where, p, GEOMETRY_TYPES) !== null) geometry(w, m, where, p, depth + 1);
  });
}
