/**
 * Types of the basemap layers under geo/ (built by scripts/build-basemap.ts).
 * Types only: reading the files happens in scripts and tests (node) or in the
 * app's loader, never here.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';

/** A country of countries.geojson: ISO 3166-1 numeric id ('004', '586', …) and English name. */
export interface CountryProps {
  id: string;
  name: string;
}

/** A country's label point (country-labels.geojson): its name and from which zoom it is drawn. */
export interface CountryLabelProps {
  id: string;
  name: string;
  /** Area of the whole country in km² (it ranks the labels). */
  km2: number;
  /** Zoom from which the name is drawn. */
  minzoom: number;
}

/** A border or coast line of borders.geojson, and the scale of the data it comes from. */
export interface BorderProps {
  kind: 'border' | 'coast';
  scale: '10m' | '50m';
}

/** The Durand Line feature's properties. */
export interface DurandLineProps {
  name: string;
  from: string;
  to: string;
  source: string;
}

/** A province of provinces.geojson (and the FATA outline of fata-2018.geojson). */
export interface ProvinceProps {
  name: string;
  /** Urdu name from Natural Earth; null where the data has none. */
  name_ur: string | null;
  /** Dari/Persian name from Natural Earth; null where the data has none. */
  name_fa: string | null;
  country: 'PAK' | 'AFG';
  /** ISO 3166-2 code; null where the record's code belongs to the province it was split from. */
  iso: string | null;
  note: string | null;
}

/** A place of places.geojson. */
export interface PlaceProps {
  /** GeoNames name folded to plain Latin letters, or the incident's wording where GeoNames lacks the town. */
  name: string;
  /**
   * 'city': 50,000 people or more in Pakistan or Afghanistan; 'incident-town': smaller, named by an incident;
   * 'admin-seat': a smaller national or provincial capital there; 'abroad': a capital or talks venue beyond the two.
   */
  kind: 'city' | 'incident-town' | 'admin-seat' | 'abroad';
  /** 'PAK' or 'AFG'; abroad, the GeoNames country code ('QA', 'TR', …). */
  country: string;
  /** GeoNames population; null where GeoNames gives none or the point is an incident's. */
  population: number | null;
  source: 'geonames' | 'incident';
  geonamesId: number | null;
  /** GeoNames feature code (PPLC national capital, PPLA provincial capital, …); null for an incident's point. */
  featureCode: string | null;
  /** Label priority, 0 first: national capital, provincial capital, 250,000+, 50,000+, smaller (see scripts/basemap/places.ts). */
  rank: number;
  /** The town as an incident names it, where that differs from `name`. */
  incidentName: string | null;
  /** The incident whose point places the town (source 'incident'), else null. */
  incident: string | null;
}

/** Rivers carry no properties (the source has no names). */
export type RiverProps = Record<string, never>;

export type CountriesLayer = FeatureCollection<Polygon | MultiPolygon, CountryProps>;
export type DurandLine = Feature<LineString, DurandLineProps>;
export type DurandLineLayer = FeatureCollection<LineString, DurandLineProps>;
export type ProvincesLayer = FeatureCollection<Polygon | MultiPolygon, ProvinceProps>;
export type RiversLayer = FeatureCollection<LineString, RiverProps>;
export type PlacesLayer = FeatureCollection<Point, PlaceProps>;

/** The layers the derived facts (src/domain/geo.ts) need. */
export interface GeoLayers {
  line: Feature<LineString>;
  countries: CountriesLayer;
  provinces: ProvincesLayer;
}
