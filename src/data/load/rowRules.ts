/**
 * The door's rules for compact rows beyond their structure (compact.ts's
 * checkRow): the same bounds and the same region as features
 * (validate/incidentRules.ts), worded `field: expected …, found …`.
 */
import { firstDay, isInYearRange, lastDay, YEAR_MAX, YEAR_MIN } from '../../domain/civilDate.ts';
import { grouped, MAX_FIGURE, MAX_UNCERTAINTY_KM } from '../validate/limits.ts';
import { inPakAfgRegion } from '../validate/region.ts';
import type { CompactHeaderT, CompactRow } from './compact.ts';

/** A problem with the header's shared tables (then no row can be trusted), or null. */
export function headerProblem(h: CompactHeaderT): string | null {
  const k = h.locations.findIndex((l) => l.uncertaintyKm > MAX_UNCERTAINTY_KM);
  return k < 0 ? null : `locations[${k}].uncertaintyKm: expected a radius of at most ${MAX_UNCERTAINTY_KM} km, found ${h.locations[k]?.uncertaintyKm}`;
}

/** The rules a structurally sound row must still pass; a message or null. */
export function rowProblem(h: CompactHeaderT, r: CompactRow): string | null {
  const [, lon, lat, start, end, , region, , , , claims] = r;
  for (const [field, d] of [['start', start], ['end', end]] as const) {
    if (d !== null && !isInYearRange(d)) return `${field}: expected a date in the years ${YEAR_MIN}–${YEAR_MAX}, found ${JSON.stringify(d)}`;
  }
  if (end !== null && lastDay(end) < firstDay(start)) return `end: expected an end on or after the start ${start}, found ${JSON.stringify(end)}`;
  const country = h.regions[region]?.country;
  if ((country === 'PAK' || country === 'AFG') && !inPakAfgRegion(lon, lat)) {
    return `lon, lat: expected a point in Pakistan or Afghanistan or within 50 km of them, for an event in ${country}, found [${lon}, ${lat}]`;
  }
  for (const [, killed, injured] of claims) {
    if (killed > MAX_FIGURE || injured > MAX_FIGURE) return `claims: expected figures of at most ${grouped(MAX_FIGURE)}, found ${Math.max(killed, injured)}`;
  }
  return null;
}
