/**
 * The Durand Line, drawn prominently, its depiction following the claim view:
 * Pakistan's view an international border (solid), Afghanistan's a line it
 * does not recognise (dashed, labelled so), the others a de facto boundary
 * (dash-dot). Only paint/layout values change between views, so the
 * controller can apply a view change without rebuilding the style.
 */
import type { LayerSpecification, SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BASE } from './colors.ts';
import { FONT } from './fonts.ts';
import type { ClaimView, MapWords } from './types.ts';

/** Dash pattern per view (in line widths); `null` draws a solid line. */
export const DURAND_DASH: Record<ClaimView, number[] | null> = {
  PAK: null,
  AFG: [2, 1.5],
  INDEPENDENT: [4, 1.5, 1, 1.5],
  COMPARE: [4, 1.5, 1, 1.5],
};

/** Source of the label's simplified copy of the line (filled by the controller once the line is loaded). */
export const DURAND_LABEL_SOURCE = 'durandLabel';

/** The Durand Line's casing and line for one claim view. */
export function durandLayers(view: ClaimView): LayerSpecification[] {
  const dash = DURAND_DASH[view];
  return [
    {
      id: 'durand-casing',
      type: 'line',
      source: 'durandLine',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': BASE.durandCasing, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 5, 10, 9], 'line-opacity': 0.85 },
    },
    {
      id: 'durand-line',
      type: 'line',
      source: 'durandLine',
      layout: { 'line-join': 'round', 'line-cap': dash === null ? 'round' : 'butt' },
      paint: {
        'line-color': BASE.durand,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 2.5, 10, 5],
        // A solid line is expressed by one dash with no gap: setPaintProperty cannot unset to "no dasharray" cleanly across versions.
        'line-dasharray': dash ?? [1, 0],
      },
    },
  ];
}

/** Zoom from which the label follows the line itself: below it, a simplified copy (see simplify.ts). */
export const DURAND_LABEL_DETAIL_ZOOM = 7;

/**
 * The label along the line for one claim view, as two layers: below
 * DURAND_LABEL_DETAIL_ZOOM along a simplified copy of the line (along the 10m
 * line's wiggles maplibre finds no stretch straight enough for the text),
 * above it along the line itself, where the simplification would show as a
 * gap. They go above the other labels so collisions give way to them.
 */
export function durandLabelLayers(view: ClaimView, words: MapWords): LayerSpecification[] {
  const layout: SymbolLayerSpecification['layout'] = {
    'symbol-placement': 'line',
    'symbol-spacing': 300,
    'text-field': words.durand[view],
    'text-font': [FONT],
    'text-size': 12,
    'text-offset': [0, -1.1],
    'text-max-angle': 60,
  };
  const paint = { 'text-color': BASE.durand, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.6 };
  return [
    { id: 'durand-label', type: 'symbol', source: DURAND_LABEL_SOURCE, maxzoom: DURAND_LABEL_DETAIL_ZOOM, layout, paint },
    { id: 'durand-label-detail', type: 'symbol', source: 'durandLine', minzoom: DURAND_LABEL_DETAIL_ZOOM, layout, paint },
  ];
}
