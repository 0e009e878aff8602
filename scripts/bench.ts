/**
 * `npm run bench` (issue 4, item 3): builds the app and the bench page,
 * generates 10k / 100k / 1M incident datasets into bench/tmp (git-ignored),
 * serves them on 127.0.0.1, drives headless Chromium at 1280×800 and writes
 * bench/report.json and bench/report.md. Not part of `npm test`.
 *
 *   npm run bench                 # everything (~10 min)
 *   npm run bench -- --quick      # 10k and 100k only, 20 changes each
 *   npm run bench -- --quick --sizes=10k --app-only   # while developing: the app alone
 *   npm run bench -- --sizes=1m --app-only --keep     # one size; the other rows stay from the last report
 *   npm run bench -- --validator  # the validator CLI on hostile inputs only (bench/validator.md)
 *   npm run bench -- --import     # 100k UCDP-shaped rows opened in the app (bench/import.md)
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { generate } from './generate.ts';
import { runOne, type RunResult } from './bench/drive.ts';
import { carryOver, writeReports } from './bench/report.ts';
import { runApp, type AppResult } from './bench/app.ts';
import { runValidatorBench } from './bench/validator.ts';
import { importReport, runImport, ucdpShapedRows } from './bench/importBench.ts';
import { INSTRUMENT } from './bench/app.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'bench/tmp/site');
const quick = process.argv.includes('--quick');
const ALL_SIZES: [string, number][] = quick ? [['10k', 10_000], ['100k', 100_000]] : [['10k', 10_000], ['100k', 100_000], ['1m', 1_000_000]];
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))?.slice(8).split(',');
const SIZES = sizesArg ? ALL_SIZES.filter(([name]) => sizesArg.includes(name)) : ALL_SIZES;
const appOnly = process.argv.includes('--app-only');
// --keep: rows this run did not measure (other sizes, the bench page) stay from bench/report.json, each labelled with its own run.
const keep = process.argv.includes('--keep');
// --times=N: changes per kind (a time-boxed 1M run may take fewer; each row of the report says how many it had).
const TIMES = Number(process.argv.find((a) => a.startsWith('--times='))?.slice(8)) || (quick ? 20 : 50);
const FAST_KINDS = { week: 'w', jump: 'j', claim: 'c', attribution: 'a' };
const NAIVE_KINDS = { week: 'w', jump: 'j' };
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'];

function log(s: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
}

/** Sum of the gzipped sizes of the app's built JS and CSS. */
function bundleGzipKB(): { js: number; css: number } {
  const dir = join(root, 'dist/assets');
  let js = 0;
  let css = 0;
  for (const f of readdirSync(dir)) {
    const size = gzipSync(readFileSync(join(dir, f))).length;
    if (f.endsWith('.js')) js += size;
    if (f.endsWith('.css')) css += size;
  }
  return { js: Math.round(js / 102.4) / 10, css: Math.round(css / 102.4) / 10 };
}

/** The import bench alone: builds the app, makes 100k UCDP-shaped rows, opens them through the app's chooser. */
async function importBench(): Promise<void> {
  const source = join(root, '../shared/corpora/ucdp/ucdp_ged_conflict_data_pak.csv');
  if (!existsSync(source)) throw new Error(`${source} not found: the import bench makes its rows from the real UCDP file's shape`);
  execSync('node scripts/ensure-chromium.mjs', { cwd: root, stdio: 'inherit' });
  log('building the app (npm run build)');
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
  const file = join(root, 'bench/tmp/ucdp-100k.csv');
  const rows = 100_000;
  log('making 100k UCDP-shaped rows');
  const bytes = ucdpShapedRows(source, rows, file);
  const server = await preview({ configFile: false, root, logLevel: 'warn', build: { outDir: 'dist' }, preview: { host: '127.0.0.1', port: 4198, strictPort: false } });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4198/';
  const profile = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    log('opening the file in the app');
    const r = await runImport(ctx, base, file, rows, bytes, INSTRUMENT);
    log(JSON.stringify(r));
    const chromiumVersion = execSync(`${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} --version 2>/dev/null`, { encoding: 'utf8' }).trim();
    writeFileSync(join(root, 'bench/import.md'), importReport(r, chromiumVersion));
    writeFileSync(join(root, 'bench/import.json'), `${JSON.stringify(r, null, 2)}\n`);
    log('wrote bench/import.md and bench/import.json');
  } finally {
    await ctx.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--validator')) {
    console.log(await runValidatorBench(root));
    return;
  }
  if (process.argv.includes('--import')) return importBench();
  const t0 = Date.now();
  execSync('node scripts/ensure-chromium.mjs', { cwd: root, stdio: 'inherit' });
  log('building the app (npm run build)');
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
  const bundle = bundleGzipKB();
  rmSync(join(site, 'app'), { recursive: true, force: true });
  cpSync(join(root, 'dist'), join(site, 'app'), { recursive: true });
  log('building the bench page');
  rmSync(join(site, 'scripts'), { recursive: true, force: true });
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: { outDir: site, emptyOutDir: false, rollupOptions: { input: join(root, 'scripts/bench/page/index.html') }, chunkSizeWarningLimit: 4000 },
  });
  mkdirSync(join(site, 'data'), { recursive: true });
  for (const [name, n] of SIZES) {
    const out = join(site, 'data', `${name}.rows.ndjson`);
    if (existsSync(out)) continue;
    log(`generating ${name} (${n.toLocaleString('en')} incidents)`);
    log(await generate({ count: n, seed: 'bench', out }));
  }
  const server = await preview({ configFile: false, root, logLevel: 'warn', build: { outDir: site }, preview: { host: '127.0.0.1', port: 4199, strictPort: false } });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4199/';
  const profile = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const outside: string[] = [];
  ctx.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).hostname !== '127.0.0.1') outside.push(u);
  });
  const runs: RunResult[] = [];
  const apps: AppResult[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  try {
    log('bundled data: the app (loading only)');
    apps.push(await runApp(ctx, `${base}app/index.html`, 'bundled', 0, 120_000));
    log(JSON.stringify(apps.at(-1)));
    for (const [name] of SIZES) {
      const url = (renderer: string) => `${base}scripts/bench/page/index.html?data=/data/${name}.rows.ndjson&renderer=${renderer}`;
      const big = name === '1m';
      // Every point drawn (the bench page) at 10k and 100k; at 1M the app alone (its clustered view is what users get).
      if (!appOnly && !big) {
        log(`${name}: fast path`);
        runs.push(await runOne(ctx, url('fast'), 'fast', name, FAST_KINDS, { times: TIMES, scrubMs: 10_000, timeoutMs: big ? 300_000 : 120_000 }));
        log(JSON.stringify(runs.at(-1)));
      }
      log(`${name}: the app`);
      apps.push(await runApp(ctx, `${base}app/index.html?data=/data/${name}.rows.ndjson`, name, TIMES, big ? 300_000 : 120_000));
      log(JSON.stringify(apps.at(-1)));
      if (big || appOnly) continue;
      log(`${name}: naive baseline (setFilter)`);
      runs.push(await runOne(ctx, url('naive'), 'naive', name, NAIVE_KINDS, { times: TIMES, scrubMs: 0, timeoutMs: 120_000 }));
      log(JSON.stringify(runs.at(-1)));
    }
  } finally {
    await ctx.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  if (outside.length > 0) throw new Error(`requests left 127.0.0.1: ${outside.slice(0, 5).join(', ')}`);
  const chromiumVersion = execSync(`${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} --version 2>/dev/null`, { encoding: 'utf8' }).trim();
  const run = { at: new Date(t0).toISOString().slice(0, 16).replace('T', ' '), loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 }, changesPerKind: TIMES };
  for (const a of apps) a.measured = run;
  for (const r of runs) r.measured = run;
  const out = { runs, apps, bundle, quick, chromium: chromiumVersion, seconds: Math.round((Date.now() - t0) / 1000), changesPerKind: TIMES, loadAverage: run.loadAverage };
  writeReports(root, keep ? carryOver(out, join(root, 'bench/report.json')) : out);
  log(`wrote bench/report.json and bench/report.md in ${Math.round((Date.now() - t0) / 1000)} s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
