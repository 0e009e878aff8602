import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INCIDENT_TOWNS } from '../../scripts/basemap/incidentTowns.ts';
import { readIncidentPoints } from '../../scripts/basemap/incidentPoints.ts';
import { loadBasemapLayers } from '../../scripts/basemap/loadLayers.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const FILES = ['countries.geojson', 'durand-line.geojson', 'provinces.geojson', 'fata-2018.geojson', 'rivers.geojson', 'places.geojson', 'world.geojson', 'borders.geojson', 'country-labels.geojson'];

describe('npm run build:basemap', () => {
  const dirs: string[] = [];

  beforeAll(async () => {
    dirs.push(mkdtempSync(join(tmpdir(), 'basemap-a-')), mkdtempSync(join(tmpdir(), 'basemap-b-')));
    // Two independent processes, so nothing cached in one run can leak into the other.
    await Promise.all(dirs.map((d) => run(TSX, [join(ROOT, 'scripts', 'build-basemap.ts'), '--out', d], { cwd: ROOT })));
  }, 180_000);

  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('writes byte-identical files on two runs', () => {
    for (const f of FILES) {
      const a = readFileSync(join(dirs[0] as string, f));
      const b = readFileSync(join(dirs[1] as string, f));
      expect(a.equals(b), f).toBe(true);
    }
  });

  it('reproduces the committed geo/ files exactly', () => {
    for (const f of FILES) {
      const built = readFileSync(join(dirs[0] as string, f), 'utf8');
      const committed = readFileSync(join(ROOT, 'geo', f), 'utf8');
      expect(built === committed, `${f} differs from the committed file: run npm run build:basemap`).toBe(true);
    }
  });
});

describe('the committed basemap layers', () => {
  const layers = loadBasemapLayers();

  it('has Khyber Pakhtunkhwa merged with the former FATA and no FATA province', () => {
    const names = layers.provinces.features.map((f) => f.properties.name);
    expect(names).toContain('Khyber Pakhtunkhwa');
    expect(names.some((n) => /tribal|fata/i.test(n))).toBe(false);
    expect(layers.fata.features).toHaveLength(1);
  });

  it('names each province once, with Panjshir and Daykundi apart from Parwan and Uruzgan', () => {
    const names = layers.provinces.features.map((f) => f.properties.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Parwan', 'Panjshir', 'Urozgan', 'Daykundi']));
  });

  it('keeps Urdu and Dari province names from the data', () => {
    const kp = layers.provinces.features.find((f) => f.properties.name === 'Khyber Pakhtunkhwa');
    expect(kp?.properties.name_ur).toBe('خیبر پختونخوا');
    expect(kp?.properties.name_fa).toBe('خیبر پختونخوا');
  });

  it('has 154 GeoNames cities of 50,000 people or more', () => {
    expect(layers.places.features.filter((f) => f.properties.kind === 'city')).toHaveLength(154);
  });

  it('has a place for every reviewed incident town, placed from GeoNames or from its incident', () => {
    const places = layers.places.features;
    for (const town of INCIDENT_TOWNS) {
      const hit =
        town.geonamesId !== null
          ? places.find((p) => p.properties.geonamesId === town.geonamesId)
          : places.find((p) => p.properties.source === 'incident' && p.properties.name === town.name);
      expect(hit, town.name).toBeDefined();
      if (town.geonamesId === null) expect(hit?.properties.incident).toBe(town.incident);
    }
  });

  it('places Mir Ali, Torkham and Angoor Adda at their incidents’ recorded points', () => {
    const incidents = readIncidentPoints(ROOT);
    for (const name of ['Mir Ali', 'Torkham', 'Angoor Adda']) {
      const place = layers.places.features.find((p) => p.properties.name === name);
      const inc = incidents.get(place?.properties.incident ?? '');
      expect(place?.geometry.coordinates, name).toEqual([inc?.lon, inc?.lat]);
    }
  });
});

describe('the incident-town table', () => {
  const incidents = readIncidentPoints(ROOT);

  it('names only incidents that exist, each of whose text mentions the town', () => {
    for (const town of INCIDENT_TOWNS) {
      const inc = incidents.get(town.incident);
      expect(inc, town.incident).toBeDefined();
      expect(inc?.text, `${town.incident} should mention ${town.mention}`).toContain(town.mention);
    }
  });
});
