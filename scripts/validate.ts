/**
 * `npm run validate [FILE…]` — validate data files (default: every *.geojson
 * in geo/). Reads files and prints; every rule lives in src/data/ (the same
 * door the app loads through). It cannot be crashed: only regular files are
 * read, up to a size limit; nesting is bounded before anything walks it; one
 * file's failure never stops the others. Exit 1 on any error, 2 on a usage
 * error, 0 otherwise (warnings allowed).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseStream } from '../src/data/load/parseStream.ts';
import type { WorkerMessage } from '../src/data/load/protocol.ts';
import { formatProblem, summaryLine, tally, validateText, type ValidateOptions } from '../src/data/validate/index.ts';
import { provinceCheckFrom } from '../src/data/validate/province.ts';
import { HELP, USAGE } from './validate/help.ts';
import { cappedStream, readCapped } from './validate/read.ts';

/** Largest JSON document read whole (the app's limit too: one string much larger does not fit in V8). */
export const MAX_DOCUMENT_BYTES = 400 * 1024 * 1024;
/** Largest newline-delimited file, read as a stream (a million compact rows are ~83 MB). */
export const MAX_LINES_BYTES = 4 * 1024 * 1024 * 1024;

const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

/** Counts of one file's problems. */
interface Counts {
  errors: number;
  warnings: number;
}

const isLines = (file: string): boolean => file.endsWith('.ndjson');

/** What a path is when it is not a regular file, in words; null for a regular file. */
function notRegular(file: string): string | null {
  const s = statSync(file);
  if (s.isFile()) return null;
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a named pipe';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** A JSON document: every GeoJSON rule, and the incident rules for incident files. */
function checkDocument(file: string, options: ValidateOptions, say: (line: string) => void): Counts {
  const tooBig = (found: string): Counts => fail(say, `${file}: expected a file of at most ${mb(MAX_DOCUMENT_BYTES)} (a larger JSON document cannot be read whole; use .ndjson), found ${found}`);
  const size = statSync(file).size;
  if (size > MAX_DOCUMENT_BYTES) return tooBig(mb(size));
  // The size can lie (a file still growing, /proc): the read stops at the limit whatever it said.
  const bytes = readCapped(file, MAX_DOCUMENT_BYTES);
  if (bytes === null) return tooBig('more');
  const problems = validateText(bytes.toString('utf8'), options);
  for (const p of problems) say(formatProblem(file, p));
  return tally(problems);
}

/** Newline-delimited features or compact rows: the app's own loader (parseStream), fed from the file. */
async function checkLines(file: string, say: (line: string) => void): Promise<Counts> {
  const size = statSync(file).size;
  if (size > MAX_LINES_BYTES) return fail(say, `${file}: expected a file of at most ${mb(MAX_LINES_BYTES)}, found ${mb(size)}`);
  const stream = cappedStream(file, MAX_LINES_BYTES, `expected a file of at most ${mb(MAX_LINES_BYTES)}, found more`);
  let last: WorkerMessage | null = null;
  await parseStream(stream, null, file, (m) => {
    if (m.kind === 'done' || m.kind === 'failed') last = m;
  });
  const end = last as WorkerMessage | null;
  if (end?.kind === 'failed') return fail(say, end.message.startsWith(file) ? end.message : `${file}: ${end.message}`);
  if (end?.kind !== 'done') return fail(say, `${file}: the loader did not finish`);
  for (const line of end.errors) say(line);
  if (end.errorCount > end.errors.length) say(`${file}: … and ${end.errorCount - end.errors.length} more problems not listed`);
  return { errors: end.errorCount, warnings: 0 };
}

function fail(say: (line: string) => void, line: string): Counts {
  say(line);
  return { errors: 1, warnings: 0 };
}

async function checkFile(file: string, options: ValidateOptions, say: (line: string) => void): Promise<Counts> {
  let kind: string | null;
  try {
    kind = notRegular(file);
  } catch (e) {
    return fail(say, `${file}: expected a readable file, found ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (kind !== null) return fail(say, `${file}: expected a regular file, found ${kind}`);
  try {
    return isLines(file) ? await checkLines(file, say) : checkDocument(file, options, say);
  } catch (e) {
    // Never a stack trace: whatever went wrong is one line, and the other files are still checked.
    return fail(say, `${file}: could not be checked (${e instanceof Error ? e.message : String(e)})`);
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    console.log(HELP);
    return 0;
  }
  const option = argv.find((a) => a.startsWith('-') && a !== '-');
  if (option !== undefined) {
    console.log(`validate: unknown option ${JSON.stringify(option)} (--help or -h only as the first argument)\n${USAGE}`);
    return 2;
  }
  const files = argv.length > 0 ? argv : defaultFiles();
  const options: ValidateOptions = {};
  const provinces = 'geo/provinces.geojson';
  if (existsSync(provinces)) options.province = provinceCheckFrom(JSON.parse(readFileSync(provinces, 'utf8')) as unknown);
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const c = await checkFile(file, options, (line) => console.log(line));
    errors += c.errors;
    warnings += c.warnings;
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

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.log(`validate: could not run (${e instanceof Error ? e.message : String(e)})`);
    process.exitCode = 1;
  },
);
