/**
 * The incidents are drawn on their own canvas, so maplibre's label placement
 * cannot see them. An invisible symbol per drawn mark (a point or a counted
 * disc, sized to its radius) is placed before the labels and never hidden,
 * so place and country labels move to a free side of the mark or give way:
 * a marker never hides the name of its own town.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

/** The GeoJSON source the controller fills with the drawn marks (property `r`: radius in CSS px). */
export const OBSTACLE_SOURCE = 'incidentObstacles';
/** The transparent image each obstacle uses; the controller adds it (OBSTACLE_IMAGE_PX square). */
export const OBSTACLE_IMAGE = 'incident-obstacle';
export const OBSTACLE_IMAGE_PX = 32;
/**
 * Half the obstacle's side as a share of the mark's radius: a square of
 * ±0.8 r holds the disc's body (it contains the ±0.8 r × ±0.6 r rectangles
 * inside the circle that labelGuard.ts tests against), while a label may
 * still tuck into the empty corners of the disc's bounding square.
 */
export const OBSTACLE_SHARE = 0.8;

/** The obstacle layer: transparent icons always placed, blocking what is placed after them. */
export function obstacleLayers(): LayerSpecification[] {
  return [
    {
      id: 'incident-obstacles',
      type: 'symbol',
      source: OBSTACLE_SOURCE,
      layout: {
        'icon-image': OBSTACLE_IMAGE,
        'icon-size': ['/', ['*', 2 * OBSTACLE_SHARE, ['to-number', ['get', 'r'], 4]], OBSTACLE_IMAGE_PX],
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'icon-padding': 1,
      },
      paint: { 'icon-opacity': 0 },
    },
  ];
}
