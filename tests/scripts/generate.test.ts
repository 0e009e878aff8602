import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIncidentCollection } from '../../src/data/parseIncidents.ts';
import { checkRow, CompactHeader, decodeRow, type CompactRow } from '../../src/data/load/compact.ts';
import type { IncidentFeatureT } from '../../src/data/schema.ts';
import { generate, parseArgs } from '../../scripts/generate.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'atlas-gen-'));
const N = 2000;

async function run(seed: string, name: string, count = N): Promise<string> {
  const out = join(dir, name);
  await generate({ count, seed, out });
  return readFileSync(out, 'utf8');
}

let text = '';
let features: IncidentFeatureT[] = [];
beforeAll(async () => {
  text = await run('7', 'a.geojson');
  features = (JSON.parse(text) as { features: IncidentFeatureT[] }).features;
}, 60_000);

describe('generate: options', () => {
  it('reads --count, --seed and --out', () => {
    expect(parseArgs(['--count', '10', '--seed', 'x', '--out', 'f.geojson'])).toEqual({ count: 10, seed: 'x', out: 'f.geojson' });
  });
  it('refuses a missing --out or a bad --count with the usage line', () => {
    expect(() => parseArgs(['--count', '10'])).toThrow(/--out is required/);
    expect(() => parseArgs(['--count', '-1', '--out', 'f'])).toThrow(/--count must be an integer/);
  });
});

describe('generate: determinism', () => {
  it('writes the same bytes for the same seed', async () => {
    expect(await run('7', 'b.geojson')).toBe(text);
  });
  it('writes different data for a different seed', async () => {
    const other = await run('8', 'c.geojson');
    expect(other).not.toBe(text);
    expect(other.length).toBeGreaterThan(1000);
  });
  it('writes the same incidents as NDJSON features and as compact rows', async () => {
    const nd = (await run('7', 'd.ndjson', 300)).trimEnd().split('\n');
    const rows = (await run('7', 'e.rows.ndjson', 300)).trimEnd().split('\n');
    const header = CompactHeader.parse(JSON.parse(rows[0]!));
    expect(header.count).toBe(300);
    expect(rows.length).toBe(301);
    rows.slice(1).forEach((line, k) => {
      const row = JSON.parse(line) as CompactRow;
      expect(checkRow(header, row)).toBeNull();
      expect(JSON.stringify(decodeRow(header, row))).toBe(nd[k]);
    });
    expect(nd[0]).toBe(JSON.stringify(features[0]));
  });
});

describe('generate: validity', () => {
  it('passes the schema: every feature parses, ids are unique', () => {
    const { dataset, errors } = parseIncidentCollection(JSON.parse(text), 'a.geojson');
    expect(errors).toEqual([]);
    expect(dataset.incidents.length).toBe(N);
    expect(new Set(dataset.incidents.map((i) => dataset.indexOfId(i.id))).size).toBe(N);
  });
  it('passes npm run validate', () => {
    const small = join(dir, 'a.geojson');
    const out = execFileSync('npx', ['tsx', 'scripts/validate.ts', small], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/0 errors/);
  }, 60_000);
  it('flags a broken compact row with the field and value', () => {
    const header = CompactHeader.parse(JSON.parse(readFileSync(join(dir, 'e.rows.ndjson'), 'utf8').split('\n')[0]!));
    expect(checkRow(header, [1, 70, 33, '2025-13-01', null, 0, 0, 0, 0, 0, [], 0])).toMatch(/^start: expected a date .*"2025-13-01"/);
    expect(checkRow(header, [1, 70, 33, '2025-01-01', null, 0, 999, 0, 0, 0, [], 0])).toMatch(/^region: expected an index below/);
  });
});

describe('generate: shaped like the real data', () => {
  const line = (): Feature<LineString> => {
    const doc = JSON.parse(readFileSync(join(root, 'geo/durand-line.geojson'), 'utf8')) as FeatureCollection<LineString>;
    return doc.features[0]!;
  };
  it('puts about half the points within 50 km of the Durand Line', () => {
    const l = line();
    const sample = features.filter((_, k) => k % 4 === 0);
    const near = sample.filter((f) => pointToLineDistance(f.geometry.coordinates, l, { units: 'kilometers' }) <= 50).length;
    expect(near / sample.length).toBeGreaterThan(0.44);
    expect(near / sample.length).toBeLessThan(0.56);
  });
  it('puts most of the rest in Khyber Pakhtunkhwa and Balochistan', () => {
    const l = line();
    const rest = features.filter((f, k) => k % 4 === 0 && pointToLineDistance(f.geometry.coordinates, l, { units: 'kilometers' }) > 50);
    const inKpBal = rest.filter((f) => /khyber|balochistan|baluchistan/i.test(f.properties.province)).length;
    expect(inKpBal / rest.length).toBeGreaterThan(0.7);
  });
  it('uses every incident type of the real data, dates over 2021–2025 and the real month-precision share', () => {
    const real = (JSON.parse(readFileSync(join(root, 'geo/incidents.geojson'), 'utf8')) as { features: IncidentFeatureT[] }).features
      .map((f) => f.properties)
      .filter((p) => p.parentId === null && p.type !== 'talks-ceasefire');
    const realTypes = new Set(real.map((p) => p.type));
    expect(new Set(features.map((f) => f.properties.type))).toEqual(realTypes);
    const months = features.filter((f) => f.properties.datePrecision === 'month').length / N;
    const realMonths = real.filter((p) => p.datePrecision === 'month').length / real.length;
    expect(Math.abs(months - realMonths)).toBeLessThan(0.03);
    for (const f of features) expect(f.properties.start >= '2021-01' && f.properties.start <= '2025-12-31').toBe(true);
  });
  it('gives each incident claims from one to three sides, whose killed figures disagree', () => {
    const sides = new Set<number>();
    for (const f of features) {
      const c = f.properties.claims;
      expect(c.length).toBeGreaterThanOrEqual(1);
      expect(c.length).toBeLessThanOrEqual(3);
      expect(new Set(c.map((x) => x.side)).size).toBe(c.length);
      expect(new Set(c.map((x) => x.killed?.n)).size).toBe(c.length);
      sides.add(c.length);
    }
    expect([...sides].sort()).toEqual([1, 2, 3]);
  });
  it('keeps records lean: a compact row is under 200 bytes', () => {
    const rows = readFileSync(join(dir, 'e.rows.ndjson'), 'utf8').trimEnd().split('\n').slice(1);
    const avg = rows.reduce((s, r) => s + r.length + 1, 0) / rows.length;
    expect(avg).toBeLessThan(200);
  });
});
