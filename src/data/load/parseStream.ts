/**
 * The parse worker's work, kept free of worker globals so node tests can run
 * it: read a stream, recognise the format from its first line, validate every
 * record through the schema (features via parseIncidentCollection, compact
 * rows via their lean checks), and post validated batches.
 *
 * Formats: a GeoJSON FeatureCollection (one document), newline-delimited
 * features, or compact rows (compact.ts). The first line decides: a compact
 * header, or a complete Feature, means a line format; anything else is read
 * as one JSON document.
 */
import { parseIncidentCollection } from '../parseIncidents.ts';
import { checkRow, COMPACT_FORMAT, CompactHeader, type CompactHeaderT } from './compact.ts';
import { LineSplitter } from './lines.ts';
import type { WorkerMessage } from './protocol.ts';
import type { Incident } from '../../domain/types.ts';

const FEATURE_BATCH = 2000;
const ROW_BATCH = 20000;
const MAX_ERRORS = 500;
/** A single JSON document larger than this is refused: one string that big does not fit in V8. */
const MAX_DOCUMENT_BYTES = 400 * 1024 * 1024;

type Post = (m: WorkerMessage) => void;

class Errors {
  readonly lines: string[] = [];
  count = 0;
  add(line: string): void {
    this.count++;
    if (this.lines.length < MAX_ERRORS) this.lines.push(line);
  }
}

/** Reads, validates and posts a whole dataset; resolves when `done` (or `failed`) is posted. */
export async function parseStream(stream: ReadableStream<Uint8Array>, total: number | null, label: string, post: Post): Promise<void> {
  const reader = stream.getReader();
  const splitter = new LineSplitter();
  const errors = new Errors();
  let bytes = 0;
  let records = 0;
  let lineNo = 0;
  // Assigned inside onLine, so TypeScript must not narrow it to its initial value.
  let mode = 'unknown' as 'unknown' | 'rows' | 'features' | 'document';
  let header: CompactHeaderT | null = null;
  let doc: string[] = [];
  let docBytes = 0;
  let rows: string[] = [];
  let incidents: Incident[] = [];
  const seen = new Set<string>();

  const flush = (): void => {
    if (rows.length > 0) post({ kind: 'rows', json: `[${rows.join(',')}]`, count: rows.length });
    if (incidents.length > 0) post({ kind: 'incidents', incidents });
    rows = [];
    incidents = [];
    post({ kind: 'progress', bytes, total, records });
  };

  const keep = (i: Incident, where: string): void => {
    if (seen.has(i.id)) return errors.add(`${label}: ${where}: properties.id: expected a unique id, found a duplicate ${JSON.stringify(i.id)}`);
    seen.add(i.id);
    incidents.push(i);
    records++;
    if (incidents.length >= FEATURE_BATCH) flush();
  };

  const onLine = (line: string): void => {
    lineNo++;
    if (mode === 'document') {
      doc.push(line);
      docBytes += line.length + 1;
      return;
    }
    if (line.trim() === '') return;
    if (mode === 'unknown') mode = detect(line);
    if (mode === 'document') {
      doc.push(line);
      docBytes += line.length + 1;
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return errors.add(`${label}: line ${lineNo}: expected one JSON value per line, found ${JSON.stringify(line.slice(0, 40))}`);
    }
    if (mode === 'rows') {
      if (header === null) {
        const h = CompactHeader.safeParse(value);
        if (!h.success) throw new Error(`${label}: line 1: expected a compact header (${h.error.issues[0]?.path.join('.') ?? ''}: ${h.error.issues[0]?.message ?? ''})`);
        header = h.data;
        post({ kind: 'header', header });
        return;
      }
      const problem = checkRow(header, value);
      if (problem) return errors.add(`${label}: row ${lineNo - 1}: ${problem}`);
      const id = `${header.idPrefix}-${(value as number[])[0]}`;
      if (seen.has(id)) return errors.add(`${label}: row ${lineNo - 1}: n: expected a unique row number, found a duplicate`);
      seen.add(id);
      rows.push(line);
      records++;
      if (rows.length >= ROW_BATCH) flush();
      return;
    }
    // One feature per line: the same door as the bundled data.
    const parsed = parseIncidentCollection({ type: 'FeatureCollection', features: [value] }, label);
    for (const e of parsed.errors) errors.add(e.replace(`${label}: feature 0:`, `${label}: line ${lineNo}:`).replace(`${label}: feature `, `${label}: line ${lineNo}: feature `));
    for (const i of parsed.dataset.incidents) keep(i, `line ${lineNo}`);
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const line of splitter.push(value)) onLine(line);
      if (docBytes > MAX_DOCUMENT_BYTES) throw new Error(`${label}: a single JSON document over ${MAX_DOCUMENT_BYTES >> 20} MB cannot be read; use newline-delimited features or compact rows (npm run generate -- --out FILE.rows.ndjson)`);
      if (mode !== 'document') post({ kind: 'progress', bytes, total, records });
    }
    for (const line of splitter.end()) onLine(line);
    if (mode === 'document') {
      post({ kind: 'progress', bytes, total, records });
      const text = doc.join('\n');
      doc = [];
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new Error(`${label}: expected JSON, found a syntax error (${e instanceof Error ? e.message : String(e)})`);
      }
      const parsed = parseIncidentCollection(json, label);
      for (const e of parsed.errors) errors.add(e);
      parsed.dataset.incidents.forEach((i, k) => keep(i, `feature ${i.id || k}`));
    }
    if (mode === 'rows' && header === null) throw new Error(`${label}: the compact header line is missing`);
    flush();
    if (errors.count > errors.lines.length) errors.lines.push(`${label}: … and ${errors.count - errors.lines.length} more problems`);
    post({ kind: 'done', errors: errors.lines, errorCount: errors.count });
  } catch (e) {
    post({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
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
