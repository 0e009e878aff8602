/**
 * `npm run bench -- --validator` (issue 8): times the validator CLI on the
 * hostile inputs its tests use, each in its own node with a 512 MB heap (as
 * the tests run it), wall time and peak memory from /usr/bin/time; plus the
 * cost of the door's region test per point. Writes bench/validator.md and
 * bench/validator.json. Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../generate.ts';
import { inPakAfgRegion } from '../../src/data/validate/region.ts';
import { circleRing, crossingRing, deepPoint } from '../validate/hostile.ts';

interface Case {
  name: string;
  bytes: number;
  seconds: number;
  peakMB: number;
  exit: number | null;
  summary: string;
}

function runCli(root: string, file: string): { seconds: number; peakMB: number; exit: number | null; summary: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, '--max-old-space-size=512', '--import', 'tsx', 'scripts/validate.ts', file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const [seconds = 'NaN', kb = 'NaN'] = (r.stderr.trim().split('\n').at(-1) ?? '').split(' ');
  return { seconds: Number(seconds), peakMB: Math.round(Number(kb) / 1024), exit: r.status, summary: r.stdout.trim().split('\n').at(-1) ?? '' };
}

/** Runs the cases and writes the report; returns the markdown. */
export async function runValidatorBench(root: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-validator-bench-'));
  const load = loadavg()[0] ?? 0;
  const files: [string, string][] = [];
  const put = (name: string, file: string, text: string): void => {
    writeFileSync(join(dir, file), text);
    files.push([name, join(dir, file)]);
  };
  put('Polygon of 20,000 self-crossing vertices', 'cross20k.geojson', JSON.stringify({ type: 'Polygon', coordinates: [crossingRing(20_000)] }));
  put('Polygon of 100,000 crossing vertices', 'cross100k.geojson', JSON.stringify({ type: 'Polygon', coordinates: [crossingRing(100_000)] }));
  put('Valid polygon of 100,000 vertices (a circle)', 'circle100k.geojson', JSON.stringify({ type: 'Polygon', coordinates: [circleRing(100_000)] }));
  put('Coordinates nested 10,000 deep', 'deep.geojson', deepPoint(10_000));
  const rows = join(dir, '100k.rows.ndjson');
  await generate({ count: 100_000, seed: 'bench', out: rows });
  files.push(['100,000 compact rows (.rows.ndjson, the app loader)', rows]);
  const cases: Case[] = files.map(([name, file]) => {
    const r = runCli(root, file);
    return { name, bytes: statSync(file).size, ...r };
  });

  // The door's region test, per point, on random points of the region's box.
  let s = 11;
  const rnd = (): number => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pts = Float64Array.from({ length: 2_000_000 }, (_, k) => (k % 2 === 0 ? 58 + rnd() * 22 : 22 + rnd() * 18));
  const t0 = performance.now();
  let inside = 0;
  for (let i = 0; i < pts.length; i += 2) if (inPakAfgRegion(pts[i] as number, pts[i + 1] as number)) inside++;
  const regionMs = performance.now() - t0;

  const lines = [
    '# Validator bench (issue 8)',
    '',
    `Node ${process.version}, ${cpus().length} cores, 1-minute load average ${load.toFixed(1)} at the start (anything above ~1 means other work competed). Each file is checked by \`npm run validate\` in its own node with \`--max-old-space-size=512\`; wall time and peak resident memory from /usr/bin/time (they include ~1 s of node + tsx start-up).`,
    '',
    '| input | size | wall time | peak memory | exit | last line |',
    '|---|---|---|---|---|---|',
    ...cases.map((c) => `| ${c.name} | ${(c.bytes / 1024).toFixed(0)} KB | ${c.seconds.toFixed(2)} s | ${c.peakMB} MB | ${c.exit} | ${c.summary} |`),
    '',
    `Region test (a point inside Pakistan or Afghanistan plus 50 km, 240-vertex outline behind a grid of 0.25° cells): 1,000,000 random points of lon 58–80, lat 22–40 in ${regionMs.toFixed(0)} ms (${inside.toLocaleString('en')} inside).`,
    '',
    'Before issue 8 the 20,000-vertex polygon ran out of heap after 69 s at 4.5 GB (every crossing was collected before one was printed); now the first crossing of each ring is reported and the sweep stops.',
    '',
  ];
  const md = lines.join('\n');
  writeFileSync(join(root, 'bench/validator.md'), md);
  writeFileSync(join(root, 'bench/validator.json'), `${JSON.stringify({ loadAverage: load, cases, regionMsPerMillion: regionMs }, null, 2)}\n`);
  return md;
}
