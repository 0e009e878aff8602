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
  kind: 'city' | 'incident-town';
  country: 'PAK' | 'AFG';
  /** GeoNames population; null where GeoNames gives none or the point is an incident's. */
  population: number | null;
  source: 'geonames' | 'incident';
  geonamesId: number | null;
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
