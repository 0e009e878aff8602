/**
 * Loads a dataset — the bundled geo/incidents.geojson or a `?data=` path —
 * through one code path: a Web Worker fetches and validates it (parseStream),
 * the main thread receives validated batches and fills typed columns as they
 * arrive (each batch is its own short task): compact rows stay columns with
 * incidents decoded on demand (columnar.ts), features stay objects; it
 * resolves with the dataset, its columns and the error lines.
 */
import { isCountedIncident, makeDataset, type Dataset } from '../../domain/dataset.ts';
import { incidentDays } from '../../domain/filters.ts';
import type { DatasetColumns } from '../../domain/timeIndex.ts';
import type { Incident } from '../../domain/types.ts';
import { ColumnarBuilder } from './columnar.ts';
import type { CompactRow } from './compact.ts';
import { LoadError } from './loadError.ts';
import type { LoadRequest, WorkerMessage } from './protocol.ts';

/** Where loading is; `records` counts validated incidents so far. */
export interface LoadProgress {
  bytes: number;
  total: number | null;
  records: number;
}

/** A loaded dataset. `columns` are in dataset order (what D1's time index takes). */
export interface LoadResult {
  dataset: Dataset;
  columns: DatasetColumns;
  /** One line per problem (`FILE: feature ID: field: expected …, found …`), capped; `errorCount` is the full count. */
  errors: string[];
  errorCount: number;
  /** Records left out (each once, however many problems it had). */
  leftOut: number;
}

/** Growable typed columns, filled batch by batch. */
class ColumnBuilder {
  n = 0;
  /** Day spans by (start, end): a million incidents share a few thousand distinct dates. */
  private readonly spans = new Map<string, [number, number]>();
  private cap = 1024;
  start = new Int32Array(this.cap);
  end = new Int32Array(this.cap);
  counted = new Uint8Array(this.cap);
  lon = new Float64Array(this.cap);
  lat = new Float64Array(this.cap);

  add(i: Incident): void {
    if (this.n === this.cap) this.grow(this.cap * 2);
    const key = i.end === null ? i.start : `${i.start}/${i.end}`;
    let span = this.spans.get(key);
    if (span === undefined) this.spans.set(key, (span = incidentDays(i)));
    const [a, b] = span;
    this.start[this.n] = a;
    this.end[this.n] = b;
    this.counted[this.n] = isCountedIncident(i) ? 1 : 0;
    this.lon[this.n] = i.lon;
    this.lat[this.n] = i.lat;
    this.n++;
  }

  reserve(n: number): void {
    if (n > this.cap) this.grow(n);
  }

  private grow(cap: number): void {
    const copy = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a.subarray(0, this.n) as never);
      return b;
    };
    this.start = copy(this.start, (n) => new Int32Array(n));
    this.end = copy(this.end, (n) => new Int32Array(n));
    this.counted = copy(this.counted, (n) => new Uint8Array(n));
    this.lon = copy(this.lon, (n) => new Float64Array(n));
    this.lat = copy(this.lat, (n) => new Float64Array(n));
    this.cap = cap;
  }

  done(): DatasetColumns {
    const n = this.n;
    return { start: this.start.slice(0, n), end: this.end.slice(0, n), counted: this.counted.slice(0, n), lon: this.lon.slice(0, n), lat: this.lat.slice(0, n) };
  }
}

/** Starts the parse worker (a separate file Vite bundles as an ES module worker). */
function startWorker(): Worker {
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Loads `url` (resolved against the page; check `?data=` values with
 * resolveDataParam first). `label` names the file in error lines. Rejects
 * with a LoadError naming the cause.
 */
export function loadDataset(url: string, onProgress?: (p: LoadProgress) => void, label: string = url, stallMs?: number): Promise<LoadResult> {
  const absolute = new URL(url, document.baseURI).href;
  // Marks for the bench (and the browser's performance panel): when loading started, when the first batch and the end arrived.
  performance.mark('atlas:load-start');
  let firstBatch = true;
  const worker = startWorker();
  const incidents: Incident[] = [];
  const cols = new ColumnBuilder();
  // Compact rows go into columns (columnar.ts); features arrive as incident objects.
  let rows: ColumnarBuilder | null = null;
  return new Promise<LoadResult>((resolve, reject) => {
    const batch = (): void => {
      if (firstBatch) performance.mark('atlas:load-first-batch');
      firstBatch = false;
    };
    const take = (i: Incident): void => {
      incidents.push(i);
      cols.add(i);
    };
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      switch (m.kind) {
        case 'progress':
          onProgress?.({ bytes: m.bytes, total: m.total, records: m.records });
          break;
        case 'header':
          rows = new ColumnarBuilder(m.header, m.header.count);
          break;
        case 'rows': {
          batch();
          if (rows === null) break;
          for (const row of JSON.parse(m.json) as CompactRow[]) rows.add(row);
          break;
        }
        case 'incidents':
          batch();
          for (const i of m.incidents) take(i);
          break;
        case 'done':
          worker.terminate();
          performance.mark('atlas:load-end');
          resolve({ ...(rows !== null ? rows.done() : { dataset: makeDataset(incidents), columns: cols.done() }), errors: m.errors, errorCount: m.errorCount, leftOut: m.leftOut });
          break;
        case 'failed':
          worker.terminate();
          reject(new LoadError(m.failure, m.message));
          break;
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new LoadError({ kind: 'network' }, `${label}: the parse worker failed (${e.message})`));
    };
    const request: LoadRequest = stallMs === undefined ? { url: absolute, label } : { url: absolute, label, stallMs };
    worker.postMessage(request);
  });
}
