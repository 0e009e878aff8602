/**
 * The validator's problem record and its one-line text form. Every check
 * returns `Problem`s; only this module decides how they read, so the CLI, the
 * tests and the app show the same words.
 *
 * Line forms:
 *   FILE:LINE:COLUMN: expected …, found …                      (not JSON)
 *   FILE:LINE:COLUMN: warning: expected …, found …             (a repeated member name)
 *   FILE: WHERE: FIELD: expected …, found …                    (error)
 *   FILE: warning: WHERE: FIELD: expected …, found …           (warning)
 * WHERE is `feature ID` (the feature's id or properties.id), `feature #INDEX`
 * (0-based, when it has no id) or `document` (the root object).
 */

export type Severity = 'error' | 'warning';

/** One thing wrong with a file. `rule` is a stable id, used for de-duplication and tests. */
export interface Problem {
  severity: Severity;
  rule: string;
  /** `feature ID`, `feature #INDEX` or `document`; empty for a JSON syntax error. */
  where: string;
  /** Dotted path inside WHERE, e.g. `geometry.coordinates[0][3]`; `(root)` for the value itself. */
  field: string;
  expected: string;
  found: string;
  /** 1-based line and column: JSON syntax errors and repeated member names. */
  line?: number;
  column?: number;
  /** How many more places broke the same rule in the same WHERE (reported once). */
  more?: number;
}

/** Format one problem as the single line the CLI prints. */
export function formatProblem(file: string, p: Problem): string {
  const tail = `expected ${p.expected}, found ${p.found}${p.more ? ` (and ${p.more} more like it)` : ''}`;
  const level = p.severity === 'warning' ? 'warning: ' : '';
  if (p.line !== undefined) return `${file}:${p.line}:${p.column ?? 1}: ${level}${tail}`;
  return `${file}: ${level}${p.where}: ${p.field}: ${tail}`;
}

/** Count errors and warnings. */
export function tally(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors += 1;
  return { errors, warnings: problems.length - errors };
}

/** The closing line: files checked, errors, warnings. */
export function summaryLine(files: number, errors: number, warnings: number): string {
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  const verdict = errors > 0 ? 'FAILED' : 'OK';
  return `${verdict}: ${plural(files, 'file')} checked, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/**
 * Collects problems, reporting each (where, rule) once: a province with 4,000
 * over-precise coordinates gets one line with a count, not 4,000 lines.
 */
export class ProblemSink {
  readonly problems: Problem[] = [];
  private readonly seen = new Map<string, Problem>();

  /** Add a problem unless the same rule already fired for the same WHERE. */
  add(p: Problem): void {
    const key = `${p.severity}\u0000${p.where}\u0000${p.rule}`;
    const first = this.seen.get(key);
    if (first) {
      first.more = (first.more ?? 0) + 1;
      return;
    }
    this.seen.set(key, p);
    this.problems.push(p);
  }

  /** True when at least one error was added. */
  hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }
}

/** A short description of a JSON value for the `found` part of a message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const s = JSON.stringify(value);
    return s.length > 42 ? `${s.slice(0, 40)}…"` : s;
  }
  return String(value);
}
