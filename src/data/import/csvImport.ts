/**
 * Reads a CSV record by record (the records come from PapaParse, in a worker
 * or in node tests alike): recognises the dialect from the header, maps each
 * record, passes it through the data door, merges a repeated id into its
 * first record, and keeps the row-by-row report. Record numbers count the
 * header as 1; lines are counted from the newlines inside each record's
 * cells, so a quoted cell spanning lines moves the next record's line on.
 */
import type { Incident } from '../../domain/types.ts';
import { cellReader, type Cells } from './cells.ts';
import { checkIncident } from './check.ts';
import { differingFields } from './compare.ts';
import { ACLED_REQUIRED, mapAcled } from './acled.ts';
import type { MapResult } from './draft.ts';
import { REQUIRED_FIELDS, mapGeneric, type ColumnMapping, type CountryOf } from './generic.ts';
import { emptyReport, type ImportReport } from './report.ts';
import { SharedParts, toIncident } from './toIncident.ts';
import { UCDP_ALIASES, UCDP_REQUIRED, mapUcdp, ucdpDateFormat } from './ucdp.ts';

/** What the header says the file is. */
export type CsvDialect =
  | { kind: 'ucdp'; name: string }
  | { kind: 'acled'; name: string }
  | { kind: 'generic'; name: string; mapping: ColumnMapping };

const has = (header: readonly string[], names: readonly string[], aliases: Readonly<Record<string, readonly string[]>> = {}) =>
  names.every((n) => (aliases[n] ?? [n]).some((s) => header.includes(s)));

/** The dialect a header names, or null where none is recognised (then the user maps the columns). */
export function detectDialect(rawHeader: readonly string[]): CsvDialect | null {
  const header = rawHeader.map((h) => h.replace(/^\uFEFF/, '').trim());
  if (has(header, UCDP_REQUIRED, UCDP_ALIASES))
    return { kind: 'ucdp', name: header.includes('best_est') ? 'UCDP GED (download tool: best_est, US dates)' : 'UCDP GED (best/low/high)' };
  if (has(header, ACLED_REQUIRED)) return { kind: 'acled', name: 'ACLED' };
  return null;
}

/** The generic dialect for a confirmed mapping (every required field mapped to a column of the header). */
export function genericDialect(mapping: ColumnMapping): CsvDialect {
  return { kind: 'generic', name: 'CSV with mapped columns', mapping };
}

/** A mapping's missing required fields (empty when it can be used). */
export function missingFields(mapping: ColumnMapping, header: readonly string[]): string[] {
  return REQUIRED_FIELDS.filter((f) => mapping[f] === null || !header.includes(mapping[f]!));
}

const isHxl = (fields: readonly string[]) => fields.some((f) => f.trim() !== '') && fields.every((f) => f.trim() === '' || f.trim().startsWith('#'));
const newlines = (fields: readonly string[]) => fields.reduce((n, f) => n + (f.includes('\n') ? f.split('\n').length - 1 : 0), 0);

/** Options of a CSV import. */
export interface CsvImportOptions {
  /** The dialect, where already known (a generic mapping the user confirmed); otherwise detected from the header. */
  dialect?: CsvDialect | null;
  /** Finds the country of a point for generic files without a country column. */
  countryOf?: CountryOf | null;
}

/**
 * One CSV import: `push` each parsed record (the header first), `take`
 * finished incidents as they come, `finish` for the report.
 */
export class CsvImport {
  readonly report: ImportReport;
  dialect: CsvDialect | null;
  header: string[] | null = null;
  private cells: ((r: readonly string[]) => Cells) | null = null;
  private map: ((c: Cells, record: number) => MapResult) | null = null;
  private record = 0;
  private line = 1;
  private batch: Incident[] = [];
  private readonly firstOf = new Map<string, { incident: Incident; record: number }>();
  /** Equal parts of this file's incidents, shared (see toIncident.ts). */
  private readonly pool = new SharedParts();
  /** Shared claim objects the data door's schema already accepted. */
  private readonly checkedClaims = new WeakSet<object>();

  constructor(
    readonly file: string,
    private readonly options: CsvImportOptions = {},
  ) {
    this.dialect = options.dialect ?? null;
    this.report = emptyReport(file, 'CSV');
  }

  /** True once the header is read and no dialect fits: the caller asks the user for a mapping. */
  get needsMapping(): boolean {
    return this.header !== null && this.dialect === null;
  }

  /** Adds the next parsed record. */
  push(fields: string[]): void {
    this.record++;
    const record = this.record;
    const line = this.line;
    this.line += 1 + newlines(fields);
    if (this.header === null) return this.readHeader(fields);
    if (this.map === null || this.cells === null || this.header === null) return;
    // An empty line holds no data (PapaParse also gives one after the final newline).
    if (fields.length === 1 && fields[0]!.trim() === '') return;
    if (isHxl(fields)) return void this.report.skipped.push({ record, line, id: null, reason: 'an HXL hashtag row (column tags, not data)' });
    this.report.read++;
    const width = this.header.length;
    // The UCDP download tool ends every row with a comma: extra cells are fine while they are empty.
    if (fields.length < width || fields.slice(width).some((f) => f.trim() !== '')) {
      this.refuse(record, line, null, [{ field: '(record)', expected: `${width} values, as the header has`, found: `${fields.length} values` }]);
      return;
    }
    const result = this.map(this.cells(fields), record);
    if (!result.ok) return this.refuse(record, line, this.idOf(fields), result.problems);
    const incident = toIncident(result.draft, this.pool);
    const door = checkIncident(incident, this.checkedClaims);
    if (door.errors.length > 0) return this.refuse(record, line, incident.id, door.errors);
    for (const w of [...result.warnings, ...door.warnings]) this.report.warnings.push({ record, line, id: incident.id, ...w });
    const first = this.firstOf.get(incident.id);
    if (first !== undefined) {
      this.report.merged++;
      this.report.merges.push({ record, line, id: incident.id, keptFrom: `record ${first.record}`, fields: differingFields(first.incident, incident) });
      return;
    }
    this.firstOf.set(incident.id, { incident, record });
    this.report.imported++;
    this.batch.push(incident);
  }

  /** Incidents finished since the last call. */
  take(): Incident[] {
    const out = this.batch;
    this.batch = [];
    return out;
  }

  /** The report, once every record was pushed. */
  finish(): ImportReport {
    if (this.header === null) this.report.failure = `${this.file}: the file is empty (no header line)`;
    return this.report;
  }

  private readHeader(fields: string[]): void {
    this.header = fields.map((h) => h.replace(/^\uFEFF/, '').trim());
    this.dialect ??= detectDialect(this.header);
    const d = this.dialect;
    if (d === null) return;
    this.report.format = d.name;
    if (d.kind === 'ucdp') {
      const fmt = ucdpDateFormat(this.header);
      this.cells = cellReader(this.header, UCDP_ALIASES);
      this.map = (c) => mapUcdp(c, fmt);
    } else if (d.kind === 'acled') {
      this.cells = cellReader(this.header);
      this.map = (c) => mapAcled(c);
    } else {
      this.cells = cellReader(this.header);
      const countryOf = this.options.countryOf ?? null;
      this.map = (c, record) => mapGeneric(c, d.mapping, this.file, record, countryOf);
    }
  }

  private idOf(fields: readonly string[]): string | null {
    const name = this.dialect?.kind === 'ucdp' ? 'id' : this.dialect?.kind === 'acled' ? 'event_id_cnty' : null;
    const v = name === null ? undefined : this.cells?.(fields)(name)?.trim();
    return v === undefined || v === '' ? null : v;
  }

  private refuse(record: number, line: number, id: string | null, problems: readonly { field: string; expected: string; found: string }[]): void {
    this.report.refused++;
    for (const p of problems) this.report.refusals.push({ record, line, id, ...p });
  }
}
