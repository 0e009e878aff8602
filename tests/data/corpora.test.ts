/**
 * Every file of ../shared/corpora/geojson gets the verdict its manifest.json
 * gives: `valid` without errors, `valid-warning` with a warning and no error,
 * `invalid-json` with a FILE:LINE:COLUMN error, `invalid-structure` with a
 * structural error and `invalid-geometry` with geometry errors only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateText, type Problem } from '../../src/data/validate/index.ts';

const dir = fileURLToPath(new URL('../../../shared/corpora/geojson/', import.meta.url));
const present = existsSync(`${dir}manifest.json`);

interface Entry {
  file: string;
  verdict: 'valid' | 'valid-warning' | 'invalid-structure' | 'invalid-json' | 'invalid-geometry';
}

const manifest: Entry[] = present ? (JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as Entry[]) : [];
const check = (e: Entry): Problem[] => validateText(readFileSync(dir + e.file, 'utf8'));
const errors = (ps: Problem[]): Problem[] => ps.filter((p) => p.severity === 'error');
const warnings = (ps: Problem[]): Problem[] => ps.filter((p) => p.severity === 'warning');
const of = (v: Entry['verdict']): Entry[] => manifest.filter((e) => e.verdict === v);

describe.skipIf(!present)(`GeoJSON corpora${present ? '' : ' (skipped: ../shared/corpora/geojson/manifest.json not found next to the repo)'}`, () => {
  it('lists the 132 files of the README in five verdicts', () => {
    expect([of('valid').length, of('valid-warning').length, of('invalid-structure').length, of('invalid-json').length, of('invalid-geometry').length]).toEqual([40, 35, 46, 1, 10]);
  });

  // Four turf fixtures wind holes counter-clockwise, exactly like the manifest's
  // WARN_geojsonhint__bad-polygon-interiorring-rhr: that warning is fair; no other is.
  it.each(of('valid'))('valid: $file has no error and no warning but hole winding', (e) => {
    const ps = check(e);
    expect(errors(ps)).toEqual([]);
    expect(ps.filter((p) => p.rule !== 'winding')).toEqual([]);
  });

  it('valid: exactly the four turf fixtures with counter-clockwise holes get a warning', () => {
    const warned = of('valid').filter((e) => check(e).length > 0).map((e) => e.file.replace(/^valid\/turf-boolean-valid__true-/, ''));
    expect(warned).toEqual([
      'MultiPolygon-multipolygon-touch.geojson',
      'MultiPolygon-multipolygon-with-hole.geojson',
      'Polygon-polygon-internal-hole.geojson',
      'Polygon-polygon-with-hole-1-vertice-touching.geojson',
    ]);
  });

  it.each(of('valid-warning'))('valid-warning: $file has a warning and no error', (e) => {
    const ps = check(e);
    expect(errors(ps)).toEqual([]);
    expect(warnings(ps).length).toBeGreaterThan(0);
  });

  it.each(of('invalid-structure'))('invalid-structure: $file has a structural error', (e) => {
    const errs = errors(check(e));
    expect(errs.length).toBeGreaterThan(0);
    expect(errs.filter((p) => p.rule === 'json' || p.rule.startsWith('geometry:'))).toEqual([]);
  });

  it.each(of('invalid-json'))('invalid-json: $file has one FILE:LINE:COLUMN error', (e) => {
    const ps = check(e);
    expect(ps.map((p) => [p.rule, p.line, p.column, p.expected])).toEqual([['json', 3, 5, "',' or '}' after a member value"]]);
  });

  it.each(of('invalid-geometry'))('invalid-geometry: $file has geometry errors only', (e) => {
    const errs = errors(check(e));
    expect(errs.length).toBeGreaterThan(0);
    expect(errs.filter((p) => !p.rule.startsWith('geometry:'))).toEqual([]);
  });
});
