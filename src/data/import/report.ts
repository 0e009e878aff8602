/**
 * The row-by-row report of an import: how many records were read, imported,
 * merged as duplicates and refused; each refused record named by its record
 * number (the header is record 1) and the line it starts on, with field,
 * expected and found; warnings the same way; and the merges with the fields
 * that differed. It can be downloaded as CSV.
 */
import type { FieldProblem } from './draft.ts';

/** Where a record is in its file. */
export interface RecordPlace {
  /** Record number, the header being record 1 (for GeoJSON: the feature's index + 1). */
  record: number;
  /** Line of the file the record starts on (1-based); null in a one-document JSON file. */
  line: number | null;
  /** The record's own id, where it has one. */
  id: string | null;
}

/** A refused or doubtful field of one record. */
export type RecordProblem = RecordPlace & FieldProblem;

/** A record merged into an earlier one with the same id (the earlier one's values are kept). */
export interface Merge extends RecordPlace {
  /** Where the kept record is: the same file's record, or another layer's name. */
  keptFrom: string;
  /** Fields whose values differed (empty where the records were identical). */
  fields: string[];
}

/** A record not read as data (an HXL hashtag row, an empty line), with why. */
export interface Skipped extends RecordPlace {
  reason: string;
}

/** The report of one opened file. */
export interface ImportReport {
  file: string;
  /** The format recognised, in words ("UCDP GED (HDX export)", "ACLED", "CSV with mapped columns", …). */
  format: string;
  read: number;
  imported: number;
  merged: number;
  refused: number;
  refusals: RecordProblem[];
  warnings: RecordProblem[];
  merges: Merge[];
  skipped: Skipped[];
  /** A failure that stopped the whole file (not JSON, an unknown crs …), or null. */
  failure: string | null;
}

/** An empty report for a file. */
export function emptyReport(file: string, format: string): ImportReport {
  return { file, format, read: 0, imported: 0, merged: 0, refused: 0, refusals: [], warnings: [], merges: [], skipped: [], failure: null };
}

const CSV_COLUMNS = ['file', 'kind', 'record', 'line', 'id', 'field', 'expected', 'found'];

function cell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  // Quote every text cell; neutralise a leading = + - @ so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return typeof v === 'number' ? s : `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The report as CSV: a summary line, then one line per refusal, warning, merge and skipped record.
 * @example reportCsv(r).split('\n')[0] // 'file,kind,record,line,id,field,expected,found'
 */
export function reportCsv(reports: readonly ImportReport[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  const add = (r: ImportReport, kind: string, p: RecordPlace, field: string, expected: string, foundValue: string) =>
    lines.push([cell(r.file), cell(kind), p.record, p.line, cell(p.id), cell(field), cell(expected), cell(foundValue)].join(','));
  for (const r of reports) {
    const summary = `read ${r.read}, imported ${r.imported}, merged ${r.merged}, refused ${r.refused}`;
    lines.push([cell(r.file), cell('summary'), '', '', '', cell(r.format), cell(r.failure ?? ''), cell(summary)].join(','));
    for (const p of r.refusals) add(r, 'refused', p, p.field, p.expected, p.found);
    for (const p of r.warnings) add(r, 'warning', p, p.field, p.expected, p.found);
    for (const m of r.merges) add(r, 'merged', m, m.fields.join(' '), `kept from ${m.keptFrom}`, m.fields.length === 0 ? 'identical' : `${m.fields.length} field${m.fields.length === 1 ? "" : "s"} differ${m.fields.length === 1 ? "s" : ""}`);
    for (const s of r.skipped) add(r, 'skipped', s, '', s.reason, '');
  }
  return `${lines.join('\n')}\n`;
}
