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

/** Militant groups by id: actors a side may hold responsible, and targets it may name. */
export const MILITANT_GROUPS = ['TTP', 'JUA', 'HGB', 'TJP', 'ISKP', 'BLA'] as const;
export type MilitantGroup = (typeof MILITANT_GROUPS)[number];

/** Normalised actor ids for attribution (who claimed it, whom each side holds responsible). */
export const ACTORS = [...MILITANT_GROUPS, 'AFG_FORCES', 'PAK_FORCES', 'UNKNOWN'] as const;
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
  // Last, so the compact format's type indices stay as they were: imported events no type above fits (issue 11).
  'other',
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
  other: 'Other (an imported event no type above fits)',
};

/** What a point stands for, from most to least precise, with a default uncertainty radius. */
export const LOCATION_PRECISIONS = ['exact', 'town', 'city', 'district', 'approximate', 'representative'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const VERIFICATION_STATUSES = ['verified', 'partially-verified', 'unverified'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/**
 * A side's statement without figures, where the data records one beyond its
 * figure rows: acknowledged on the record (a named person or an institution
 * speaking by title), only anonymous officials, or a denial. The full stance
 * (see stance.ts) is derived from this and the side's figure rows.
 */
export const STANCES = ['acknowledged', 'anonymous', 'denied'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * Whose dead a figure counts: one closed list. A row that does not break its
 * figure down carries every category it covers; "none reported" carries none.
 */
export const CATEGORIES = ['PAK_SECURITY', 'AFG_FORCES', 'CIVILIANS', 'MILITANTS'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_NAMES: Record<Category, string> = {
  PAK_SECURITY: 'Pakistani security forces',
  AFG_FORCES: 'Afghan forces',
  CIVILIANS: 'Civilians',
  MILITANTS: 'Militants and attackers',
};

/**
 * The side whose own people a category is: a figure a side gives for its
 * adversary's dead is a claimed kill (PAK about Afghan forces or militants;
 * AFG or MILITANT about Pakistani security forces). Civilians are nobody's
 * adversary. Derived, never stored.
 */
export const CLAIMED_KILL: Readonly<Record<Side, readonly Category[]>> = {
  PAK: ['AFG_FORCES', 'MILITANTS'],
  AFG: ['PAK_SECURITY'],
  MILITANT: ['PAK_SECURITY'],
  INDEPENDENT: [],
};

/** On what record a figure was given. */
export const RECORD_KINDS = ['on-record', 'anonymous', 'publisher'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Sides that hold someone responsible and name targets (adding a side is one entry here). */
export const ATTRIBUTING_SIDES = ['PAK', 'AFG'] as const satisfies readonly Side[];
export type AttributingSide = (typeof ATTRIBUTING_SIDES)[number];

/** Whom a strike or attack was aimed at: a closed list apart from who is held responsible. */
export const TARGETS = ['CIVILIANS', 'PAK_SECURITY', 'AFG_FORCES', 'BORDER_FORCES', 'INFRASTRUCTURE', ...MILITANT_GROUPS] as const;
export type TargetId = (typeof TARGETS)[number];

export const TARGET_NAMES: Record<TargetId, string> = {
  CIVILIANS: 'Civilians',
  PAK_SECURITY: 'Pakistani security forces',
  AFG_FORCES: 'Afghan forces',
  BORDER_FORCES: 'Border forces',
  INFRASTRUCTURE: 'Infrastructure',
  ...(Object.fromEntries(MILITANT_GROUPS.map((g) => [g, ACTOR_NAMES[g]])) as Record<MilitantGroup, string>),
};

/** Qualifiers a figure may carry; a range is expressed by `max`, not by a qualifier. */
export const QUALIFIERS = ['at least', 'over', 'about', 'nearly', 'dozens'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const COUNTRIES = ['PAK', 'AFG', 'QAT', 'TUR'] as const;
export type Country = (typeof COUNTRIES)[number];

/** What the figures count: every killed, or one category's dead (the Count control). */
export const COUNTS = ['ALL', ...CATEGORIES] as const;
export type Count = (typeof COUNTS)[number];

/**
 * Options of the attribution filter: the actors, plus incidents a side
 * attributes to nobody at all ("Not stated by this side", apart from an
 * unidentified group, which is UNKNOWN). Data never carries NOT_STATED.
 */
export const ATTRIBUTION_OPTIONS = [...ACTORS, 'NOT_STATED'] as const;
export type AttributionOption = (typeof ATTRIBUTION_OPTIONS)[number];

export const ATTRIBUTION_OPTION_NAMES: Record<AttributionOption, string> = {
  ...ACTOR_NAMES,
  NOT_STATED: 'Not stated by this side',
};
