/**
 * The app's own formats opened as files (GeoJSON incidents, newline-delimited
 * features, compact rows) go through the loader's door (parseStream); its
 * error lines become the report's refusals.
 */
import { emptyReport, type ImportReport, type RecordProblem } from './report.ts';

const LINE = /^(?:.*?): (?:line (\d+)|row (\d+)|feature ([^:]+)): ([^:]+): expected (.*), found (.*)$/;

/** A report from the loader's counts and error lines (`FILE: line N: field: expected …, found …`). */
export function reportFromLoader(file: string, format: string, imported: number, errorLines: readonly string[], errorCount: number): ImportReport {
  const r = emptyReport(file, format);
  const refusals: RecordProblem[] = [];
  const records = new Set<string>();
  for (const l of errorLines) {
    const m = LINE.exec(l);
    if (m === null) {
      refusals.push({ record: 0, line: null, id: null, field: '(file)', expected: '', found: l.slice(file.length + 2) });
      continue;
    }
    const line = m[1] ?? (m[2] !== undefined ? String(Number(m[2]) + 1) : null);
    records.add(line ?? m[3] ?? l);
    refusals.push({ record: line === null ? 0 : Number(line), line: line === null ? null : Number(line), id: m[3] ?? null, field: m[4]!, expected: m[5]!, found: m[6]! });
  }
  r.refusals = refusals;
  r.refused = Math.max(records.size, errorCount > errorLines.length ? errorCount : 0);
  r.imported = imported;
  r.read = imported + r.refused;
  return r;
}
