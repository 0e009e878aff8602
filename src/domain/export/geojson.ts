/**
 * The GeoJSON export: incidents back into the app's own file format (the
 * schema of src/data/schema.ts), every claim and source included, so the
 * file re-opens in the app (?data=) with nothing lost.
 */
import type { Incident } from '../types.ts';

/** One incident as a Feature of our schema: its properties as loaded, its point as the geometry. */
export function incidentFeature(i: Incident) {
  // Everything but the point is a property; lon/lat are the only fields the loader added.
  const { lon, lat, ...properties } = i;
  return { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [lon, lat] as [number, number] }, properties };
}

/**
 * The incidents as a FeatureCollection text (UTF-8 JSON, one feature per line
 * so a diff or a streaming reader takes it line by line).
 * @example JSON.parse(incidentsGeoJson([i])).features[0].properties.id === i.id
 */
export function incidentsGeoJson(incidents: readonly Incident[]): string {
  const lines = incidents.map((i) => JSON.stringify(incidentFeature(i)));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
