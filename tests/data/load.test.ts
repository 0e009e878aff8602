import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveDataParam } from '../../src/data/load/dataParam.ts';
import { parseStream } from '../../src/data/load/parseStream.ts';
import type { WorkerMessage } from '../../src/data/load/protocol.ts';
import { generate } from '../../scripts/generate.ts';

const PAGE = 'http://127.0.0.1:4173/app/index.html?data=x';

describe('?data= resolution', () => {
  it('resolves a relative or absolute path against the page', () => {
    expect(resolveDataParam('bench/100k.rows.ndjson', PAGE)).toEqual({ ok: true, url: 'http://127.0.0.1:4173/app/bench/100k.rows.ndjson' });
    expect(resolveDataParam('/data/x.geojson', PAGE)).toEqual({ ok: true, url: 'http://127.0.0.1:4173/data/x.geojson' });
    expect(resolveDataParam('http://127.0.0.1:4173/y.json', PAGE)).toEqual({ ok: true, url: 'http://127.0.0.1:4173/y.json' });
  });
  it.each([
    'https://example.com/x',
    '//example.com/x',
    '/\\example.com/x',
    'javascript:alert(1)',
    'data:application/json,{}',
    'blob:http://127.0.0.1:4173/abc',
    'http://127.0.0.1:9999/x',
    'file:///etc/passwd',
    '',
  ])('refuses %j', (value) => {
    expect(resolveDataParam(value, PAGE)).toEqual({ ok: false });
  });
});

function streamOf(text: string, chunk = 1000): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.subarray(at, at + chunk));
      at += chunk;
    },
  });
}

async function parse(text: string): Promise<WorkerMessage[]> {
  const out: WorkerMessage[] = [];
  await parseStream(streamOf(text), text.length, 'f', (m) => out.push(m));
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'atlas-load-'));
const files: Record<string, string> = {};
beforeAll(async () => {
  for (const name of ['s.geojson', 's.ndjson', 's.rows.ndjson']) {
    await generate({ count: 250, seed: '3', out: join(dir, name) });
    files[name] = readFileSync(join(dir, name), 'utf8');
  }
}, 60_000);

const ids = (ms: WorkerMessage[]): string[] => {
  const header = ms.find((m) => m.kind === 'header');
  return ms.flatMap((m) => {
    if (m.kind === 'incidents') return m.incidents.map((i) => i.id);
    if (m.kind === 'rows' && header?.kind === 'header') return (JSON.parse(m.json) as number[][]).map((r) => `${header.header.idPrefix}-${String(r[0]).padStart(7, '0')}`);
    return [];
  });
};

describe('parseStream', () => {
  it('reads the same 250 incidents from a FeatureCollection, NDJSON features and compact rows', async () => {
    const results = await Promise.all(Object.values(files).map(parse));
    const expected = Array.from({ length: 250 }, (_, k) => `syn-3-${String(k + 1).padStart(7, '0')}`);
    for (const ms of results) {
      expect(ids(ms)).toEqual(expected);
      expect(ms.at(-1)).toEqual({ kind: 'done', errors: [], errorCount: 0, leftOut: 0 });
    }
  });
  it('keeps the valid records and lists each bad one with its line, field and value', async () => {
    const lines = files['s.ndjson']!.trimEnd().split('\n');
    lines[4] = lines[4]!.replace('"start":"', '"start":"x');
    lines[7] = '{not json';
    const ms = await parse(lines.join('\n'));
    expect(ids(ms).length).toBe(248);
    const done = ms.at(-1);
    expect(done?.kind).toBe('done');
    if (done?.kind !== 'done') return;
    expect(done.errorCount).toBe(2);
    expect(done.errors[0]).toMatch(/^f: line 5: feature syn-3-0000005: properties\.start: expected a date YYYY-MM-DD or YYYY-MM, found "x20/);
    expect(done.errors[1]).toBe('f: line 8: expected one JSON value per line, found "{not json"');
  });
  it('keeps a feature whose parent comes later in the stream, and leaves out one whose parent is missing', async () => {
    const lines = files['s.ndjson']!.trimEnd().split('\n');
    lines[0] = lines[0]!.replace('"parentId":null', '"parentId":"syn-3-0000250"');
    lines[1] = lines[1]!.replace('"parentId":null', '"parentId":"nowhere"');
    const ms = await parse(lines.join('\n'));
    expect(ids(ms)).toHaveLength(249);
    expect(ids(ms).at(-1)).toBe('syn-3-0000001');
    expect(ms.at(-1)).toEqual({ kind: 'done', errors: ['f: line 2: feature syn-3-0000002: properties.parentId: expected the id of an incident in this file, found "nowhere"'], errorCount: 1, leftOut: 1 });
  });
  it('checks compact rows and reports the row number', async () => {
    const lines = files['s.rows.ndjson']!.trimEnd().split('\n');
    lines[3] = lines[3]!.replace(/^\[3,[0-9.]+,/, '[3,999,');
    const ms = await parse(lines.join('\n'));
    const done = ms.at(-1);
    expect(ids(ms).length).toBe(249);
    expect(done?.kind === 'done' && done.errors).toEqual(['f: row 3: lon: expected a longitude, found 999']);
  });
  it('fails with a message on a file that is not JSON at all', async () => {
    const ms = await parse('{"type": "FeatureCollection",\n "features": [}');
    expect(ms.at(-1)).toEqual({ kind: 'failed', failure: { kind: 'not-json', detail: expect.any(String) }, message: expect.stringMatching(/^f: expected JSON, found a syntax error/) });
  });
  it('names a web page where data was expected, and an empty file', async () => {
    expect((await parse('<!doctype html><html>not data</html>')).at(-1)).toEqual({ kind: 'failed', failure: { kind: 'html' }, message: 'f: expected JSON, found a web page (HTML)' });
    expect((await parse(' \n\n')).at(-1)).toEqual({ kind: 'failed', failure: { kind: 'empty' }, message: 'f: the file is empty' });
  });
});
