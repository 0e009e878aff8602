/**
 * Messages between the loader (main thread) and the parse worker.
 */
import type { Incident } from '../../domain/types.ts';
import type { CompactHeaderT } from './compact.ts';

/** Main → worker: what to load. `label` names the file in error lines. */
export interface LoadRequest {
  url: string;
  label: string;
}

/** Worker → main. Incidents come in batches so no single message is a long task to receive. */
export type WorkerMessage =
  | { kind: 'progress'; bytes: number; total: number | null; records: number }
  /** Full incidents (GeoJSON and NDJSON features), already validated. */
  | { kind: 'incidents'; incidents: Incident[] }
  /** The compact header, validated, before its rows. */
  | { kind: 'header'; header: CompactHeaderT }
  /** Checked compact rows as one JSON array text, decoded on the main thread so shared table objects stay shared. */
  | { kind: 'rows'; json: string; count: number }
  | { kind: 'done'; errors: string[]; errorCount: number }
  | { kind: 'failed'; message: string };
