/**
 * Basemap layers (land, provinces, the pre-2018 FATA outline, rivers) built by
 * typed functions from the geo/ layers. Quiet colours, so that incidents and
 * the Durand Line carry the eye.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BASE } from './colors.ts';
import type { BasemapData } from './types.ts';

/** Country code of a country feature, whatever the property is called in the layer. */
const countryCode: ExpressionSpecification = [
  'to-string',
  ['coalesce', ['get', 'iso_a3'], ['get', 'ISO_A3'], ['get', 'iso3'], ['get', 'code'], ['get', 'country'], ['get', 'id'], ['id'], ''],
];

/** GeoJSON sources for the layers present in `data`. */
export function basemapSources(data: BasemapData): Record<string, SourceSpecification> {
  const out: Record<string, SourceSpecification> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value !== undefined) out[key] = { type: 'geojson', data: value };
  }
  return out;
}

const landColor: ExpressionSpecification = ['match', countryCode, ['PAK', '586', 'Pakistan'], BASE.landPAK, ['AFG', '004', '4', 'Afghanistan'], BASE.landAFG, BASE.landOther];

/**
 * Background (water), the world's countries beyond the region, the region's
 * detailed land on top (both in the same colours, so the seam does not show).
 */
export function landLayers(data: BasemapData): LayerSpecification[] {
  const layers: LayerSpecification[] = [{ id: 'background', type: 'background', paint: { 'background-color': BASE.background } }];
  if (data.world !== undefined) layers.push({ id: 'world-land', type: 'fill', source: 'world', paint: { 'fill-color': landColor } });
  if (data.countries !== undefined) layers.push({ id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': landColor } });
  return layers;
}

/** Country borders and coasts (drawn from lines, so the region's edge is never outlined). */
export function borderLayers(data: BasemapData): LayerSpecification[] {
  if (data.borders === undefined) return [];
  return [
    {
      id: 'coast',
      type: 'line',
      source: 'borders',
      filter: ['==', ['get', 'kind'], 'coast'],
      paint: { 'line-color': BASE.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1] },
    },
    {
      id: 'country-border',
      type: 'line',
      source: 'borders',
      filter: ['==', ['get', 'kind'], 'border'],
      paint: { 'line-color': BASE.countryLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.2] },
    },
  ];
}

/** Province boundaries, the pre-2018 FATA outline (thin, dashed) and rivers. */
export function detailLayers(data: BasemapData): LayerSpecification[] {
  const layers: LayerSpecification[] = [];
  if (data.rivers !== undefined) {
    layers.push({ id: 'rivers', type: 'line', source: 'rivers', paint: { 'line-color': BASE.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 9, 1.8] } });
  }
  if (data.provinces !== undefined) {
    layers.push({
      id: 'province-outline',
      type: 'line',
      source: 'provinces',
      paint: { 'line-color': BASE.province, 'line-width': 0.6, 'line-dasharray': [4, 2] },
    });
  }
  if (data.fata !== undefined) {
    layers.push({
      id: 'fata-outline',
      type: 'line',
      source: 'fata',
      paint: { 'line-color': BASE.fata, 'line-width': 0.9, 'line-dasharray': [1, 2], 'line-opacity': 0.8 },
    });
  }
  return layers;
}
