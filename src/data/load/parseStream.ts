/**
 * The parse worker's work, kept free of worker globals so node tests and the
 * validator CLI run it too: read a stream, recognise the format from its first
 * line, put every record through the door's rules (features through
 * validate/incidentRules.ts, compact rows through checkRow and rowRules.ts),
 * and post validated batches.
 *
 * Formats: a GeoJSON FeatureCollection (one document), newline-delimited
 * features, or compact rows (compact.ts). The first line decides: a compact
 * header, or a complete Feature, means a line format; anything else is read
 * as one JSON document.
 */
import { parseIncidentCollection } from '../parseIncidents.ts';
import { checkIncidentFeature, duplicateIdProblem, missingParentProblem } from '../validate/incidentRules.ts';
import { formatProblem, type Problem } from '../validate/report.ts';
import { featureLocator } from '../validate/rfc7946.ts';
import { checkRow, COMPACT_FORMAT, CompactHeader, type CompactHeaderT, type CompactRow } from './compact.ts';
import { LineSplitter } from './lines.ts';
import { LoadError } from './loadError.ts';
import type { WorkerMessage } from './protocol.ts';
import { headerProblem, rowProblem } from './rowRules.ts';
import type { Incident } from '../../domain/types.ts';

const FEATURE_BATCH = 2000;
const ROW_BATCH = 20000;
/** Problem lines kept for display; every problem is still counted. */
export const MAX_ERRORS = 500;
/** A single JSON document larger than this is refused: one string that big does not fit in V8. */
export const MAX_DOCUMENT_BYTES = 400 * 1024 * 1024;

type Post = (m: WorkerMessage) => void;

class Errors {
  readonly lines: string[] = [];
  count = 0;
  add(line: string): void {
    this.count++;
    if (this.lines.length < MAX_ERRORS) this.lines.push(line);
  }
}

/** WHERE for a record of a line format: `line N`, plus the feature's id when it has one. */
function lineWhere(value: unknown, lineNo: number): string {
  const loc = featureLocator(value, -1);
  return loc === 'feature #-1' ? `line ${lineNo}` : `line ${lineNo}: ${loc}`;
}

/** Reads, validates and posts a whole dataset; resolves when `done` (or `failed`) is posted. */
export async function parseStream(stream: ReadableStream<Uint8Array>, total: number | null, label: string, post: Post): Promise<void> {
  const reader = stream.getReader();
  const splitter = new LineSplitter();
  const errors = new Errors();
  let bytes = 0;
  let records = 0;
  let leftOut = 0;
  let lineNo = 0;
  // Assigned inside onLine, so TypeScript must not narrow it to its initial value.
  let mode = 'unknown' as 'unknown' | 'rows' | 'features' | 'document';
  let header: CompactHeaderT | null = null;
  let doc: string[] = [];
  let docBytes = 0;
  let rows: string[] = [];
  let incidents: Incident[] = [];
  /** id → WHERE of the feature that first had it. */
  const seen = new Map<string, string>();
  /** Row ids seen (a million rows: no WHERE string kept per row). */
  const seenRows = new Set<string>();
  /** Features with a parent, held back until every id of the stream is known. */
  const orphans: { incident: Incident; where: string }[] = [];
  const problem = (p: Problem): void => errors.add(formatProblem(label, p));

  const flush = (): void => {
    if (rows.length > 0) post({ kind: 'rows', json: `[${rows.join(',')}]`, count: rows.length });
    if (incidents.length > 0) post({ kind: 'incidents', incidents });
    rows = [];
    incidents = [];
    post({ kind: 'progress', bytes, total, records });
  };

  const keep = (i: Incident): void => {
    incidents.push(i);
    records++;
    if (incidents.length >= FEATURE_BATCH) flush();
  };

  const onFeatureLine = (value: unknown, where: string): void => {
    const v = checkIncidentFeature(value, where);
    for (const p of v.problems) problem(p);
    if (v.feature === null) return void leftOut++;
    const { properties, geometry } = v.feature;
    const first = seen.get(properties.id);
    if (first !== undefined) {
      problem(duplicateIdProblem(properties.id, where, first));
      return void leftOut++;
    }
    seen.set(properties.id, where);
    const incident: Incident = { ...properties, lon: geometry.coordinates[0], lat: geometry.coordinates[1] };
    if (properties.parentId !== null) orphans.push({ incident, where });
    else keep(incident);
  };

  const onRowLine = (value: unknown, line: string): void => {
    if (header === null) {
      const h = CompactHeader.safeParse(value);
      if (!h.success) throw new LoadError({ kind: 'not-incidents', detail: 'line 1 is not a compact header' }, `${label}: line 1: expected a compact header (${h.error.issues[0]?.path.join('.') ?? ''}: ${h.error.issues[0]?.message ?? ''})`);
      const bad = headerProblem(h.data);
      if (bad !== null) throw new LoadError({ kind: 'not-incidents', detail: 'its header line is out of bounds' }, `${label}: line 1: ${bad}`);
      header = h.data;
      post({ kind: 'header', header });
      return;
    }
    const where = (): string => `${label}: row ${lineNo - 1}`;
    const bad = checkRow(header, value) ?? rowProblem(header, value as CompactRow);
    if (bad) {
      errors.add(`${where()}: ${bad}`);
      return void leftOut++;
    }
    const id = `${header.idPrefix}-${(value as number[])[0]}`;
    if (seenRows.has(id)) {
      errors.add(`${where()}: n: expected a unique row number, found a duplicate`);
      return void leftOut++;
    }
    seenRows.add(id);
    rows.push(line);
    records++;
    if (rows.length >= ROW_BATCH) flush();
  };

  const onLine = (line: string): void => {
    lineNo++;
    if (mode === 'unknown' && line.trim() !== '') mode = detect(line);
    if (mode === 'document') {
      doc.push(line);
      docBytes += line.length + 1;
      return;
    }
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.add(`${label}: line ${lineNo}: expected one JSON value per line, found ${JSON.stringify(line.slice(0, 40))}`);
      return void leftOut++;
    }
    if (mode === 'rows') onRowLine(value, line);
    else onFeatureLine(value, lineWhere(value, lineNo));
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const line of splitter.push(value)) onLine(line);
      if (docBytes > MAX_DOCUMENT_BYTES) {
        const mb = MAX_DOCUMENT_BYTES >> 20;
        throw new LoadError({ kind: 'too-large', megabytes: mb }, `${label}: a single JSON document over ${mb} MB cannot be read; use newline-delimited features or compact rows (npm run generate -- --out FILE.rows.ndjson)`);
      }
      if (mode !== 'document') post({ kind: 'progress', bytes, total, records });
    }
    for (const line of splitter.end()) onLine(line);
    if (mode === 'unknown') throw new LoadError({ kind: 'empty' }, `${label}: the file is empty`);
    if (mode === 'document') {
      post({ kind: 'progress', bytes, total, records });
      const text = doc.join('\n');
      doc = [];
      const json = parseDocument(text, label);
      const parsed = parseIncidentCollection(json, label);
      if (!isCollection(json)) throw new LoadError({ kind: 'not-incidents', detail: 'it is not a GeoJSON FeatureCollection' }, parsed.errors[0] ?? label);
      for (const e of parsed.errors) errors.add(e);
      leftOut += parsed.leftOut;
      for (const i of parsed.dataset.incidents) keep(i);
    }
    if (mode === 'rows' && header === null) throw new LoadError({ kind: 'not-incidents', detail: 'the compact header line is missing' }, `${label}: the compact header line is missing`);
    // A parent must be a kept incident (every id in `seen` passed the rules); leaving one out
    // may orphan another, so repeat until stable.
    const kept = new Set(orphans.length > 0 ? seen.keys() : []);
    let pending = orphans;
    for (let changed = true; changed; ) {
      changed = false;
      pending = pending.filter((o) => {
        if (kept.has(o.incident.parentId as string)) return true;
        problem(missingParentProblem(o.incident.parentId as string, o.where));
        kept.delete(o.incident.id);
        leftOut++;
        changed = true;
        return false;
      });
    }
    for (const o of pending) keep(o.incident);
    flush();
    post({ kind: 'done', errors: errors.lines, errorCount: errors.count, leftOut });
  } catch (e) {
    if (e instanceof LoadError) post({ kind: 'failed', failure: e.failure, message: e.message });
    else post({ kind: 'failed', failure: { kind: 'network' }, message: `${label}: ${e instanceof Error ? e.message : String(e)}` });
  }
}

const isCollection = (json: unknown): boolean => typeof json === 'object' && json !== null && !Array.isArray(json) && (json as { type?: unknown }).type === 'FeatureCollection' && Array.isArray((json as { features?: unknown }).features);

/** JSON.parse with the failure worded: a web page where data was expected, or a syntax error. */
function parseDocument(text: string, label: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (/^\s*</.test(text)) throw new LoadError({ kind: 'html' }, `${label}: expected JSON, found a web page (HTML)`);
    throw new LoadError({ kind: 'not-json', detail }, `${label}: expected JSON, found a syntax error (${detail})`);
  }
}

function detect(firstLine: string): 'rows' | 'features' | 'document' {
  const t = firstLine.trim();
  if (t.startsWith('{') && t.includes(`"format":"${COMPACT_FORMAT}"`)) return 'rows';
  if (t.startsWith('{') && t.endsWith('}')) {
    try {
      const v = JSON.parse(t) as { type?: unknown };
      if (v.type === 'Feature') return 'features';
    } catch {
      // not a complete value on one line: a multi-line document
    }
  }
  return 'document';
}
