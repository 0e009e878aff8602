/**
 * Messages between the loader (main thread) and the parse worker, and the
 * causes a load can fail for (the UI words for each live in src/ui/copy.ts).
 */
import type { Incident } from '../../domain/types.ts';
import type { CompactHeaderT } from './compact.ts';

/** Main → worker: what to load. `label` names the file in error lines; `stallMs`: give up after this long without a byte. */
export interface LoadRequest {
  url: string;
  label: string;
  stallMs?: number;
}

/** Why a file could not be used at all, in a form the UI words (copy.ts) and tests can match. */
export type LoadFailure =
  | { kind: 'refused' }
  | { kind: 'not-found' }
  | { kind: 'status'; status: number }
  | { kind: 'network' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'empty' }
  | { kind: 'html' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-incidents'; detail: string }
  | { kind: 'too-large'; megabytes: number }
  | { kind: 'no-incidents' };

/** Worker → main. Incidents come in batches so no single message is a long task to receive. */
export type WorkerMessage =
  | { kind: 'progress'; bytes: number; total: number | null; records: number }
  /** Full incidents (GeoJSON and NDJSON features), already validated. */
  | { kind: 'incidents'; incidents: Incident[] }
  /** The compact header, validated, before its rows. */
  | { kind: 'header'; header: CompactHeaderT }
  /** Checked compact rows as one JSON array text, decoded on the main thread so shared table objects stay shared. */
  | { kind: 'rows'; json: string; count: number }
  /** `errors`: the first MAX_ERRORS problem lines; `errorCount`: all of them; `leftOut`: records refused (each once). */
  | { kind: 'done'; errors: string[]; errorCount: number; leftOut: number }
  | { kind: 'failed'; failure: LoadFailure; message: string };
