/**
 * THE rules for incident data: the app's loader (parseIncidentCollection, the
 * parse worker) and the validator CLI run these same functions, so one problem
 * reads the same everywhere (`FILE: WHERE: FIELD: expected …, found …`, see
 * report.ts). Per feature, in order:
 *   1. text lengths (textLimits.ts) — cheap, and a refused text is never quoted
 *   2. the zod schema (src/data/schema.ts), worded by zodIssues.ts
 *   3. what a schema cannot say: calendar dates (no 30 Feb) in YEAR_MIN–YEAR_MAX,
 *      start ≤ end, coordinates within ±180/±90, PAK/AFG events inside the two
 *      countries plus 50 km (plausibility), every claim's sourceRef among the
 *      sources, n ≤ max, figures ≤ MAX_FIGURE, uncertaintyKm ≤ MAX_UNCERTAINTY_KM,
 *      a best estimate within n–max (plausibility)
 * and per collection: unique ids, parents that exist (among the kept features).
 */
import { z } from 'zod';
import { Claim, IncidentFeature, IncidentProperties, type FigureT, type IncidentFeatureT } from '../schema.ts';
import { firstDay, isCivilDate, isInYearRange, lastDay, YEAR_MAX, YEAR_MIN } from '../../domain/civilDate.ts';
import { grouped, MAX_FIGURE, MAX_UNCERTAINTY_KM } from './limits.ts';
import { inPakAfgRegion } from './region.ts';
import { describe, ProblemSink, type Problem, type Severity } from './report.ts';
import { featureLocator } from './rfc7946.ts';
import { isJsonObject } from './coordinates.ts';
import { textLimitProblems } from './textLimits.ts';
import { zodProblems } from './zodIssues.ts';

/** Countries whose events must lie in or near Pakistan or Afghanistan; talks abroad (QAT, TUR) may not. */
const IN_REGION = new Set(['PAK', 'AFG']);

/** Answers "is this stated province the one containing the point?"; null when it cannot tell. */
export type ProvinceCheck = (lon: number, lat: number, stated: string) => { matches: boolean; containing: string | null } | null;

/**
 * How the rules run. Rules of plausibility rather than form (the region, a
 * best estimate outside its range, the province) are errors for the app's data and the CLI, and may be warnings for
 * imported files (`plausibility: 'warning'`).
 */
export interface RuleOptions {
  plausibility?: Severity;
  /**
   * Claim objects the Claim schema already accepted (an import shares equal
   * claims between its incidents, see import/toIncident.ts): not parsed again,
   * and the ones accepted now are added. Every other rule still runs per claim.
   */
  checkedClaims?: WeakSet<object>;
  /** Province check (the CLI builds it from geo/provinces.geojson); always a warning. */
  province?: ProvinceCheck;
}

/** True for a FeatureCollection whose features carry incident properties (claims and a start date). */
export function isIncidentCollection(doc: unknown): boolean {
  if (!isJsonObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) return false;
  return doc.features.some((f: unknown) => isJsonObject(f) && isJsonObject(f.properties) && 'claims' in f.properties && 'start' in f.properties);
}

/** One feature's verdict: the typed feature when no rule failed, and every problem (errors and warnings). */
export interface FeatureVerdict {
  feature: IncidentFeatureT | null;
  problems: Problem[];
}

/**
 * Every per-feature rule for one raw feature at `where`. Parents are checked
 * per collection (checkIncidentFeatures, or the worker at the end of a stream).
 */
export function checkIncidentFeature(raw: unknown, where: string, options: RuleOptions = {}): FeatureVerdict {
  const sink = new ProblemSink();
  const texts = textLimitProblems(raw, where);
  if (texts.length > 0) return { feature: null, problems: texts };
  const parsed = options.checkedClaims ? parseSharingClaims(raw, options.checkedClaims) : IncidentFeature.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const p of zodProblems(parsed.error.issues, where)) sink.add(p);
    return { feature: null, problems: sink.problems };
  }
  for (const p of domainProblems(parsed.data, where, options)) sink.add(p);
  return { feature: sink.hasErrors() ? null : parsed.data, problems: sink.problems };
}

/** The feature schema with claims left to parseSharingClaims. */
const FeatureClaimsApart = IncidentFeature.extend({ properties: IncidentProperties.extend({ claims: z.array(z.unknown()) }) });

/**
 * The schema's verdict on a feature, each claim object parsed once however
 * many incidents share it (the same issues, paths included, as one parse).
 */
function parseSharingClaims(raw: unknown, checked: WeakSet<object>): { success: true; data: IncidentFeatureT } | { success: false; error: { issues: z.core.$ZodIssue[] } } {
  const outer = FeatureClaimsApart.safeParse(raw, { reportInput: true });
  const issues: z.core.$ZodIssue[] = outer.success ? [] : [...outer.error.issues];
  const claims = outer.success ? outer.data.properties.claims : [];
  claims.forEach((c, k) => {
    if (typeof c === 'object' && c !== null && checked.has(c)) return;
    const r = Claim.safeParse(c, { reportInput: true });
    if (r.success && typeof c === 'object' && c !== null) checked.add(c);
    else if (!r.success) for (const i of r.error.issues) issues.push({ ...i, path: ['properties', 'claims', k, ...i.path] });
  });
  // Zod's output of a valid claim equals its input, so the checked claim objects stand in the feature as they are.
  return issues.length > 0 ? { success: false, error: { issues } } : { success: true, data: outer.data as IncidentFeatureT };
}

/** A date member: a calendar date (no rollover) in the stated years; true when usable. */
function checkDate(field: string, v: string | null, err: Err): boolean {
  if (v === null) return false;
  if (!isCivilDate(v)) err('incident:date', field, 'a calendar date (YYYY-MM-DD or YYYY-MM)', describe(v));
  else if (!isInYearRange(v)) err('incident:year', field, `a date in the years ${YEAR_MIN}–${YEAR_MAX}`, describe(v));
  else return true;
  return false;
}

type Err = (rule: string, field: string, expected: string, found: string) => void;

/** The rules a schema cannot express, for one schema-valid feature. */
function domainProblems(f: IncidentFeatureT, where: string, options: RuleOptions): Problem[] {
  const out: Problem[] = [];
  const at =
    (severity: Severity): Err =>
    (rule, field, expected, found) =>
      out.push({ severity, rule, where, field, expected, found });
  const err = at('error');
  const p = f.properties;

  const startOk = checkDate('properties.start', p.start, err);
  if (checkDate('properties.end', p.end, err) && startOk && p.end !== null && firstDay(p.start) > lastDay(p.end)) {
    err('incident:date-order', 'properties.end', `an end on or after the start ${p.start}`, describe(p.end));
  }
  p.claims.forEach((c, k) => checkDate(`properties.claims[${k}].date`, c.date, err));
  p.sources.forEach((s, k) => checkDate(`properties.sources[${k}].date`, s.date, err));

  const [lon, lat] = f.geometry.coordinates;
  const onEarth = Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  if (!onEarth) err('incident:coordinates', 'geometry.coordinates', 'a longitude within ±180 and a latitude within ±90', `[${lon}, ${lat}]`);
  else if (IN_REGION.has(p.country) && !inPakAfgRegion(lon, lat)) {
    at(options.plausibility ?? 'error')('incident:region', 'geometry.coordinates', `a point in Pakistan or Afghanistan or within 50 km of them, for an event in ${p.country}`, `[${lon}, ${lat}]`);
  }
  p.secondaryLocations.forEach((s, k) => {
    if ((s.lon !== null && Math.abs(s.lon) > 180) || (s.lat !== null && Math.abs(s.lat) > 90)) {
      err('incident:coordinates', `properties.secondaryLocations[${k}]`, 'a longitude within ±180 and a latitude within ±90', `[${s.lon}, ${s.lat}]`);
    }
  });
  if (p.uncertaintyKm > MAX_UNCERTAINTY_KM) err('incident:uncertainty', 'properties.uncertaintyKm', `a radius of at most ${MAX_UNCERTAINTY_KM} km`, String(p.uncertaintyKm));

  const refs = new Set(p.sources.map((s) => s.ref));
  p.claims.forEach((c, k) => {
    if (!refs.has(c.sourceRef)) err('incident:source-ref', `properties.claims[${k}].sourceRef`, `the ref of one of this incident's sources (${[...refs].join(', ')})`, describe(c.sourceRef));
    figure(`properties.claims[${k}].killed`, c.killed, err, at(options.plausibility ?? 'error'));
    figure(`properties.claims[${k}].injured`, c.injured, err, at(options.plausibility ?? 'error'));
  });
  if (p.parentId !== null && p.parentId === p.id) err('incident:parent', 'properties.parentId', 'the id of another incident', describe(p.parentId));

  if (options.province && IN_REGION.has(p.country) && onEarth) {
    const verdict = options.province(lon, lat, p.province);
    if (verdict && !verdict.matches) {
      at('warning')('incident:province', 'properties.province', `the province containing the point (${verdict.containing ?? 'none'})`, describe(p.province));
    }
  }
  return out;
}

/**
 * A figure's bounds and range (form: errors), and its best estimate within the
 * range (plausibility: UCDP itself publishes a best outside its low–high, so
 * an import keeps it with a warning; bundled data must be consistent).
 */
function figure(field: string, fig: FigureT | null, err: Err, plausible: Err): void {
  if (fig === null) return;
  for (const k of ['n', 'max', 'best'] as const) {
    const v = fig[k];
    if (v !== null && v !== undefined && v > MAX_FIGURE) return err('incident:figure-bound', `${field}.${k}`, `a figure of at most ${grouped(MAX_FIGURE)}`, String(v));
  }
  if (fig.max !== null) {
    if (fig.n === null) return err('incident:figure-range', `${field}.n`, `the lower end of the range up to ${fig.max}`, 'null');
    if (fig.n > fig.max) return err('incident:figure-range', `${field}.max`, `a maximum ≥ n (${fig.n})`, String(fig.max));
  }
  if (fig.best === undefined || fig.n === null) return;
  if (fig.best < fig.n || (fig.max !== null && fig.best > fig.max)) {
    const range = fig.max === null ? `at least n (${fig.n})` : `within n–max (${fig.n}–${fig.max})`;
    plausible('incident:figure-best', `${field}.best`, `a best estimate ${range}`, String(fig.best));
  }
}

/** The problem for a feature whose id an earlier feature already has. */
export function duplicateIdProblem(id: string, where: string, firstWhere: string): Problem {
  return { severity: 'error', rule: 'incident:duplicate-id', where, field: 'properties.id', expected: 'an id no other feature has', found: `${describe(id)}, also used by ${firstWhere}` };
}

/** The problem for a feature whose parent is not among the kept incidents. */
export function missingParentProblem(parentId: string, where: string): Problem {
  return { severity: 'error', rule: 'incident:parent', where, field: 'properties.parentId', expected: 'the id of an incident in this file', found: describe(parentId) };
}

/** The verdict on a whole list of features: the kept ones (with their index) and every problem in document order. */
export interface CollectionVerdict {
  kept: { feature: IncidentFeatureT; index: number }[];
  problems: Problem[];
  /** Features left out (each refused feature counts once, however many problems it has). */
  leftOut: number;
}

/**
 * Every rule over the features of one collection. `skip` holds WHEREs already
 * reported (the CLI's structural errors), so a feature is not reported twice.
 * @example checkIncidentFeatures([feature], {}).kept.length // 1 for a valid feature
 */
export function checkIncidentFeatures(features: readonly unknown[], options: RuleOptions = {}, skip: ReadonlySet<string> = new Set()): CollectionVerdict {
  const byIndex: Problem[][] = features.map(() => []);
  const ok: (IncidentFeatureT | null)[] = features.map(() => null);
  const firstWhere = new Map<string, string>();
  features.forEach((raw, i) => {
    const id = isJsonObject(raw) && isJsonObject(raw.properties) ? raw.properties.id : undefined;
    const where = featureLocator(raw, i);
    if (typeof id === 'string') {
      const first = firstWhere.get(id);
      if (first !== undefined) return void byIndex[i]?.push(duplicateIdProblem(id, `feature #${i}`, first));
      firstWhere.set(id, `feature #${i}`);
    }
    if (skip.has(where)) return;
    const v = checkIncidentFeature(raw, where, options);
    byIndex[i] = v.problems;
    ok[i] = v.feature;
  });
  // A parent must be a kept incident; leaving one out may orphan another, so repeat until stable.
  const keptIds = new Set(ok.flatMap((f) => (f ? [f.properties.id] : [])));
  for (let changed = true; changed; ) {
    changed = false;
    ok.forEach((f, i) => {
      const parent = f?.properties.parentId;
      if (f && parent !== null && parent !== undefined && !keptIds.has(parent)) {
        byIndex[i]?.push(missingParentProblem(parent, featureLocator(features[i], i)));
        ok[i] = null;
        keptIds.delete(f.properties.id);
        changed = true;
      }
    });
  }
  const kept = ok.flatMap((feature, index) => (feature ? [{ feature, index }] : []));
  return { kept, problems: byIndex.flat(), leftOut: features.length - kept.length };
}
