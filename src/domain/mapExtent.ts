/**
 * The map's two boxes (west, south, east, north in degrees), shared by the
 * basemap build and the map: the detailed region (1:10m layers) and the
 * world drawn around it (1:50m), which is also the map's maxBounds.
 */

/** The detailed region: lon 60–75.5, lat 23.5–38. */
export const REGION_BBOX: [number, number, number, number] = [60, 23.5, 75.5, 38];

/**
 * The world around the region: Türkiye and the Gulf to the west, western
 * China to the east, Central Asia to the north, the Indian Ocean to the south.
 * Wider and taller than the map at its minimum zoom on a 1440×900 screen, so
 * as the map's maxBounds it never shows an empty band.
 */
export const WORLD_BBOX: [number, number, number, number] = [10, -12, 130, 62];
