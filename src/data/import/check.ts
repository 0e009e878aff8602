/**
 * The door every imported incident passes: the incident schema, as for the
 * bundled data. Problems come back as `field: expected …, found …` so the
 * report can name them by record.
 */
import { IncidentProperties } from '../schema.ts';
import { describeValue } from '../parseIncidents.ts';
import type { Incident } from '../../domain/types.ts';
import type { FieldProblem } from './draft.ts';

/** Problems of an imported incident (empty when it passes). */
export function checkIncident(i: Incident): FieldProblem[] {
  const { lon: _lon, lat: _lat, ...properties } = i;
  const r = IncidentProperties.safeParse(properties, { reportInput: true });
  if (r.success) return [];
  return r.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(record)', expected: issue.message, found: describeValue(issue.input) }));
}
