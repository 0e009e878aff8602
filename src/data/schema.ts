/**
 * The one schema for incident data. Every incident file enters through it and
 * the TypeScript types of the whole app are inferred from it, so the
 * validator and the types cannot drift.
 */
import { z } from 'zod';
import {
  ACTORS,
  ATTRIBUTING_SIDES,
  CATEGORIES,
  COUNTRIES,
  DATE_PRECISIONS,
  INCIDENT_TYPES,
  LOCATION_PRECISIONS,
  QUALIFIERS,
  RECORD_KINDS,
  SIDES,
  STANCES,
  TARGETS,
  VERIFICATION_STATUSES,
} from '../domain/vocab.ts';

/** An object with one optional member per key of a closed list (sides and views are data, not named fields). */
function perKey<K extends string, T extends z.ZodType>(keys: readonly K[], value: T) {
  return z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, T>).strict();
}

/** A civil date: `YYYY-MM-DD`, or `YYYY-MM` where only the month is known. */
export const CivilDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'a date YYYY-MM-DD or YYYY-MM');

const httpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/i, 'an http(s) URL');

/**
 * A casualty figure as the claimant stated it. `n` is the stated number (the
 * lower end of a range); `max` the upper end of a range; `qualifier` keeps
 * "at least", "over", "about", "nearly" or "dozens" (then `n` is null);
 * `best` a best estimate the publisher gives beside its range (UCDP's low /
 * best / high as `{n: low, max: high, best}`), absent where none is given.
 */
export const Figure = z
  .object({
    n: z.number().int().nonnegative().nullable(),
    max: z.number().int().nonnegative().nullable(),
    qualifier: z.enum(QUALIFIERS).nullable(),
    best: z.number().int().nonnegative().optional(),
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
    /** Set where the link is known not to lead to the cited text (the fact sheet's `link_check`). */
    linkCheck: z.string().min(1).nullable(),
  })
  .strict();

/** A party a publisher names (e.g. UCDP's side A): its role in the file, its wording, and actor ids where they match. */
export const Party = z
  .object({
    role: z.string().min(1),
    wording: z.string().min(1),
    actors: z.array(z.enum(ACTORS)),
  })
  .strict();

export const Claim = z
  .object({
    side: z.enum(SIDES),
    claimant: z.string().min(1),
    claimantType: z.string().min(1),
    /** Whom the figures count, verbatim, e.g. "Pakistani security forces", "attackers/militants". */
    group: z.string().min(1),
    /** Whose dead the figures count, from the closed list; several where the row does not break its figure down; none for "none reported". */
    categories: z.array(z.enum(CATEGORIES)),
    /** True where one figure covers several categories (or the row does not say which). */
    notBrokenDown: z.boolean(),
    /** True for a row that reports no casualties ("none reported"): never read as a count. */
    noneReported: z.boolean(),
    /** On what record the figure was given: a named or titled speaker, anonymous officials, or the publisher's own count. */
    recordKind: z.enum(RECORD_KINDS),
    /** An early count the sheet says was later revised: kept, labelled, never a headline. */
    superseded: z.boolean(),
    /** The part of the incident a partial row covers (e.g. "Khost only"); null for a complete row. */
    partial: z.string().min(1).nullable(),
    /** Categories whose harm this row denies (e.g. Pakistan calling civilian-harm claims "baseless"). */
    denies: z.array(z.enum(CATEGORIES)),
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
    /**
     * True for a row that restates its statement's total beside the statement's
     * group rows (UCDP's low / best / high over deaths_a, deaths_b, …): shown and
     * exported, never added to the groups and never a headline. Absent: false.
     */
    total: z.boolean().optional(),
    /**
     * The parties a publisher names without saying who did what to whom (UCDP
     * side_a / side_b, ACLED actor1 / actor2): their wording, with actor ids
     * where the wording matches the closed list. Never a side's attribution.
     */
    parties: z.array(Party).optional(),
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

/** Original wording of whom an act targeted plus the normalised target ids. */
export const Targets = z
  .object({
    wording: z.string().min(1),
    targets: z.array(z.enum(TARGETS)),
  })
  .strict();

/** One side's reading: whom it holds responsible (null: nobody stated) and whom the act targeted. */
export const SideAttribution = z
  .object({
    responsible: Attribution.nullable(),
    targets: Targets.nullable(),
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
    /** The fact sheet's target descriptions, verbatim. */
    targets: z.array(z.string()),
    parentId: z.string().nullable(),
    /** Who claimed responsibility (a group's claim, or a state owning its operation); null where nobody did. */
    claimedBy: Attribution.nullable(),
    /** Per attributing side: whom it holds responsible and whom the act targeted. */
    attribution: perKey(ATTRIBUTING_SIDES, SideAttribution),
    claims: z.array(Claim),
    /** Each side's statement without figures where the data records one; a denial is not silence. */
    stances: perKey(SIDES, z.enum(STANCES).optional()),
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
export type PartyT = z.infer<typeof Party>;
export type AttributionT = z.infer<typeof Attribution>;
export type TargetsT = z.infer<typeof Targets>;
export type SideAttributionT = z.infer<typeof SideAttribution>;
export type IncidentPropertiesT = z.infer<typeof IncidentProperties>;
export type IncidentFeatureT = z.infer<typeof IncidentFeature>;
