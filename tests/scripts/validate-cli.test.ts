/**
 * The `npm run validate` CLI end to end: it reads files, prints one line per
 * problem and a summary, and exits 1 on errors, 0 on warnings only.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crossingRing, deepPoint } from '../../scripts/validate/hostile.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

function validate(...args: string[]): { status: number | null; lines: string[]; stderr: string } {
  const r = spawnSync(tsx, ['scripts/validate.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, lines: r.stdout.trim().split('\n'), stderr: r.stderr };
}

/** The CLI in a node with a 512 MB heap: running out of memory fails the test instead of swapping. */
function validateIn512(...args: string[]): { status: number | null; lines: string[]; stderr: string } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', '--import', 'tsx', 'scripts/validate.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, lines: r.stdout.trim().split('\n'), stderr: r.stderr };
}

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'validate-cli-')), name);
  writeFileSync(file, text);
  return file;
}

const geoFiles = existsSync(join(root, 'geo')) ? readdirSync(join(root, 'geo')).filter((f) => f.endsWith('.geojson')) : [];

describe('npm run validate', () => {
  it('exits 1 with a FILE:LINE:COLUMN line for a file that is not JSON', () => {
    const file = tempFile('broken.geojson', '{\n  "type": "Point",\n  "coordinates": [1, 2,]\n}\n');
    const r = validate(file);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([`${file}:3:24: expected a JSON value, found ']'`, 'FAILED: 1 file checked, 1 error, 0 warnings']);
  }, 30_000);

  it('exits 0 for a file with warnings only', () => {
    const file = tempFile('clockwise.geojson', JSON.stringify({ type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] }));
    const r = validate(file);
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([
      `${file}: warning: document: coordinates[0]: expected a counter-clockwise exterior ring (right-hand rule, RFC 7946 §3.1.6), found a clockwise ring`,
      'OK: 1 file checked, 0 errors, 1 warning',
    ]);
  }, 30_000);

  it.skipIf(geoFiles.length === 0)('exits 0 on the committed geo/ files, checking each of them', () => {
    const r = validate();
    expect(r.status).toBe(0);
    expect(r.lines.at(-1)).toMatch(new RegExp(`^OK: ${geoFiles.length} files checked, 0 errors, \\d+ warnings?$`));
  }, 60_000);

  it('documents the line format in --help', () => {
    const r = validate('--help');
    expect(r.status).toBe(0);
    expect(r.lines).toContain('  FILE: warning: WHERE: FIELD: expected …, found …   a warning');
  }, 30_000);

  it('documents the line format and the exit codes in --help or -h, given first', () => {
    const r = validate('-h');
    expect(r.status).toBe(0);
    expect(r.lines).toContain('Exit status: 1 if any file has an error, 2 on a usage error, 0 otherwise');
  }, 30_000);

  it('treats -h after a file as a usage error (exit 2), not as help', () => {
    const file = tempFile('ok.geojson', JSON.stringify({ type: 'Point', coordinates: [70, 33] }));
    const r = validate(file, '-h');
    expect(r.status).toBe(2);
    expect(r.lines[0]).toBe('validate: unknown option "-h" (--help or -h only as the first argument)');
  }, 30_000);
});

describe('npm run validate cannot be crashed', () => {
  it('reports coordinates nested 10,000 deep in one line, with no stack trace, and goes on to the next file', () => {
    const deep = tempFile('deep.geojson', deepPoint(10_000));
    const ok = tempFile('ok.geojson', JSON.stringify({ type: 'Point', coordinates: [70, 33] }));
    const r = validateIn512(deep, ok);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([`${deep}:1:130: expected JSON nested at most 100 levels deep, found level 101`, 'FAILED: 2 files checked, 1 error, 0 warnings']);
    expect(r.stderr).toBe('');
  }, 60_000);

  it('stops at the first crossing of a 20,000-vertex self-crossing ring, within a 512 MB heap', () => {
    const ring = crossingRing(20_000);
    const file = tempFile('crossing.geojson', JSON.stringify({ type: 'Polygon', coordinates: [ring] }));
    const r = validateIn512(file);
    expect(r.status).toBe(1);
    const crossings = r.lines.filter((l) => l.includes('expected a simple ring that does not cross or touch itself'));
    expect(crossings).toHaveLength(1);
    expect(crossings[0]).toMatch(new RegExp(`^${file}: document: coordinates\\[0\\]\\[\\d+\\]: expected a simple ring that does not cross or touch itself, found the ring meeting itself at \\[`));
    expect(r.lines.at(-1)).toBe('FAILED: 1 file checked, 1 error, 1 warning');
  }, 60_000);

  it('refuses a named pipe, a directory and a device in one line each instead of hanging', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-cli-'));
    const pipe = join(dir, 'pipe.geojson');
    execFileSync('mkfifo', [pipe]);
    const r = validateIn512(pipe, dir, '/dev/zero');
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      `${pipe}: expected a regular file, found a named pipe`,
      `${dir}: expected a regular file, found a directory`,
      '/dev/zero: expected a regular file, found a device',
      'FAILED: 3 files checked, 3 errors, 0 warnings',
    ]);
  }, 30_000);

  it('stops at the size limit instead of reading endless input', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'validate-cli-')), 'huge.geojson');
    // A sparse file: 401 MB of zeros that take no disk space.
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 401 * 1024 * 1024);
    closeSync(fd);
    const r = validateIn512(file);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      `${file}: expected a file of at most 400 MB (a larger JSON document cannot be read whole; use .ndjson), found 401 MB`,
      'FAILED: 1 file checked, 1 error, 0 warnings',
    ]);
  }, 30_000);

  it('reads .rows.ndjson and .ndjson through the app\'s loader, naming the broken row and line', async () => {
    const { generate } = await import('../../scripts/generate.ts');
    const dir = mkdtempSync(join(tmpdir(), 'validate-cli-'));
    const rowsFile = join(dir, 'g.rows.ndjson');
    const linesFile = join(dir, 'g.ndjson');
    await generate({ count: 40, seed: '5', out: rowsFile });
    await generate({ count: 40, seed: '5', out: linesFile });
    const rows = readFileSync(rowsFile, 'utf8').split('\n');
    rows[4] = (rows[4] as string).replace(/^\[4,[0-9.-]+,/, '[4,200,');
    writeFileSync(rowsFile, rows.join('\n'));
    const lines = readFileSync(linesFile, 'utf8').split('\n');
    lines[2] = (lines[2] as string).replace(/"start":"[0-9-]+"/, '"start":"2025-02-30"');
    writeFileSync(linesFile, lines.join('\n'));
    const r = validateIn512(rowsFile, linesFile);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      `${rowsFile}: row 4: lon: expected a longitude, found 200`,
      `${linesFile}: line 3: feature syn-5-0000003: properties.start: expected a calendar date (YYYY-MM-DD or YYYY-MM), found "2025-02-30"`,
      'FAILED: 2 files checked, 2 errors, 0 warnings',
    ]);
  }, 60_000);
});
