/**
 * Distance to the Durand Line as a reader may quote it: the point's
 * uncertainty radius widens it into a range, and where the radius reaches the
 * line the event may lie on either side. No false precision: whole km at best.
 */

/** Points this close to exact (km of uncertainty) read as a single whole-km distance. */
export const PRECISE_KM = 1;

/** How far from the line an incident may be. */
export type LineDistance =
  | { kind: 'about'; km: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'either-side'; withinKm: number };

/**
 * Reads a measured distance `km` of a point with uncertainty radius `radiusKm`.
 * @example lineDistance(0.5, 15) // {kind: 'either-side', withinKm: 16}
 * @example lineDistance(28.8, 3) // {kind: 'range', min: 26, max: 32}
 */
export function lineDistance(km: number, radiusKm: number): LineDistance {
  if (radiusKm <= PRECISE_KM) return { kind: 'about', km: Math.round(km) };
  if (radiusKm >= km) return { kind: 'either-side', withinKm: Math.ceil(km + radiusKm) };
  return { kind: 'range', min: Math.floor(km - radiusKm), max: Math.ceil(km + radiusKm) };
}
