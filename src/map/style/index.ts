/**
 * The map style, a pure function of the basemap data, fonts, claim view and
 * words. Validated against the style spec in tests/map/style.test.ts.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { basemapSources, borderLayers, detailLayers, landLayers } from './basemap.ts';
import { DURAND_LABEL_SOURCE, durandLabelLayers, durandLayers } from './durandLine.ts';
import { fontFaces } from './fonts.ts';
import { countryLabelLayers, labelLayers } from './labels.ts';
import { OBSTACLE_SOURCE, obstacleLayers } from './obstacles.ts';
import type { StyleInput } from './types.ts';

export type { BasemapData, ClaimView, MapWords, StyleInput } from './types.ts';

/** Builds the whole style: land, detail lines, borders, Durand Line, labels, incident obstacles, the line's label (bottom to top). */
export function buildStyle(input: StyleInput): StyleSpecification {
  const { data, fonts, view, words } = input;
  const hasNames = data.places !== undefined || data.countryLabels !== undefined;
  return {
    version: 8,
    name: 'Durand Atlas',
    // No `glyphs`: labels are drawn locally from the bundled fonts below.
    'font-faces': fontFaces(fonts),
    sources: {
      ...basemapSources(data),
      ...(data.durandLine !== undefined ? { [DURAND_LABEL_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } } : {}),
      ...(hasNames ? { [OBSTACLE_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } } : {}),
    },
    layers: [
      ...landLayers(data),
      ...detailLayers(data),
      ...borderLayers(data),
      ...(data.durandLine !== undefined ? durandLayers(view) : []),
      ...labelLayers(data, words),
      ...countryLabelLayers(data),
      // Above the labels, so it is placed first and labels move off the incident marks.
      ...(hasNames ? obstacleLayers() : []),
      ...(data.durandLine !== undefined ? durandLabelLayers(view, words) : []),
    ],
  };
}
