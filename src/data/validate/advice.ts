/**
 * RFC 7946 SHOULD rules, reported as warnings on structurally valid
 * geometries: the right-hand rule for ring winding (§3.1.6), lines and rings
 * cut at the antimeridian (§3.1.9), coordinates within WGS 84 ranges (§4) and
 * coordinate precision (§11.2: six decimal places are about 10 cm). A strict
 * reader must accept all of these; the warning tells the author.
 */
import { signedArea, type Position } from '../../domain/geoValidity.ts';
import type { ProblemSink } from './report.ts';
import type { GeometrySite } from './rfc7946.ts';

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** Decimal places a number is written with (its shortest round-trip form). */
export function decimals(x: number): number {
  const [mantissa = '', exp = '0'] = String(x).split('e');
  const frac = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, frac - Number(exp));
}

/**
 * True for a number written with more than 6 decimals whose extra digits move
 * it by under 1e-9° (0.1 mm) from a 6-decimal value: float noise or padding
 * (100.0000000001, 125.15625000000001) that bloats a file and means nothing.
 * Full-precision computed values (24.84656534821976) are not flagged: RFC
 * 7946 §11.2 gives size, not validity, as the reason to round, and almost
 * every GIS export writes 15 digits.
 */
export function isNoisyPrecision(x: number): boolean {
  return decimals(x) > 6 && Math.abs(x - Math.round(x * 1e6) / 1e6) < 1e-9;
}

/** True when a line or ring of the geometry jumps more than 180° in longitude (not cut at the antimeridian). */
export function crossesAntimeridian(site: GeometrySite): boolean {
  let found = false;
  const walk = (v: unknown): void => {
    if (found || !Array.isArray(v) || v.length === 0) return;
    if (typeof v[0] === 'number') return;
    if (Array.isArray(v[0]) && typeof v[0][0] === 'number') {
      for (let k = 1; k < v.length && !found; k += 1) found = Math.abs(((v[k] as number[])[0] ?? 0) - ((v[k - 1] as number[])[0] ?? 0)) > 180;
      return;
    }
    for (const m of v) walk(m);
  };
  walk(site.geometry.coordinates);
  return found;
}

/** Counts over-precise numbers across a whole document so they are reported once. */
export interface PrecisionTally {
  count: number;
  first: { value: number; where: string; field: string } | null;
}

/** Report the SHOULD rules for one geometry; precision is only counted into `tally`. */
export function adviseGeometry(site: GeometrySite, sink: ProblemSink, tally: PrecisionTally): void {
  const { type, coordinates } = site.geometry;
  const field = join(site.path, 'coordinates');
  const warn = (rule: string, f: string, expected: string, found: string): void =>
    sink.add({ severity: 'warning', rule, where: site.where, field: f, expected, found });

  // Every sequence of positions, with its path, and whether it is a line/ring (consecutive positions joined).
  const seqs: { pts: Position[]; path: string; joined: boolean }[] = [];
  const c = coordinates as unknown[];
  if (type === 'Point') seqs.push({ pts: [c as Position], path: field, joined: false });
  else if (type === 'MultiPoint') seqs.push({ pts: c as Position[], path: field, joined: false });
  else if (type === 'LineString') seqs.push({ pts: c as Position[], path: field, joined: true });
  else if (type === 'MultiLineString' || type === 'Polygon') (c as Position[][]).forEach((l, i) => seqs.push({ pts: l, path: `${field}[${i}]`, joined: true }));
  else if (type === 'MultiPolygon') (c as Position[][][]).forEach((p, i) => p.forEach((l, k) => seqs.push({ pts: l, path: `${field}[${i}][${k}]`, joined: true })));

  for (const seq of seqs) {
    seq.pts.forEach((p, k) => {
      const [lon = 0, lat = 0] = p;
      if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
        const found = lon < -180 || lon > 180 ? `longitude ${lon}` : `latitude ${lat}`;
        warn('coordinate-range', `${seq.path}${type === 'Point' ? '' : `[${k}]`}`, 'longitude within ±180 and latitude within ±90 (RFC 7946 §4)', found);
      }
      for (const x of p) {
        if (!isNoisyPrecision(x)) continue;
        tally.count += 1;
        tally.first ??= { value: x, where: site.where, field: `${seq.path}${type === 'Point' ? '' : `[${k}]`}` };
      }
      const prev = k > 0 && seq.joined ? seq.pts[k - 1] : undefined;
      if (prev && Math.abs((prev[0] ?? 0) - lon) > 180) {
        warn('antimeridian', `${seq.path}[${k}]`, 'lines and rings cut at the antimeridian (RFC 7946 §3.1.9)', `a segment from longitude ${prev[0]} to ${lon}`);
      }
    });
  }
  if (type === 'Polygon') winding(c as Position[][], field, warn);
  if (type === 'MultiPolygon') (c as Position[][][]).forEach((p, i) => winding(p, `${field}[${i}]`, warn));
}

function winding(rings: Position[][], field: string, warn: (rule: string, f: string, e: string, found: string) => void): void {
  rings.forEach((ring, r) => {
    const area = signedArea(ring);
    if (area === 0) return; // degenerate: reported by the validity check
    if (r === 0 && area < 0) warn('winding', `${field}[0]`, 'a counter-clockwise exterior ring (right-hand rule, RFC 7946 §3.1.6)', 'a clockwise ring');
    if (r > 0 && area > 0) warn('winding', `${field}[${r}]`, 'a clockwise hole (right-hand rule, RFC 7946 §3.1.6)', 'a counter-clockwise hole');
  });
}

/** The one document-wide precision warning, if any number had more than 6 decimals. */
export function precisionProblem(sink: ProblemSink, tally: PrecisionTally): void {
  if (!tally.first) return;
  const { value, where, field } = tally.first;
  sink.add({
    severity: 'warning',
    rule: 'precision-noise',
    where: 'document',
    field: 'coordinates',
    expected: 'coordinates rounded to 6 decimal places, about 10 cm (RFC 7946 §11.2)',
    found: `${tally.count} number${tally.count === 1 ? '' : 's'} with noise digits past the 6th decimal, first ${value} at ${where} ${field}`,
  });
}
