/**
 * Sector markers (parts of one offensive, e.g. the 11–12 Oct 2025 clashes at
 * Angoor Adda, Kurram and Bajaur): drawn smaller than incidents, with a
 * dashed line to their parent, as a maplibre GeoJSON layer of their own.
 * They are never counted (not in status, histogram or clusters); clicking one
 * opens its panel, which points to the parent's figures.
 */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { SectorMarker } from './model.ts';

const SOURCE = 'sector-markers';
const LINKS = 'sector-links';
const POINTS = 'sector-points';

function collection(sectors: readonly SectorMarker[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: sectors.flatMap((s) => [
      { type: 'Feature', properties: { index: s.index, kind: 'link' }, geometry: { type: 'LineString', coordinates: [[s.parentLon, s.parentLat], [s.lon, s.lat]] } },
      { type: 'Feature', properties: { index: s.index, kind: 'point' }, geometry: { type: 'Point', coordinates: [s.lon, s.lat] } },
    ]),
  };
}

/**
 * Adds the sector layers to a loaded map; returns the setter for the markers
 * to show. `onSelect` gets the dataset index of a clicked marker.
 */
export function installSectors(map: MaplibreMap, onSelect: (index: number) => void): (sectors: readonly SectorMarker[]) => void {
  map.addSource(SOURCE, { type: 'geojson', data: collection([]) });
  map.addLayer({
    id: LINKS,
    type: 'line',
    source: SOURCE,
    filter: ['==', ['get', 'kind'], 'link'],
    paint: { 'line-color': '#3d3d3d', 'line-width': 1.2, 'line-dasharray': [2, 2] },
  });
  map.addLayer({
    id: POINTS,
    type: 'circle',
    source: SOURCE,
    filter: ['==', ['get', 'kind'], 'point'],
    paint: { 'circle-radius': 4, 'circle-color': '#ffffff', 'circle-stroke-color': '#3d3d3d', 'circle-stroke-width': 1.5 },
  });
  map.on('click', POINTS, (e) => {
    const index = e.features?.[0]?.properties?.index;
    if (typeof index === 'number') onSelect(index);
  });
  map.on('mouseenter', POINTS, () => (map.getCanvas().style.cursor = 'pointer'));
  return (sectors) => (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(collection(sectors));
}

/** Rendered sector markers as the test hook lists them: dataset indices of the points drawn now. */
export function renderedSectors(map: MaplibreMap): number[] {
  if (map.getLayer(POINTS) === undefined) return [];
  return map.queryRenderedFeatures({ layers: [POINTS] }).map((f) => f.properties?.index as number);
}
