/**
 * Reads the committed basemap layers from a geo/ directory in node (for
 * tests and scripts; the app loads them its own way). The files are our own
 * build output, so they are cast to their types rather than re-validated
 * here; `npm run validate` checks them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  CountriesLayer,
  DurandLine,
  DurandLineLayer,
  GeoLayers,
  PlacesLayer,
  ProvincesLayer,
  RiversLayer,
} from '../../src/domain/geoLayers.ts';

/** The repository's geo/ directory. */
export const GEO_DIR = fileURLToPath(new URL('../../geo/', import.meta.url));

/** Every basemap layer, typed. */
export interface BasemapLayers extends GeoLayers {
  line: DurandLine;
  fata: ProvincesLayer;
  rivers: RiversLayer;
  places: PlacesLayer;
}

function read<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

/** Loads the six basemap layers from `dir` (default: the repository's geo/). */
export function loadBasemapLayers(dir: string = GEO_DIR): BasemapLayers {
  const lines = read<DurandLineLayer>(dir, 'durand-line.geojson');
  const line = lines.features[0];
  if (!line || lines.features.length !== 1) throw new Error(`durand-line.geojson: expected one feature, found ${lines.features.length}`);
  return {
    line,
    countries: read<CountriesLayer>(dir, 'countries.geojson'),
    provinces: read<ProvincesLayer>(dir, 'provinces.geojson'),
    fata: read<ProvincesLayer>(dir, 'fata-2018.geojson'),
    rivers: read<RiversLayer>(dir, 'rivers.geojson'),
    places: read<PlacesLayer>(dir, 'places.geojson'),
  };
}
