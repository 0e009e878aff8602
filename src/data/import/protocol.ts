/**
 * Messages between the page and the import worker. The `File` itself is
 * sent (structured clone), never a blob: URL, so the page's policy need not
 * allow blob: for connect.
 */
import type { Incident } from '../../domain/types.ts';
import type { CompactHeaderT } from '../load/compact.ts';
import type { ColumnMapping } from './generic.ts';
import type { ImportReport } from './report.ts';

/** Page → worker: the file, the confirmed mapping for a generic file (null to detect), the countries layer's URL. */
export interface ImportRequest {
  file: File;
  mapping: ColumnMapping | null;
  countriesUrl: string | null;
}

/** Worker → page. */
export type ImportMessage =
  | { kind: 'progress'; bytes: number; total: number }
  /** No dialect was recognised: the user maps columns (or properties) and the file is read again. */
  | { kind: 'needs-mapping'; format: 'CSV' | 'GeoJSON points'; columns: string[]; sample: string[][] }
  | { kind: 'incidents'; incidents: Incident[] }
  /** Compact rows (the app's own large format) travel as the loader's do, decoded on the page. */
  | { kind: 'header'; header: CompactHeaderT }
  | { kind: 'rows'; json: string; count: number }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; message: string };
