/**
 * zod issues in the validator's words: each issue becomes one problem whose
 * field is the issue's path (`properties.claims[0].killed.n`) and whose
 * expected/found parts are plain English rather than zod's messages.
 */
import type { z } from 'zod';
import { describe, type Problem } from './report.ts';

/** `['properties', 'claims', 0, 'n']` → `properties.claims[0].n`. */
export function pathText(path: readonly PropertyKey[]): string {
  let s = '';
  for (const k of path) s += typeof k === 'number' ? `[${k}]` : s === '' ? String(k) : `.${String(k)}`;
  return s === '' ? '(root)' : s;
}

const ARTICLE: Record<string, string> = { int: 'an integer', object: 'an object', array: 'an array', undefined: 'nothing' };

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return ARTICLE[issue.expected] ?? `a ${issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      // The schema's own message names the format (e.g. "a date YYYY-MM-DD or YYYY-MM").
      return issue.message;
    case 'too_small':
      return issue.origin === 'array' ? `at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}` : issue.origin === 'string' ? 'a non-empty string' : `a number ≥ ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `at most ${issue.maximum} items` : `a number ≤ ${issue.maximum}`;
    case 'unrecognized_keys':
      return 'only the members the schema names';
    default:
      return issue.message;
  }
}

/** Problems for the issues of a failed zod parse of one feature at `where`. */
export function zodProblems(issues: readonly z.core.$ZodIssue[], where: string): Problem[] {
  return issues.map((issue) => {
    const found =
      issue.code === 'unrecognized_keys'
        ? `unknown member${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`
        : 'input' in issue
          ? describe(issue.input)
          : 'nothing';
    return { severity: 'error' as const, rule: `schema:${issue.code}:${pathText(issue.path)}`, where, field: pathText(issue.path), expected: expectedOf(issue), found };
  });
}
