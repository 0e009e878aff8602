/**
 * The door for an incident FeatureCollection already parsed from JSON: every
 * feature goes through the one set of rules (validate/incidentRules.ts, the
 * same the validator CLI runs), the valid ones become incidents, and every
 * problem is one line `FILE: WHERE: FIELD: expected …, found …`.
 */
import { makeDataset, type ObjectDataset } from '../domain/dataset.ts';
import type { Incident } from '../domain/types.ts';
import { checkIncidentFeatures, type RuleOptions } from './validate/incidentRules.ts';
import { describe, formatProblem } from './validate/report.ts';
import { isJsonObject } from './validate/coordinates.ts';

/** What the door let in and what it said. */
export interface ParsedCollection {
  dataset: ObjectDataset;
  /** One line per problem, errors and warnings, in document order. */
  errors: string[];
  /** Features left out (each once, however many problems it has). */
  leftOut: number;
}

/**
 * Parses an incident FeatureCollection: every valid feature becomes an
 * Incident (properties plus lon/lat); every invalid one yields its lines.
 * @example parseIncidentCollection(json, 'geo/incidents.geojson').errors // ['geo/incidents.geojson: feature x: properties.start: expected a calendar date (YYYY-MM-DD or YYYY-MM), found "2025-02-30"']
 */
export function parseIncidentCollection(json: unknown, file: string, options: RuleOptions = {}): ParsedCollection {
  const fail = (field: string, expected: string, found: string): ParsedCollection => ({
    dataset: makeDataset([]),
    errors: [formatProblem(file, { severity: 'error', rule: 'collection', where: 'document', field, expected, found })],
    leftOut: 0,
  });
  if (!isJsonObject(json) || json.type !== 'FeatureCollection') return fail('type', '"FeatureCollection"', describe(isJsonObject(json) ? json.type : json));
  if (!Array.isArray(json.features)) return fail('features', 'a "features" array', describe(json.features));
  const verdict = checkIncidentFeatures(json.features, options);
  const incidents: Incident[] = verdict.kept.map(({ feature: { properties, geometry } }) => ({ ...properties, lon: geometry.coordinates[0], lat: geometry.coordinates[1] }));
  return { dataset: makeDataset(incidents), errors: verdict.problems.map((p) => formatProblem(file, p)), leftOut: verdict.leftOut };
}
