/** Inputs of the style functions: where each basemap layer's data is, the fonts, the claim view and label words. */
import type { GeoJSONSourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FontUrls } from './fonts.ts';

/** The claim view the map depicts (mirrors the state's claimView). */
export type ClaimView = 'PAK' | 'AFG' | 'INDEPENDENT' | 'COMPARE';

/** GeoJSON data of a source: an inline object or a same-origin URL. */
export type GeoData = GeoJSONSourceSpecification['data'];

/** The basemap layers bundled in geo/; a layer whose file is absent is left out. */
export interface BasemapData {
  countries?: GeoData;
  durandLine?: GeoData;
  provinces?: GeoData;
  fata?: GeoData;
  rivers?: GeoData;
  places?: GeoData;
  /** Natural Earth 1:50m countries beyond the region (the region itself cut out). */
  world?: GeoData;
  /** Borders and coasts: 1:10m in the region, 1:50m beyond. */
  borders?: GeoData;
  /** One label point per country. */
  countryLabels?: GeoData;
}

/** Words drawn on the map, from the UI's copy file (src/map never imports src/ui). */
export interface MapWords {
  /** The Durand Line's label under each view. */
  durand: Record<ClaimView, string>;
  /** Label of the pre-2018 FATA outline. */
  fata: string;
}

export interface StyleInput {
  data: BasemapData;
  fonts: FontUrls;
  view: ClaimView;
  words: MapWords;
}
