/**
 * Synthetic incident data shaped like the real data (issue 4, item 1):
 *
 *   npm run generate -- --count 100000 --seed 7 --out bench/tmp/100k.geojson
 *
 * `.geojson`/`.json` writes a FeatureCollection with one feature per line;
 * `.ndjson` writes newline-delimited features; `.rows.ndjson` the compact row
 * format (src/data/load/compact.ts, ~90 bytes a record), the streamable form
 * the app reads for a million records. Same seed, same bytes.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGeography } from './generate/geography.ts';
import { loadMix } from './generate/mix.ts';
import { buildHeader, makePlaces, makeRow } from './generate/record.ts';
import { rowDecoder } from '../src/data/load/compact.ts';
import { Rng } from './generate/rng.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Options of one run. */
export interface GenerateOptions {
  count: number;
  seed: string;
  out: string;
}

/** Parses `--count N --seed S --out FILE`; throws a usage message on anything else. */
export function parseArgs(argv: readonly string[]): GenerateOptions {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const usage = 'usage: npm run generate -- --count N --seed S --out FILE(.geojson|.json|.ndjson|.rows.ndjson)';
  const count = Number(get('count'));
  const seed = get('seed') ?? '1';
  const out = get('out');
  if (!Number.isInteger(count) || count < 0 || count > 5_000_000) throw new Error(`--count must be an integer 0–5,000,000. ${usage}`);
  if (!out) throw new Error(`--out is required. ${usage}`);
  return { count, seed, out };
}

/** Writes the dataset and returns a one-line summary. */
export async function generate(o: GenerateOptions): Promise<string> {
  const geo = await loadGeography(root);
  const mix = loadMix(root);
  const idPrefix = `syn-${o.seed.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x'}`;
  const header = buildHeader(idPrefix, o.count, geo, mix);
  const places = makePlaces(geo, header);
  const decode = rowDecoder(header);
  const rng = new Rng(o.seed);
  const format = o.out.endsWith('.rows.ndjson') ? 'rows' : o.out.endsWith('.ndjson') ? 'ndjson' : 'geojson';
  const path = resolve(o.out);
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    if (format === 'geojson') writeSync(fd, '{"type":"FeatureCollection","features":[\n');
    if (format === 'rows') writeSync(fd, `${JSON.stringify(header)}\n`);
    let batch: string[] = [];
    for (let n = 1; n <= o.count; n++) {
      // Every format is written from the same row, so they describe the same incidents.
      const row = makeRow(n, rng, geo, mix, header, places);
      const line = JSON.stringify(format === 'rows' ? row : decode(row));
      batch.push(format === 'geojson' && n < o.count ? `${line},\n` : `${line}\n`);
      if (batch.length === 5000) {
        writeSync(fd, batch.join(''));
        batch = [];
      }
    }
    writeSync(fd, batch.join(''));
    if (format === 'geojson') writeSync(fd, ']}\n');
  } finally {
    closeSync(fd);
  }
  return `wrote ${o.count} synthetic incidents to ${o.out} (seed ${o.seed}; mix from ${mix.source}; geography from ${geo.source})`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(await generate(parseArgs(process.argv.slice(2))));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
