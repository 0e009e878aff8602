/**
 * The geography the generator samples from: the Durand Line and the
 * provinces of Pakistan and Afghanistan, read from helper B's geo/ layers
 * (or built in memory with B's own builders where those files are not there
 * yet). Point-in-polygon and distance-to-line are done here with flat arrays:
 * a million points must take seconds, not minutes.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';

/** A province as flat rings with a bounding box. */
export interface Region {
  name: string;
  country: 'PAK' | 'AFG';
  bbox: [number, number, number, number];
  rings: Float64Array[];
  area: number;
}

/** Everything the sampler needs. */
export interface Geography {
  line: Position[];
  /** Cumulative length in km at each line vertex. */
  cumKm: number[];
  regions: Region[];
}

const KM_PER_DEG_LAT = 110.574;
const kmPerDegLon = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180);

type ProvinceFeature = Feature<Polygon | MultiPolygon, { name: string; country: 'PAK' | 'AFG' }>;

async function loadLayers(root: string): Promise<{ line: Position[]; provinces: ProvinceFeature[]; source: string }> {
  const linePath = `${root}/geo/durand-line.geojson`;
  const provPath = `${root}/geo/provinces.geojson`;
  if (existsSync(linePath) && existsSync(provPath)) {
    const lineDoc = JSON.parse(readFileSync(linePath, 'utf8')) as FeatureCollection<LineString> | Feature<LineString>;
    const lineFeature = 'features' in lineDoc ? lineDoc.features[0] : lineDoc;
    if (!lineFeature || lineFeature.geometry.type !== 'LineString') throw new Error(`${linePath}: expected a LineString`);
    const prov = JSON.parse(readFileSync(provPath, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { name: string; country: 'PAK' | 'AFG' }>;
    return { line: lineFeature.geometry.coordinates, provinces: prov.features, source: 'geo/durand-line.geojson, geo/provinces.geojson' };
  }
  // B's layers are not written yet: build the same features in memory with B's code.
  const { buildDurandLine } = await import('../basemap/countries.ts');
  const { buildProvinces } = await import('../basemap/provinces.ts');
  return { line: buildDurandLine().geometry.coordinates, provinces: buildProvinces(), source: 'scripts/basemap builders (geo/ layers absent)' };
}

function toRegion(f: ProvinceFeature): Region {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings: Float64Array[] = [];
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let area = 0;
  for (const poly of polys)
    poly.forEach((ring, r) => {
      const flat = new Float64Array(ring.length * 2);
      let a = 0;
      ring.forEach((p, k) => {
        const x = p[0] ?? 0, y = p[1] ?? 0;
        flat[k * 2] = x;
        flat[k * 2 + 1] = y;
        bbox[0] = Math.min(bbox[0], x);
        bbox[1] = Math.min(bbox[1], y);
        bbox[2] = Math.max(bbox[2], x);
        bbox[3] = Math.max(bbox[3], y);
        const q = ring[(k + 1) % ring.length] ?? p;
        a += x * (q[1] ?? 0) - (q[0] ?? 0) * y;
      });
      area += (r === 0 ? 1 : -1) * Math.abs(a / 2);
      rings.push(flat);
    });
  return { name: f.properties.name, country: f.properties.country, bbox, rings, area };
}

/** Loads the line and the provinces (see the module comment). */
export async function loadGeography(root: string): Promise<Geography & { source: string }> {
  const { line, provinces, source } = await loadLayers(root);
  const cumKm = [0];
  for (let i = 1; i < line.length; i++) cumKm.push((cumKm[i - 1] ?? 0) + segmentKm(line[i - 1]!, line[i]!));
  return { line, cumKm, regions: provinces.map(toRegion), source };
}

function segmentKm(a: Position, b: Position): number {
  const lat = ((a[1] ?? 0) + (b[1] ?? 0)) / 2;
  return Math.hypot(((b[0] ?? 0) - (a[0] ?? 0)) * kmPerDegLon(lat), ((b[1] ?? 0) - (a[1] ?? 0)) * KM_PER_DEG_LAT);
}

/** Even-odd point-in-polygon over all rings of a region. */
export function inRegion(r: Region, lon: number, lat: number): boolean {
  if (lon < r.bbox[0] || lon > r.bbox[2] || lat < r.bbox[1] || lat > r.bbox[3]) return false;
  let inside = false;
  for (const ring of r.rings) {
    const n = ring.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = ring[i * 2]!, yi = ring[i * 2 + 1]!, xj = ring[j * 2]!, yj = ring[j * 2 + 1]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The province containing a point, or null (outside Pakistan and Afghanistan). */
export function regionAt(g: Geography, lon: number, lat: number): Region | null {
  for (const r of g.regions) if (inRegion(r, lon, lat)) return r;
  return null;
}

/** Distance in km from a point to the Durand Line (local equirectangular, < 1 % error at this scale). */
export function distanceToLineKm(g: Geography, lon: number, lat: number): number {
  const kx = kmPerDegLon(lat);
  let best = Infinity;
  for (let i = 1; i < g.line.length; i++) {
    const a = g.line[i - 1]!, b = g.line[i]!;
    const ax = ((a[0] ?? 0) - lon) * kx, ay = ((a[1] ?? 0) - lat) * KM_PER_DEG_LAT;
    const bx = ((b[0] ?? 0) - lon) * kx, by = ((b[1] ?? 0) - lat) * KM_PER_DEG_LAT;
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    const d = Math.hypot(ax + t * dx, ay + t * dy);
    if (d < best) best = d;
  }
  return best;
}

/** A point on the line at `km` from its south-west end. */
export function pointAlongLine(g: Geography, km: number): [number, number] {
  let i = 1;
  while (i < g.cumKm.length - 1 && (g.cumKm[i] ?? 0) < km) i++;
  const a = g.line[i - 1]!, b = g.line[i]!;
  const k0 = g.cumKm[i - 1] ?? 0, k1 = g.cumKm[i] ?? k0;
  const t = k1 > k0 ? (km - k0) / (k1 - k0) : 0;
  return [(a[0] ?? 0) + t * ((b[0] ?? 0) - (a[0] ?? 0)), (a[1] ?? 0) + t * ((b[1] ?? 0) - (a[1] ?? 0))];
}

/** Offsets a point by (east, north) km. */
export function offsetKm(lon: number, lat: number, eastKm: number, northKm: number): [number, number] {
  return [lon + eastKm / kmPerDegLon(lat), lat + northKm / KM_PER_DEG_LAT];
}
