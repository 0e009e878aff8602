/**
 * Shapes of the fact sheet (../shared/facts/incidents.json) as written, and
 * of the reviewed decision tables that map it onto src/data/schema.ts.
 */
import type { ActorId, Category, DatePrecision, RecordKind, TargetId, IncidentType, LocationPrecision, Side, Stance, VerificationStatus } from '../../src/domain/vocab.ts';
import type { Figure } from '../../src/domain/types.ts';

/** One casualty-claim row of the fact sheet. */
export interface RawClaim {
  side: string;
  claimant: string;
  claimant_type: string;
  group: string;
  killed: number | null;
  injured: number | null;
  qualifier: string | null;
  breakdown: string | null;
  date_of_claim: string | null;
  note: string | null;
  source_ref: string;
  source_url: string;
  source_link_check?: string;
}

/** One source of the fact sheet. */
export interface RawSource {
  publisher: string;
  title: string;
  date: string | null;
  url: string;
  /** Present where the link is known not to lead to the cited text. */
  link_check?: string;
}

/** One incident object of the fact sheet. */
export interface RawIncident {
  id: string;
  title: string;
  start_date: string;
  end_date: string | null;
  date_precision: string;
  place_name: string;
  province: string | null;
  district: string | null;
  country: string;
  lat: number;
  lon: number;
  coord_precision: string;
  coord_basis: string;
  coord_note: string | null;
  secondary_locations: { place_name: string; lat: number | null; lon: number | null; note: string | null }[];
  parent_id: string | null;
  incident_type: string;
  perpetrator_claimed_by: string | null;
  blamed_by_pakistan: string | null;
  blamed_by_afghanistan: string | null;
  targets: string[];
  casualty_claims: RawClaim[];
  sources: RawSource[];
  verification: string;
  notes: string | null;
}

/** A reviewed attribution decision; `wording` must equal the fact sheet's text. */
export interface ActorDecision {
  wording: string;
  actors: ActorId[];
  why: string;
}

/**
 * A reviewed list of targets (whom the act was aimed at, as a side describes
 * it); `wording` is verbatim text of the fact sheet: a `targets` entry, or the
 * part of a blame or claim wording that names the target.
 */
export interface TargetDecision {
  wording: string;
  targets: TargetId[];
  why: string;
}

/** One side's reading of an incident: whom it holds responsible, and whom the act targeted. */
export interface SideAttributionDecision {
  /** Null where this side attributes the act to nobody at all ("Not stated by this side"). */
  responsible: ActorDecision | null;
  targets: TargetDecision | null;
}

/**
 * Per incident: who claimed responsibility (a group's claim, or a state owning
 * its own operation; null where nobody did), and each attributing side's
 * reading. `wording` of `responsible` is verbatim text of the fact sheet's
 * blamed_by_<side> or perpetrator_claimed_by.
 */
export interface AttributionDecisions {
  claimedBy: ActorDecision | null;
  PAK: SideAttributionDecision;
  AFG: SideAttributionDecision;
}

/** Reviewed reading of one casualty group wording: the categories it covers. */
export interface GroupDecision {
  categories: Category[];
  /** True where the row gives one figure for several categories (or does not say which). */
  notBrokenDown: boolean;
  /** True for "none reported": the row reads "no casualties reported", never a count. */
  noneReported: boolean;
  why: string;
}

/** Reviewed reading of one claimant wording: on what record it speaks. */
export interface RecordDecision {
  kind: RecordKind;
  why: string;
}

/** A row marked superseded or partial, with the sheet's own words that say so. */
export interface RowMark {
  claimant: string;
  mark: 'superseded' | 'partial';
  /** The part covered, for a partial row (e.g. "Khost only"). */
  covers?: string;
  /** Verbatim words of the fact sheet (row or incident notes) that justify the mark. */
  evidence: string;
}

/** Reviewed per-incident decisions on date, location, verification and stances. */
export interface IncidentDecision {
  /** The fact sheet's date_precision text, repeated so a change fails the converter. */
  dateWording: string;
  datePrecision: DatePrecision;
  /** The fact sheet's coord_precision text, repeated for the same reason. */
  locationWording: string;
  locationPrecision: LocationPrecision;
  /** Radius in km; the default of the precision unless `why` says otherwise. */
  uncertaintyKm: number;
  /** The fact sheet's verification text, repeated. */
  verificationWording: string;
  verification: VerificationStatus;
  stances: Partial<Record<Side, Stance>>;
  /** Why any non-default choice above was made. */
  why?: string;
}

/**
 * A reviewed reading of one claim row whose figures need interpretation
 * (a textual qualifier, a range, a denial, an aggregate, or a note that
 * states the figure more precisely than the number column).
 */
export interface ClaimDecision {
  /** Checked against the row so a changed row fails instead of being mis-read. */
  claimant: string;
  killed: number | null;
  injured: number | null;
  qualifier: string | null;
  /** The figures as the claimant stated them. */
  figures: { killed: Figure | null; injured: Figure | null };
  aggregate: boolean;
  /** A denial row: kept as a statement without figures, and the side's stance becomes 'denied'. */
  denial: boolean;
  why: string;
}

export type { IncidentType };
