/**
 * Writes geo/incidents.geojson from ../shared/facts/incidents.json through the
 * reviewed tables in scripts/facts/. Deterministic: fact-sheet order, 2-space
 * JSON, trailing newline. Fails loudly on anything the tables do not cover.
 *
 * Usage: npx tsx scripts/facts-to-geojson.ts [FACTS_JSON] [OUT_GEOJSON]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { convertFacts, MappingError } from './facts/convert.ts';
import type { RawIncident } from './facts/types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const input = process.argv[2] ?? `${root}../shared/facts/incidents.json`;
const output = process.argv[3] ?? `${root}geo/incidents.geojson`;

try {
  const raw = JSON.parse(readFileSync(input, 'utf8')) as RawIncident[];
  const collection = convertFacts(raw);
  writeFileSync(output, `${JSON.stringify(collection, null, 2)}\n`);
  const claims = collection.features.reduce((n, f) => n + f.properties.claims.length, 0);
  const sources = collection.features.reduce((n, f) => n + f.properties.sources.length, 0);
  console.log(`${output}: ${collection.features.length} incidents, ${claims} claims, ${sources} sources`);
} catch (e) {
  if (e instanceof MappingError) {
    console.error(`facts-to-geojson: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
