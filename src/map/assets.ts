/**
 * Bundled basemap layers and fonts, as same-origin URLs Vite emits into dist/.
 * The geo/ layers are matched by a glob so a layer not yet built is simply
 * absent from the style rather than breaking the build.
 */
import latinFont from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import arabicFont from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import type { FontUrls } from './style/fonts.ts';
import type { BasemapData } from './style/types.ts';

const files = import.meta.glob('../../geo/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** geo/ file name (without extension) of each basemap layer. */
const LAYER_FILES: Record<keyof BasemapData, string> = {
  countries: 'countries',
  durandLine: 'durand-line',
  provinces: 'provinces',
  fata: 'fata-2018',
  rivers: 'rivers',
  places: 'places',
  world: 'world',
  borders: 'borders',
  countryLabels: 'country-labels',
};

/** maplibre fetches sources from its worker, so URLs are made absolute against the page. */
function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

/** URL of a geo/ file by name, or undefined when it is not bundled. */
export function geoUrl(name: string): string | undefined {
  const url = files[`../../geo/${name}.geojson`];
  return url === undefined ? undefined : absolute(url);
}

/** URLs of the basemap layers present in geo/. */
export function basemapUrls(): BasemapData {
  const out: BasemapData = {};
  for (const [key, name] of Object.entries(LAYER_FILES) as [keyof BasemapData, string][]) {
    const url = geoUrl(name);
    if (url !== undefined) out[key] = url;
  }
  return out;
}

/** URLs of the bundled Noto Sans files (Latin and Arabic script). */
export function fontUrls(): FontUrls {
  return { latin: absolute(latinFont), arabic: absolute(arabicFont) };
}
