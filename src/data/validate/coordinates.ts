/**
 * The shape of `coordinates` per geometry type (RFC 7946 §3.1.1–§3.1.7):
 * positions of two or more numbers, LineStrings of two or more positions,
 * linear rings closed and of four or more positions, and the nesting depth
 * each type requires.
 */
import { describe, type ProblemSink } from './report.ts';

export type JsonObject = Record<string, unknown>;

/** True for a JSON object (not an array, not null). */
export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Compact JSON of a value for messages, cut at 40 characters. */
export function short(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

interface At {
  sink: ProblemSink;
  where: string;
}

function err(at: At, rule: string, field: string, expected: string, found: string): void {
  at.sink.add({ severity: 'error', rule, where: at.where, field, expected, found });
}

/** Check `c` (a non-empty array) as the coordinates of a geometry of `type`. */
export function checkCoordinates(sink: ProblemSink, type: string, c: unknown[], where: string, field: string): void {
  const at: At = { sink, where };
  switch (type) {
    case 'Point':
      position(at, c, field);
      break;
    case 'MultiPoint':
      positions(at, c, field, 0);
      break;
    case 'LineString':
      lineString(at, c, field);
      break;
    case 'MultiLineString':
      eachArray(at, c, field, 'a LineString coordinate array', (l, f) => lineString(at, l, f));
      break;
    case 'Polygon':
      polygon(at, c, field);
      break;
    case 'MultiPolygon':
      eachArray(at, c, field, 'a Polygon coordinate array (an array of linear rings)', (p, f) => polygon(at, p, f));
      break;
  }
}

function eachArray(at: At, c: unknown[], field: string, what: string, check: (a: unknown[], f: string) => void): void {
  c.forEach((m, i) => {
    const f = `${field}[${i}]`;
    if (Array.isArray(m)) check(m, f);
    else err(at, 'nesting', f, what, describe(m));
  });
}

/** A position: two or more numbers (a third is altitude; more SHOULD NOT appear). */
function position(at: At, p: unknown, field: string): boolean {
  if (!Array.isArray(p)) {
    err(at, 'nesting', field, 'a position (an array of 2 or 3 numbers)', describe(p));
    return false;
  }
  let ok = true;
  p.forEach((x, k) => {
    if (typeof x !== 'number') {
      err(at, 'position-number', `${field}[${k}]`, 'a number', Array.isArray(x) ? `${describe(x)} (nested one level too deep)` : describe(x));
      ok = false;
    } else if (!Number.isFinite(x)) {
      // JSON allows 1e309, which parses to Infinity: no position can be there.
      err(at, 'position-finite', `${field}[${k}]`, 'a finite number', `${x} (a number beyond the range of a double)`);
      ok = false;
    }
  });
  if (p.length < 2) {
    err(at, 'position-length', field, 'a position of at least 2 numbers', short(p));
    ok = false;
  }
  if (ok && p.length > 3) {
    at.sink.add({ severity: 'warning', rule: 'position-extra', where: at.where, field, expected: 'at most 3 numbers in a position (RFC 7946 §3.1.1)', found: short(p) });
  }
  return ok;
}

/** An array of at least `min` positions; true when every position is sound. */
function positions(at: At, c: unknown[], field: string, min: number): boolean {
  let ok = true;
  c.forEach((p, i) => {
    if (!position(at, p, `${field}[${i}]`)) ok = false;
  });
  return ok && c.length >= min;
}

function lineString(at: At, c: unknown[], field: string): void {
  if (positions(at, c, field, 0) && c.length < 2) err(at, 'linestring-length', field, 'a LineString of at least 2 positions', `${c.length}`);
}

function polygon(at: At, rings: unknown[], field: string): void {
  eachArray(at, rings, field, 'a linear ring (an array of positions)', (ring, f) => linearRing(at, ring, f));
}

function samePosition(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, k) => x === b[k]);
}

function linearRing(at: At, ring: unknown[], field: string): void {
  if (!positions(at, ring, field, 0)) return;
  if (ring.length < 4) {
    err(at, 'ring-length', field, 'a linear ring of at least 4 positions', `${ring.length}`);
    return;
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!samePosition(first, last)) {
    err(at, 'ring-closed', field, 'a closed linear ring (last position identical to the first)', `first ${short(first)}, last ${short(last)}`);
  }
}
