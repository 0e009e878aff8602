/**
 * The `npm run validate` CLI end to end: it reads files, prints one line per
 * problem and a summary, and exits 1 on errors, 0 on warnings only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

function validate(...args: string[]): { status: number | null; lines: string[] } {
  const r = spawnSync(tsx, ['scripts/validate.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, lines: r.stdout.trim().split('\n') };
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
});
