/**
 * Closed vocabularies of the data model, with their display names and order.
 * These tables are the single place the UI, the legend and the validator read
 * names from. Sides are named by code, never "official" or "alleged".
 */

/** Who makes a claim. Order is the documented display order everywhere. */
export const SIDES = ['PAK', 'AFG', 'MILITANT', 'INDEPENDENT'] as const;
export type Side = (typeof SIDES)[number];

export const SIDE_NAMES: Record<Side, string> = {
  PAK: 'Pakistan',
  AFG: 'Afghanistan',
  MILITANT: 'Militant groups',
  INDEPENDENT: 'Independent',
};

/** Normalised actor ids for attribution (who claimed it, whom each side blames). */
export const ACTORS = [
  'TTP',
  'JUA',
  'HGB',
  'TJP',
  'ISKP',
  'BLA',
  'AFG_FORCES',
  'PAK_FORCES',
  'UNKNOWN',
] as const;
export type ActorId = (typeof ACTORS)[number];

export const ACTOR_NAMES: Record<ActorId, string> = {
  TTP: 'TTP',
  JUA: 'Jamaat-ul-Ahrar',
  HGB: 'Hafiz Gul Bahadur group',
  TJP: 'Tehreek-e-Jihad Pakistan',
  ISKP: 'ISKP',
  BLA: 'BLA',
  AFG_FORCES: 'Afghan Taliban forces',
  PAK_FORCES: 'Pakistani armed forces',
  UNKNOWN: 'Unknown',
};

/** Incident types, a closed list; the original wording is kept beside it. */
export const INCIDENT_TYPES = [
  'airstrike',
  'cross-border-clash',
  'border-closure',
  'suicide-bombing',
  'armed-assault',
  'armed-clash',
  'hijacking',
  'talks-ceasefire',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const INCIDENT_TYPE_NAMES: Record<IncidentType, string> = {
  airstrike: 'Airstrike / drone strike',
  'cross-border-clash': 'Cross-border shelling / clash',
  'border-closure': 'Border closure',
  'suicide-bombing': 'Suicide bombing',
  'armed-assault': 'Armed assault',
  'armed-clash': 'Armed clash (tribal / infiltration)',
  hijacking: 'Hijacking',
  'talks-ceasefire': 'Talks / ceasefire',
};

/** What a point stands for, from most to least precise, with a default uncertainty radius. */
export const LOCATION_PRECISIONS = ['exact', 'town', 'city', 'district', 'approximate', 'representative'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const VERIFICATION_STATUSES = ['verified', 'partially-verified', 'unverified'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** A side's stance on whether the event happened, where known beyond its figures. */
export const STANCES = ['acknowledged', 'denied'] as const;
export type Stance = (typeof STANCES)[number];

/** Qualifiers a figure may carry; a range is expressed by `max`, not by a qualifier. */
export const QUALIFIERS = ['at least', 'over', 'about', 'nearly', 'dozens'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const COUNTRIES = ['PAK', 'AFG', 'QAT', 'TUR'] as const;
export type Country = (typeof COUNTRIES)[number];
