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

/** Province names, the FATA label and place names (capitals win label collisions, see placeLayers). */
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
  if (data.places !== undefined) layers.push(...placeLayers());
  return layers;
}

const rank: ExpressionSpecification = ['to-number', ['get', 'rank'], 4];
const population: ExpressionSpecification = ['to-number', ['coalesce', ['get', 'population'], 0]];
const abroad: ExpressionSpecification = ['==', ['get', 'kind'], 'abroad'];

/**
 * Lowest zoom at which a place of each rank is drawn (see scripts/basemap/places.ts): national capitals
 * always, provincial capitals from the default view, then cities by size; capitals abroad from zoom 4.
 * Filters run per tile at integer zooms.
 */
export const PLACE_MIN_ZOOM = [0, 4, 5, 6, 6] as const;

/** Gap between a place's dot and its name, CSS px; larger (property `off`) where an incident mark sits on the dot. */
export const PLACE_OFFSET_PX = 6;

const placeTextSize: ExpressionSpecification = ['case', ['==', rank, 0], 14, ['==', rank, 1], 12.5, ['interpolate', ['linear'], population, 50_000, 11, 2_000_000, 13]];

/** Place dots and names: ranked by importance (capitals first), each name on a free side of its dot. */
function placeLayers(): LayerSpecification[] {
  const placeFilter: ExpressionSpecification = [
    'all',
    ['>=', ['zoom'], ['case', abroad, 4, ['at', ['min', rank, 4], ['literal', [...PLACE_MIN_ZOOM]]]]],
  ];
  return [
    {
      id: 'place-dots',
      type: 'circle',
      source: 'places',
      filter: placeFilter,
      paint: {
        'circle-radius': ['case', ['<=', rank, 1], 2.8, 2.2],
        'circle-color': BASE.label,
        'circle-stroke-color': BASE.labelHalo,
        'circle-stroke-width': 0.8,
      },
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: 'places',
      filter: placeFilter,
      layout: {
        'text-field': bilingualLabel,
        'text-font': [FONT],
        'text-size': placeTextSize,
        // Beside the dot, on whichever side is free of other labels and of incident marks (see map/labelGuard.ts).
        'text-variable-anchor': ['right', 'left', 'top', 'bottom', 'top-right', 'top-left', 'bottom-right', 'bottom-left'],
        'text-radial-offset': ['/', ['to-number', ['coalesce', ['get', 'off'], PLACE_OFFSET_PX]], placeTextSize],
        'text-justify': 'auto',
        // Rank first, then size: a national capital is placed before a provincial one, before a town.
        'symbol-sort-key': ['-', ['*', rank, 100_000_000], population],
        'text-max-width': 10,
      },
      paint: { 'text-color': BASE.label, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.4 },
    },
  ];
}

/** Country names, from the zoom their area allows (`minzoom` in the data), larger countries first and larger. */
export function countryLabelLayers(data: BasemapData): LayerSpecification[] {
  if (data.countryLabels === undefined) return [];
  const km2: ExpressionSpecification = ['to-number', ['get', 'km2'], 0];
  return [
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'countryLabels',
      filter: ['>=', ['zoom'], ['to-number', ['get', 'minzoom'], 6]],
      layout: {
        'text-field': ['to-string', ['get', 'name']],
        'text-font': [FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, ['interpolate', ['linear'], km2, 10_000, 10, 1_000_000, 13], 7, ['interpolate', ['linear'], km2, 10_000, 13, 1_000_000, 18]],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 7,
        'symbol-sort-key': ['-', 0, km2],
        'text-padding': 4,
        // Centred on its point, or moved aside where an incident mark or another name is in the way.
        'text-variable-anchor': ['center', 'right', 'left', 'top', 'bottom'],
        'text-radial-offset': 1.2,
      },
      paint: { 'text-color': BASE.countryLabel, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.6 },
    },
  ];
}
