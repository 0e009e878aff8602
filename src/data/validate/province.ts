/**
 * The province check for incident files, built from the provinces layer
 * (geo/provinces.geojson) with the domain's containingProvince and
 * provinceMatches, so the validator and the app derive provinces the same way.
 */
import { containingProvince, provinceMatches } from '../../domain/geo.ts';
import type { ProvincesLayer } from '../../domain/geoLayers.ts';
import type { ProvinceCheck } from './incidentRules.ts';
import { isJsonObject } from './coordinates.ts';

/** A ProvinceCheck over a parsed provinces layer; undefined when the value is not one. */
export function provinceCheckFrom(layer: unknown): ProvinceCheck | undefined {
  if (!isJsonObject(layer) || !Array.isArray(layer.features)) return undefined;
  const usable = layer.features.every(
    (f: unknown) =>
      isJsonObject(f) &&
      isJsonObject(f.properties) &&
      typeof f.properties.name === 'string' &&
      isJsonObject(f.geometry) &&
      (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
  );
  if (!usable) return undefined;
  const provinces = layer as unknown as ProvincesLayer; // shape checked above
  return (lon, lat, stated) => {
    const containing = containingProvince(lon, lat, provinces);
    return { matches: provinceMatches(stated, containing), containing };
  };
}
