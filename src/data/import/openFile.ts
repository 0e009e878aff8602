/**
 * Opens a file on the page's side: starts the import worker, gathers the
 * incidents it sends batch by batch (each batch a short task), and resolves
 * with them and the report — or with the columns to map when no dialect was
 * recognised.
 */
import type { Incident } from '../../domain/types.ts';
import { rowDecoder, type CompactRow } from '../load/compact.ts';
import type { IncidentFeatureT } from '../schema.ts';
import type { ColumnMapping } from './generic.ts';
import type { ImportMessage, ImportRequest } from './protocol.ts';
import type { ImportReport } from './report.ts';

/** What opening a file gave. */
export type OpenResult =
  | { kind: 'imported'; incidents: Incident[]; report: ImportReport }
  | { kind: 'needs-mapping'; format: 'CSV' | 'GeoJSON points'; columns: string[]; sample: string[][] };

/** Options: the confirmed mapping of a generic file, the countries layer's URL, progress 0–1. */
export interface OpenOptions {
  mapping?: ColumnMapping | null;
  countriesUrl?: string | null;
  onProgress?: (fraction: number) => void;
}

/**
 * Imports `file` in the import worker.
 * @example const r = await openFile(file); if (r.kind === 'imported') store.dispatch(layerActions.layerAdded(…));
 */
export function openFile(file: File, options: OpenOptions = {}): Promise<OpenResult> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const incidents: Incident[] = [];
  let decode: ((r: CompactRow) => IncidentFeatureT) | null = null;
  return new Promise<OpenResult>((resolve, reject) => {
    const end = (): void => worker.terminate();
    worker.onmessage = (e: MessageEvent<ImportMessage>) => {
      const m = e.data;
      switch (m.kind) {
        case 'progress':
          options.onProgress?.(m.total > 0 ? m.bytes / m.total : 0);
          break;
        case 'incidents':
          for (const i of m.incidents) incidents.push(i);
          break;
        case 'header':
          decode = rowDecoder(m.header);
          break;
        case 'rows':
          if (decode === null) break;
          for (const row of JSON.parse(m.json) as CompactRow[]) {
            const f = decode(row);
            incidents.push({ ...f.properties, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] });
          }
          break;
        case 'needs-mapping':
          end();
          resolve({ kind: 'needs-mapping', format: m.format, columns: m.columns, sample: m.sample });
          break;
        case 'done':
          end();
          resolve({ kind: 'imported', incidents, report: m.report });
          break;
        case 'failed':
          end();
          reject(new Error(m.message));
          break;
      }
    };
    worker.onerror = (e) => {
      end();
      reject(new Error(`${file.name}: the import worker failed (${e.message})`));
    };
    const request: ImportRequest = { file, mapping: options.mapping ?? null, countriesUrl: options.countriesUrl ?? null };
    worker.postMessage(request);
  });
}
