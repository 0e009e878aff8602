/**
 * Builds the offline basemap layers under geo/ from npm data packages
 * (`npm run build:basemap [-- --out DIR]`). Deterministic: two runs give
 * byte-identical files (tests/scripts/basemap.test.ts checks it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection } from 'geojson';
import { featureCollectionText, vertexCount } from './basemap/common.ts';
import { buildCountries, buildDurandLine } from './basemap/countries.ts';
import { readIncidentPoints } from './basemap/incidentPoints.ts';
import { buildPlaces } from './basemap/places.ts';
import { buildFata, buildProvinces } from './basemap/provinces.ts';
import { buildRivers } from './basemap/rivers.ts';
import { buildBorders, buildCountryLabels, buildWorld } from './basemap/world.ts';

/** The repository root (scripts/..). */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The layer files this build writes, in the order it writes them. */
export const LAYER_FILES = [
  'countries.geojson',
  'durand-line.geojson',
  'provinces.geojson',
  'fata-2018.geojson',
  'rivers.geojson',
  'places.geojson',
  'world.geojson',
  'borders.geojson',
  'country-labels.geojson',
] as const;

function parseOut(argv: string[]): string {
  const i = argv.indexOf('--out');
  if (i === -1) return join(ROOT, 'geo');
  const dir = argv[i + 1];
  if (!dir) throw new Error('build-basemap: --out needs a directory');
  return resolve(dir);
}

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

function main(): void {
  const out = parseOut(process.argv.slice(2));
  mkdirSync(out, { recursive: true });
  const layers: Record<(typeof LAYER_FILES)[number], Feature[]> = {
    'countries.geojson': buildCountries(),
    'durand-line.geojson': [buildDurandLine()],
    'provinces.geojson': buildProvinces(),
    'fata-2018.geojson': buildFata(),
    'rivers.geojson': buildRivers(),
    'places.geojson': buildPlaces(readIncidentPoints(ROOT)),
    'world.geojson': buildWorld(),
    'borders.geojson': buildBorders(),
    'country-labels.geojson': buildCountryLabels(),
  };
  for (const file of LAYER_FILES) {
    const features = layers[file];
    const text = featureCollectionText(collection(features));
    writeFileSync(join(out, file), text);
    const bytes = Buffer.byteLength(text);
    const gz = gzipSync(text, { level: 9 }).length;
    const vertices = features.reduce((n, f) => n + vertexCount(f.geometry), 0);
    console.log(`${file.padEnd(22)} ${String(features.length).padStart(4)} features ${String(vertices).padStart(7)} vertices ${String(bytes).padStart(9)} B ${String(gz).padStart(8)} B gzip`);
  }
}

main();
