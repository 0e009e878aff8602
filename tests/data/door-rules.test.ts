/**
 * One data door: each rule of the incident door, broken once, through the
 * app's loader (parseStream, what the parse worker runs) AND the validator CLI
 * (one process for all files): the same line in both, and the loader keeps
 * the valid incident beside the broken one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseStream } from '../../src/data/load/parseStream.ts';
import type { WorkerMessage } from '../../src/data/load/protocol.ts';
import { collection, incident, incidentProps } from './validate-factories.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'door-rules-'));
const claim = (over: Record<string, unknown>) => [{ ...(incidentProps().claims as object[])[0], ...over }];
const ID = 'mir-ali-2025-06-28';
const at = (file: string, rest: string) => `${join(dir, file)}: feature ${ID}: ${rest}`;

/** Each rule: a file name, the broken incident(s) and the line both doors must print. */
const RULES: { rule: string; file: string; features: unknown[]; line: (file: string) => string }[] = [
  { rule: 'schema', file: 'schema.geojson', features: [incident({ claims: claim({ killed: { n: -1, max: null, qualifier: null } }) })], line: (f) => at(f, 'properties.claims[0].killed.n: expected a number ≥ 0, found -1') },
  { rule: 'calendar date (no rollover)', file: 'feb30.geojson', features: [incident({ start: '2025-02-30' })], line: (f) => at(f, 'properties.start: expected a calendar date (YYYY-MM-DD or YYYY-MM), found "2025-02-30"') },
  { rule: 'start ≤ end', file: 'order.geojson', features: [incident({ end: '2025-05-31' })], line: (f) => at(f, 'properties.end: expected an end on or after the start 2025-06-28, found "2025-05-31"') },
  { rule: 'years 1900–2100', file: 'year.geojson', features: [incident({ start: '9999-12-31' })], line: (f) => at(f, 'properties.start: expected a date in the years 1900–2100, found "9999-12-31"') },
  { rule: 'years 1900–2100 (0050 is not 1950)', file: 'year50.geojson', features: [incident({ start: '0050-06-15' })], line: (f) => at(f, 'properties.start: expected a date in the years 1900–2100, found "0050-06-15"') },
  { rule: 'coordinates ±180/±90', file: 'lonlat.geojson', features: [incident({}, [200, 95])], line: (f) => at(f, 'geometry.coordinates: expected a longitude within ±180 and a latitude within ±90, found [200, 95]') },
  { rule: 'PAK/AFG inside the two countries plus 50 km', file: 'region.geojson', features: [incident({}, [77.21, 28.61])], line: (f) => at(f, 'geometry.coordinates: expected a point in Pakistan or Afghanistan or within 50 km of them, for an event in PAK, found [77.21, 28.61]') },
  { rule: "every claim's source present", file: 'source.geojson', features: [incident({ claims: claim({ sourceRef: 's9' }) })], line: (f) => at(f, "properties.claims[0].sourceRef: expected the ref of one of this incident's sources (s1), found \"s9\"") },
  { rule: 'n ≤ max', file: 'range.geojson', features: [incident({ claims: claim({ killed: { n: 18, max: 16, qualifier: null } }) })], line: (f) => at(f, 'properties.claims[0].killed.max: expected a maximum ≥ n (18), found 16') },
  { rule: 'figures ≤ 1,000,000', file: 'figure.geojson', features: [incident({ claims: claim({ killed: { n: 2 ** 53 - 1, max: null, qualifier: null } }) })], line: (f) => at(f, 'properties.claims[0].killed.n: expected a figure of at most 1,000,000, found 9007199254740991') },
  { rule: 'uncertaintyKm ≤ 500', file: 'radius.geojson', features: [incident({ uncertaintyKm: 1e300 })], line: (f) => at(f, 'properties.uncertaintyKm: expected a radius of at most 500 km, found 1e+300') },
  { rule: 'unique ids', file: 'dup.geojson', features: [incident({ id: 'other-one' }), incident({ id: 'other-one' })], line: (f) => `${join(dir, f)}: feature #2: properties.id: expected an id no other feature has, found "other-one", also used by feature #1` },
  { rule: 'parents exist', file: 'parent.geojson', features: [incident({ parentId: 'nowhere' })], line: (f) => at(f, 'properties.parentId: expected the id of an incident in this file, found "nowhere"') },
  { rule: 'title ≤ 500 characters (1 MB refused cheaply)', file: 'title.geojson', features: [incident({ title: 'x'.repeat(1 << 20) })], line: (f) => at(f, 'properties.title: expected a text of at most 500 characters, found a text of 1,048,576 characters') },
  { rule: 'notes ≤ 20,000 characters', file: 'notes.geojson', features: [incident({ notes: 'n'.repeat(20_001) })], line: (f) => at(f, 'properties.notes: expected a text of at most 20,000 characters, found a text of 20,001 characters') },
];

/** A valid incident beside the broken ones, so "every valid one is shown" is checked too. */
const good = incident({ id: 'good-one', start: '2024-01-02' }, [69.2, 34.5]);

async function loaderOf(file: string, text: string): Promise<WorkerMessage[]> {
  const out: WorkerMessage[] = [];
  const bytes = new TextEncoder().encode(text);
  const stream = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(bytes), c.close()) });
  await parseStream(stream, bytes.length, file, (m) => out.push(m));
  return out;
}

let cli: string[] = [];
beforeAll(() => {
  for (const r of RULES) writeFileSync(join(dir, r.file), JSON.stringify(collection(good, ...r.features)));
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/validate.ts', ...RULES.map((r) => join(dir, r.file))], { cwd: root, encoding: 'utf8' });
  expect(run.status).toBe(1);
  cli = run.stdout.trim().split('\n');
}, 60_000);

describe('one data door: the loader and the CLI say the same', () => {
  it.each(RULES)('$rule', async (r) => {
    const file = join(dir, r.file);
    const text = JSON.stringify(collection(good, ...r.features));
    const ms = await loaderOf(file, text);
    const done = ms.at(-1);
    if (done?.kind !== 'done') throw new Error(`loader did not finish: ${JSON.stringify(done)}`);
    expect(done.errors).toEqual([r.line(r.file)]);
    expect(done.errorCount).toBe(1);
    const kept = ms.flatMap((m) => (m.kind === 'incidents' ? m.incidents.map((i) => i.id) : []));
    expect(kept).toEqual(r.rule === 'unique ids' ? ['good-one', 'other-one'] : ['good-one']);
    expect(done.leftOut).toBe(1);
    expect(cli.filter((l) => l.startsWith(`${file}: `) && !l.includes(': warning: '))).toEqual([r.line(r.file)]);
  });

  it('accepts Gilgit-Baltistan and northern Badakhshan, which the old lon/lat box cut off', async () => {
    // Skardu (75.63 E) and the Siachen side (76.5 E) lie east of lon 75.5; northern Badakhshan (38.2 N) north of lat 38.
    const inside = [incident({ id: 'skardu' }, [75.63, 35.3]), incident({ id: 'east-gb' }, [76.5, 35.6]), incident({ id: 'badakhshan', country: 'AFG', province: 'Badakhshan' }, [70.8, 38.2])];
    const ms = await loaderOf('in.geojson', JSON.stringify(collection(...inside)));
    expect(ms.at(-1)).toEqual({ kind: 'done', errors: [], errorCount: 0, leftOut: 0 });
  });

  it('counts exactly: 2,000 bad features are 2,000 problems and 2,000 left out', async () => {
    const bad = Array.from({ length: 2000 }, (_, k) => incident({ id: `bad-${k}`, start: '2025-02-30' }));
    const done = (await loaderOf('many.geojson', JSON.stringify(collection(good, ...bad)))).at(-1);
    expect(done?.kind === 'done' && [done.errorCount, done.leftOut, done.errors.length]).toEqual([2000, 2000, 500]);
  });
});
