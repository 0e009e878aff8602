/**
 * PapaParse driven record by record, the same way in the import worker (a
 * `File`, read in chunks) and in node tests (a string). Never PapaParse's own
 * `worker: true`: it does not run in a production Vite build; the app's own
 * module worker calls this instead.
 */
import Papa from 'papaparse';
import type { CsvImport } from './csvImport.ts';

/** Called after each chunk with the bytes (or characters) read so far. */
export type OnChunk = (cursor: number) => void;

/** Chunk size for files: big enough to keep PapaParse fast, small enough for steady progress. */
const CHUNK_BYTES = 1 << 20;

/**
 * Feeds every record of `input` to `target`; `stopAfter` stops once the
 * target's header is read and no dialect is known (the mapping step).
 */
export function feedCsv(input: File | string, target: CsvImport, onChunk?: OnChunk, stopAfterHeader = false): Promise<void> {
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(input as never, {
      header: false,
      skipEmptyLines: false,
      chunkSize: CHUNK_BYTES,
      chunk(results, parser) {
        for (const fields of results.data) {
          target.push(fields);
          if (stopAfterHeader && target.needsMapping) {
            parser.abort();
            return;
          }
        }
        onChunk?.(results.meta.cursor);
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
}
