/**
 * The one schema for incident data. Every incident file enters through it and
 * the TypeScript types of the whole app are inferred from it, so the
 * validator and the types cannot drift.
 */
import { z } from 'zod';
import {
  ACTORS,
  COUNTRIES,
  DATE_PRECISIONS,
  INCIDENT_TYPES,
  LOCATION_PRECISIONS,
  QUALIFIERS,
  SIDES,
  STANCES,
  VERIFICATION_STATUSES,
} from '../domain/vocab.ts';

/** A civil date: `YYYY-MM-DD`, or `YYYY-MM` where only the month is known. */
export const CivilDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'a date YYYY-MM-DD or YYYY-MM');

const httpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/i, 'an http(s) URL');

/**
 * A casualty figure as the claimant stated it. `n` is the stated number (the
 * lower end of a range); `max` the upper end of a range; `qualifier` keeps
 * "at least", "over", "about", "nearly" or "dozens" (then `n` is null).
 */
export const Figure = z
  .object({
    n: z.number().int().nonnegative().nullable(),
    max: z.number().int().nonnegative().nullable(),
    qualifier: z.enum(QUALIFIERS).nullable(),
  })
  .strict();

export const Source = z
  .object({
    /** Short key claims use to point at this source (the fact sheet's `source_ref` where it had one). */
    ref: z.string().min(1),
    publisher: z.string().min(1),
    title: z.string().min(1),
    date: CivilDate.nullable(),
    /** Null where the source has no address (UCDP cites articles by name and date). */
    url: httpUrl.nullable(),
  })
  .strict();

export const Claim = z
  .object({
    side: z.enum(SIDES),
    claimant: z.string().min(1),
    claimantType: z.string().min(1),
    /** Whom the figures count, e.g. "Pakistani security forces", "attackers/militants". */
    group: z.string().min(1),
    /** `null` where the claimant gave no figure; `{n: 0}` only where it said none. */
    killed: Figure.nullable(),
    injured: Figure.nullable(),
    /** The fact sheet's qualifier wording, kept verbatim (e.g. "injured 16-18"). */
    qualifierWording: z.string().nullable(),
    breakdown: z.string().nullable(),
    /** Date of the statement; null where unknown (counts as oldest). */
    date: CivilDate.nullable(),
    /** `ref` of the source among the incident's sources that this figure was read in. */
    sourceRef: z.string().min(1),
    /** True where the figure covers several incidents (e.g. UNAMA's 10–17 Oct total). */
    aggregate: z.boolean(),
    note: z.string().nullable(),
  })
  .strict();

/** Original wording of an attribution plus the normalised actor ids it names. */
export const Attribution = z
  .object({
    wording: z.string().min(1),
    actors: z.array(z.enum(ACTORS)).min(1),
  })
  .strict();

export const SecondaryLocation = z
  .object({
    name: z.string().min(1),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    note: z.string().nullable(),
  })
  .strict();

export const IncidentProperties = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case slug'),
    title: z.string().min(1),
    start: CivilDate,
    /** Null for a one-day (or one-month) event. */
    end: CivilDate.nullable(),
    datePrecision: z.enum(DATE_PRECISIONS),
    /** The source's own wording of the date where it says more than the precision (e.g. "night of 24-25 Nov"). */
    dateWording: z.string().nullable(),
    place: z.string().min(1),
    province: z.string().min(1),
    district: z.string().min(1),
    country: z.enum(COUNTRIES),
    locationPrecision: z.enum(LOCATION_PRECISIONS),
    /** Radius in km within which the event is believed to lie. */
    uncertaintyKm: z.number().nonnegative(),
    /** The fact sheet's coordinate wording, basis and note, verbatim. */
    locationWording: z.string().min(1),
    coordinateBasis: z.string().min(1),
    coordinateNote: z.string().nullable(),
    /** False where the point was written from memory and not checked. */
    coordinatesVerified: z.boolean(),
    secondaryLocations: z.array(SecondaryLocation),
    type: z.enum(INCIDENT_TYPES),
    typeWording: z.string().min(1),
    targets: z.array(z.string()),
    parentId: z.string().nullable(),
    claimedBy: Attribution.nullable(),
    blamedByPAK: Attribution.nullable(),
    blamedByAFG: Attribution.nullable(),
    claims: z.array(Claim),
    /** Each side's stance where known beyond its figures; a denial is not silence. */
    stances: z
      .object({ PAK: z.enum(STANCES).optional(), AFG: z.enum(STANCES).optional(), MILITANT: z.enum(STANCES).optional(), INDEPENDENT: z.enum(STANCES).optional() })
      .strict(),
    verification: z.enum(VERIFICATION_STATUSES),
    verificationWording: z.string().min(1),
    notes: z.string().nullable(),
    sources: z.array(Source).min(1),
  })
  .strict();

export const IncidentFeature = z
  .object({
    type: z.literal('Feature'),
    id: z.string().optional(),
    geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }).strict(),
    properties: IncidentProperties,
  })
  .strict();

export const IncidentCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(IncidentFeature),
  })
  .passthrough();

export type FigureT = z.infer<typeof Figure>;
export type SourceT = z.infer<typeof Source>;
export type ClaimT = z.infer<typeof Claim>;
export type AttributionT = z.infer<typeof Attribution>;
export type IncidentPropertiesT = z.infer<typeof IncidentProperties>;
export type IncidentFeatureT = z.infer<typeof IncidentFeature>;
