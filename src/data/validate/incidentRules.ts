/**
 * Incident files: the zod schema (src/data/schema.ts) per feature, then the
 * rules a schema cannot express — ids unique and parents present, real
 * calendar dates with start ≤ end, points inside the region unless the event
 * happened elsewhere, every claim's source listed, ranges with n ≤ max — and
 * a warning where the province containing the point differs from the stated
 * one (the containing province comes from the caller, so this stays pure).
 */
import { IncidentFeature, type IncidentFeatureT } from '../schema.ts';
import { firstDay, isCivilDate, lastDay } from '../../domain/civilDate.ts';
import type { FigureT } from '../schema.ts';
import { describe, type Problem, type ProblemSink } from './report.ts';
import { featureLocator } from './rfc7946.ts';
import { isJsonObject } from './coordinates.ts';
import { zodProblems } from './zodIssues.ts';

/** The region the map covers: lon 60–75.5, lat 23.5–38. */
export const REGION = { west: 60, east: 75.5, south: 23.5, north: 38 } as const;

/** Countries whose events must lie inside the region; talks abroad (QAT, TUR) may not. */
const IN_REGION = new Set(['PAK', 'AFG']);

/** Answers "is this stated province the one containing the point?"; null when it cannot tell. */
export type ProvinceCheck = (lon: number, lat: number, stated: string) => { matches: boolean; containing: string | null } | null;

/** True for a FeatureCollection whose features carry incident properties (claims and a start date). */
export function isIncidentCollection(doc: unknown): boolean {
  if (!isJsonObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) return false;
  return doc.features.some((f: unknown) => isJsonObject(f) && isJsonObject(f.properties) && 'claims' in f.properties && 'start' in f.properties);
}

/** Check every feature of an incident collection (but those in `skip`) against the schema and the domain rules. */
export function checkIncidents(doc: { features: unknown[] }, sink: ProblemSink, province?: ProvinceCheck, skip: ReadonlySet<string> = new Set()): void {
  const err = (rule: string, where: string, field: string, expected: string, found: string): void =>
    sink.add({ severity: 'error', rule, where, field, expected, found });
  const firstIndex = new Map<string, number>();
  doc.features.forEach((f, i) => {
    const id = isJsonObject(f) && isJsonObject(f.properties) ? f.properties.id : undefined;
    if (typeof id !== 'string') return;
    const seen = firstIndex.get(id);
    if (seen === undefined) firstIndex.set(id, i);
    else err('incident:duplicate-id', `feature #${i}`, 'properties.id', 'an id no other feature has', `${describe(id)}, also used by feature #${seen}`);
  });
  doc.features.forEach((f, i) => {
    const where = featureLocator(f, i);
    if (skip.has(where)) return;
    const parsed = IncidentFeature.safeParse(f, { reportInput: true });
    if (!parsed.success) {
      for (const p of zodProblems(parsed.error.issues, where)) sink.add(p);
      return;
    }
    for (const p of domainProblems(parsed.data, where, firstIndex, province)) sink.add(p);
  });
}

/** The domain rules for one schema-valid incident feature. */
export function domainProblems(f: IncidentFeatureT, where: string, ids: ReadonlyMap<string, number>, province?: ProvinceCheck): Problem[] {
  const out: Problem[] = [];
  const err = (rule: string, field: string, expected: string, found: string): void => {
    out.push({ severity: 'error', rule, where, field, expected, found });
  };
  const p = f.properties;
  const date = (field: string, v: string | null): boolean => {
    if (v === null || isCivilDate(v)) return v !== null;
    err('incident:date', field, 'a calendar date (YYYY-MM-DD or YYYY-MM)', describe(v));
    return false;
  };
  if (date('properties.start', p.start) && date('properties.end', p.end) && p.end !== null && firstDay(p.start) > lastDay(p.end)) {
    err('incident:date-order', 'properties.end', `an end on or after the start ${p.start}`, describe(p.end));
  }
  p.claims.forEach((c, k) => date(`properties.claims[${k}].date`, c.date));
  p.sources.forEach((s, k) => date(`properties.sources[${k}].date`, s.date));

  const [lon, lat] = f.geometry.coordinates;
  const inside = lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;
  if (IN_REGION.has(p.country) && !inside) {
    err('incident:region', 'geometry.coordinates', `a point inside the region (lon ${REGION.west}–${REGION.east}, lat ${REGION.south}–${REGION.north}) for an event in ${p.country}`, `[${lon}, ${lat}]`);
  }

  const refs = new Set(p.sources.map((s) => s.ref));
  p.claims.forEach((c, k) => {
    if (!refs.has(c.sourceRef)) err('incident:source-ref', `properties.claims[${k}].sourceRef`, `the ref of one of this incident's sources (${[...refs].join(', ')})`, describe(c.sourceRef));
    figure(`properties.claims[${k}].killed`, c.killed, err);
    figure(`properties.claims[${k}].injured`, c.injured, err);
  });

  if (p.parentId !== null && (p.parentId === p.id || !ids.has(p.parentId))) {
    err('incident:parent', 'properties.parentId', p.parentId === p.id ? 'the id of another incident' : 'the id of an incident in this file', describe(p.parentId));
  }

  if (province && IN_REGION.has(p.country)) {
    const verdict = province(lon, lat, p.province);
    if (verdict && !verdict.matches) {
      out.push({
        severity: 'warning',
        rule: 'incident:province',
        where,
        field: 'properties.province',
        expected: `the province containing the point (${verdict.containing ?? 'none'})`,
        found: describe(p.province),
      });
    }
  }
  return out;
}

function figure(field: string, fig: FigureT | null, err: (rule: string, field: string, expected: string, found: string) => void): void {
  if (fig === null || fig.max === null) return;
  if (fig.n === null) err('incident:figure-range', `${field}.n`, `the lower end of the range up to ${fig.max}`, 'null');
  else if (fig.n > fig.max) err('incident:figure-range', `${field}.max`, `a maximum ≥ n (${fig.n})`, String(fig.max));
}
