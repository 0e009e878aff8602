/**
 * Place and province labels: the English name, with the Urdu or Dari name
 * beneath where the data has it (no Pashto names are bundled; none are written
 * by hand). One bundled font covers both scripts.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BASE } from './colors.ts';
import { FONT } from './fonts.ts';
import type { BasemapData, MapWords } from './types.ts';

const english: ExpressionSpecification = ['to-string', ['coalesce', ['get', 'name_en'], ['get', 'name'], '']];
/** Urdu on the Pakistani side, Dari on the Afghan side (the data has no Pashto names). */
const local: ExpressionSpecification = [
  'to-string',
  ['case', ['==', ['get', 'country'], 'AFG'], ['coalesce', ['get', 'name_fa'], ['get', 'name_ur'], ''], ['coalesce', ['get', 'name_ur'], ['get', 'name_fa'], '']],
];

/** English name, then the local-script name on a second, smaller line. */
export const bilingualLabel: ExpressionSpecification = [
  'format',
  english,
  {},
  ['case', ['==', local, ''], '', '\n'],
  {},
  local,
  { 'font-scale': 0.85 },
];

/** Province names, the FATA label and town names; larger places win label collisions. */
export function labelLayers(data: BasemapData, words: MapWords): LayerSpecification[] {
  const layers: LayerSpecification[] = [];
  const paint = { 'text-color': BASE.label, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.4 };
  if (data.provinces !== undefined) {
    layers.push({
      id: 'province-labels',
      type: 'symbol',
      source: 'provinces',
      minzoom: 5,
      layout: { 'text-field': bilingualLabel, 'text-font': [FONT], 'text-size': 11, 'text-transform': 'uppercase', 'text-letter-spacing': 0.05, 'text-max-width': 8 },
      paint: { ...paint, 'text-color': '#7a746a' },
    });
  }
  if (data.fata !== undefined) {
    layers.push({
      id: 'fata-label',
      type: 'symbol',
      source: 'fata',
      minzoom: 6.5,
      layout: { 'text-field': words.fata, 'text-font': [FONT], 'text-size': 10, 'symbol-placement': 'line', 'symbol-spacing': 600 },
      paint: { ...paint, 'text-color': BASE.fata },
    });
  }
  if (data.places !== undefined) {
    const population: ExpressionSpecification = ['to-number', ['coalesce', ['get', 'population'], ['get', 'pop'], 0]];
    // Big cities and towns named by incidents from the start; the rest once zoomed in.
    const placeFilter: ExpressionSpecification = ['any', ['>=', population, 1_000_000], ['==', ['get', 'kind'], 'incident-town'], ['>=', ['zoom'], 6]];
    layers.push(
      {
        id: 'place-dots',
        type: 'circle',
        source: 'places',
        filter: placeFilter,
        paint: { 'circle-radius': 2.2, 'circle-color': BASE.label, 'circle-stroke-color': BASE.labelHalo, 'circle-stroke-width': 0.8 },
      },
      {
        id: 'place-labels',
        type: 'symbol',
        source: 'places',
        filter: placeFilter,
        layout: {
          'text-field': bilingualLabel,
          'text-font': [FONT],
          'text-size': ['interpolate', ['linear'], population, 50_000, 11, 2_000_000, 14],
          'text-anchor': 'top',
          'text-offset': [0, 0.4],
          'symbol-sort-key': ['-', 0, population],
          'text-max-width': 10,
        },
        paint,
      },
    );
  }
  return layers;
}
