/**
 * `npm run validate [FILE…]` — validate GeoJSON files (default: every
 * *.geojson in geo/). Reads the files and prints; all rules live in
 * src/data/validate/. Exit 1 on any error, 0 with warnings only.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, summaryLine, tally, validateText, type ValidateOptions } from '../src/data/validate/index.ts';
import { provinceCheckFrom } from '../src/data/validate/province.ts';

const HELP = `Usage: npm run validate -- [FILE…]

Validates GeoJSON files; with no FILE, every *.geojson in geo/.

Checks every file for: JSON syntax; RFC 7946 structure (every MUST, with
geojson-validation 1.0.2 as a second opinion); polygon validity (no
self-intersection, spike, puncture, rings touching twice, holes outside,
overlapping parts). Warns on RFC 7946 SHOULDs: ring winding, antimeridian
crossings not cut, coordinates beyond ±180/±90, nested/single/empty
GeometryCollections, positions of more than 3 numbers, empty coordinates,
noise digits past the 6th decimal, a byte order mark, a member name
repeated within one object (JSON.parse keeps only the last). Incident files (a
FeatureCollection whose features have claims and a start date) also get the
incident schema and rules: unique ids, calendar dates with start <= end,
points inside the region (lon 60-75.5, lat 23.5-38) for PAK/AFG events, claim
sources listed, n <= max, parent ids present, and a warning where the point's
province (geo/provinces.geojson) differs from the stated one.

Output, one line per problem:
  FILE:LINE:COLUMN: expected …, found …              the file is not JSON
  FILE:LINE:COLUMN: warning: expected …, found …     a member name repeated in one object
  FILE: WHERE: FIELD: expected …, found …            an error
  FILE: warning: WHERE: FIELD: expected …, found …   a warning
WHERE is "feature ID" (its id or properties.id), "feature #INDEX" (0-based)
or "document"; FIELD is a path such as geometry.coordinates[0][3]. A rule
broken several times in one WHERE is printed once, "(and N more like it)".
The last line sums up: OK or FAILED, files, errors, warnings.

Exit status: 1 if any file has an error, 0 otherwise (warnings allowed).`;

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const files = argv.length > 0 ? argv : defaultFiles();
  const options: ValidateOptions = {};
  const provinces = 'geo/provinces.geojson';
  if (existsSync(provinces)) options.province = provinceCheckFrom(JSON.parse(readFileSync(provinces, 'utf8')) as unknown);
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      console.log(`${file}: document: (file): expected a readable file, found ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      errors += 1;
      continue;
    }
    const problems = validateText(text, options);
    for (const p of problems) console.log(formatProblem(file, p));
    const t = tally(problems);
    errors += t.errors;
    warnings += t.warnings;
  }
  console.log(summaryLine(files.length, errors, warnings));
  return errors > 0 ? 1 : 0;
}

function defaultFiles(): string[] {
  if (!existsSync('geo')) return [];
  return readdirSync('geo')
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((f) => join('geo', f));
}

process.exitCode = main(process.argv.slice(2));
