/**
 * The door for incident files: validates each feature with the schema, keeps
 * the valid ones, and reports every problem as one line
 * `FILE: feature ID-or-index: field.path: expected …, found …`.
 */
import type { z } from 'zod';
import { makeDataset, type Dataset } from '../domain/dataset.ts';
import type { Incident } from '../domain/types.ts';
import { IncidentFeature } from './schema.ts';

type Issue = z.core.$ZodIssue;

/** Short, safe description of a found value (data text is quoted, never interpreted). */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `an array of ${v.length} item${v.length === 1 ? '' : 's'}`;
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function bound(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const op = issue.code === 'too_small' ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
  const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.origin === 'string') return issue.code === 'too_small' && limit === '1' ? 'a non-empty string' : `a string of ${op} ${limit} characters`;
  if (issue.origin === 'array') return `an array of ${op} ${limit} items`;
  return `a number ${op} ${limit}`;
}

/** One or more `field: expected …, found …` fragments for a zod issue. */
function explain(issue: Issue): string[] {
  const path = issue.path.map(String).join('.') || '(feature)';
  const found = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return [`${path}: expected ${issue.expected}, found ${found}`];
    case 'invalid_value':
      return [`${path}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${found}`];
    case 'too_small':
    case 'too_big':
      return [`${path}: expected ${bound(issue)}, found ${found}`];
    case 'unrecognized_keys': {
      const obj = (issue.input ?? {}) as Record<string, unknown>;
      return issue.keys.map((k) => `${path === '(feature)' ? k : `${path}.${k}`}: expected no such field, found ${describeValue(obj[k])}`);
    }
    default:
      // Custom formats carry their expectation as the message (e.g. "a date YYYY-MM-DD or YYYY-MM").
      return [`${path}: expected ${issue.message}, found ${found}`];
  }
}

function labelOf(feature: unknown, index: number): string {
  if (typeof feature === 'object' && feature !== null) {
    const f = feature as { id?: unknown; properties?: { id?: unknown } };
    if (typeof f.id === 'string' && f.id !== '') return f.id;
    if (typeof f.properties?.id === 'string' && f.properties.id !== '') return f.properties.id;
  }
  return String(index);
}

/**
 * Parses an incident FeatureCollection: every valid feature becomes an
 * Incident (properties plus lon/lat); every invalid one yields error lines.
 * @example parseIncidentCollection(json, 'geo/incidents.geojson').errors // ['geo/incidents.geojson: feature x: properties.start: expected a date YYYY-MM-DD or YYYY-MM, found "2025-13-01"']
 */
export function parseIncidentCollection(json: unknown, file: string): { dataset: Dataset; errors: string[] } {
  const errors: string[] = [];
  const root = json as { type?: unknown; features?: unknown } | null;
  if (typeof root !== 'object' || root === null || Array.isArray(root) || root.type !== 'FeatureCollection') {
    const found = typeof root === 'object' && root !== null && !Array.isArray(root) ? describeValue(root.type) : describeValue(root);
    errors.push(`${file}: collection: type: expected "FeatureCollection", found ${found}`);
    return { dataset: makeDataset([]), errors };
  }
  if (!Array.isArray(root.features)) {
    errors.push(`${file}: collection: features: expected an array, found ${describeValue(root.features)}`);
    return { dataset: makeDataset([]), errors };
  }
  const incidents: Incident[] = [];
  const seen = new Map<string, number>();
  root.features.forEach((feature: unknown, index: number) => {
    const label = labelOf(feature, index);
    const parsed = IncidentFeature.safeParse(feature, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) for (const line of explain(issue)) errors.push(`${file}: feature ${label}: ${line}`);
      return;
    }
    const { properties, geometry } = parsed.data;
    const first = seen.get(properties.id);
    if (first !== undefined) {
      errors.push(`${file}: feature ${label}: properties.id: expected a unique id, found a duplicate of feature ${first}`);
      return;
    }
    seen.set(properties.id, index);
    incidents.push({ ...properties, lon: geometry.coordinates[0], lat: geometry.coordinates[1] });
  });
  return { dataset: makeDataset(incidents), errors };
}
