/**
 * Documented colour constants of the map and legend. Actor colours follow
 * ATTRIBUTION_OPTIONS' order and stay distinguishable for common colour-vision deficiencies
 * (Okabe–Ito based); no side gets a "good" or "bad" colour.
 */
import type { AttributionOption } from '../../domain/vocab.ts';

/** Colour of each attributed actor, as a CSS hex string. */
export const ACTOR_COLORS: Record<AttributionOption, string> = {
  TTP: '#D55E00',
  JUA: '#E69F00',
  HGB: '#CC79A7',
  TJP: '#8C510A',
  ISKP: '#7B3294',
  BLA: '#009E73',
  AFG_FORCES: '#0072B2',
  PAK_FORCES: '#56B4E9',
  UNKNOWN: '#7F7F7F',
  NOT_STATED: '#B8B8B8',
};

/** Colour of an incident no side attributes under the current view. */
export const UNATTRIBUTED_COLOR = '#A0A0A0';

/** Basemap palette: quiet land and water so incidents and the Durand Line stand out. */
export const BASE = {
  background: '#dfe9ef',
  landPAK: '#f4f1ea',
  landAFG: '#f1f0ea',
  landOther: '#e9e7e1',
  countryLine: '#8a8a8a',
  coast: '#9fb3bf',
  countryLabel: '#6b6357',
  province: '#b8b2a6',
  fata: '#6f6a60',
  river: '#9cc3da',
  label: '#333333',
  labelHalo: '#ffffff',
  durand: '#1a1a1a',
  durandCasing: '#ffffff',
} as const;

/** `#rrggbb` → [r, g, b] bytes. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
