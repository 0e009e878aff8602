/**
 * The one data door for imported incidents: the same rules the loader and the
 * validator CLI run (validate/incidentRules.ts), with rules of plausibility
 * (the region) as warnings, as the door allows for imported files. Problems
 * come back as field / expected / found so the report can name them by record.
 */
import type { Incident } from '../../domain/types.ts';
import { checkIncidentFeature } from '../validate/incidentRules.ts';
import type { FieldProblem } from './draft.ts';

/**
 * Errors (the record is refused) and warnings (it is imported as given) of an
 * imported incident; `checkedClaims` (one per file) lets a claim object its
 * incidents share be parsed by the schema once.
 */
export function checkIncident(i: Incident, checkedClaims?: WeakSet<object>): { errors: FieldProblem[]; warnings: FieldProblem[] } {
  const { lon, lat, ...properties } = i;
  const verdict = checkIncidentFeature({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties }, `feature ${i.id}`, { plausibility: 'warning', checkedClaims });
  const errors: FieldProblem[] = [];
  const warnings: FieldProblem[] = [];
  for (const p of verdict.problems) (p.severity === 'error' ? errors : warnings).push({ field: p.field, expected: p.expected, found: p.found });
  return { errors, warnings };
}
