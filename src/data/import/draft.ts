/**
 * What an import mapping produces for one record: an event described in the
 * import's own terms (publisher, casualty rows with the categories they
 * count, parties named in the file), before it is turned into the app's
 * incident schema (toIncident.ts). Keeping this step apart means a change of
 * the incident schema touches one file, not every dialect's mapping.
 */
import type { ActorId, Country, DatePrecision, IncidentType, LocationPrecision } from '../../domain/vocab.ts';

/** Whose dead a casualty row counts (the claims model's closed list of categories). */
export type CategoryKey = 'pak-forces' | 'afg-forces' | 'civilians' | 'militants';

/** A count as the publisher gives it: `n` (the low end), `max` (the high end) and a best estimate. */
export interface DraftFigure {
  n: number;
  max: number | null;
  best: number | null;
}

/** One casualty row: a group's dead, or the event's total. */
export interface DraftRow {
  /** The file's own wording of whom the row counts, e.g. "Government of Pakistan (side A)". */
  group: string;
  /** Categories the row counts; empty where the group is none of them (e.g. Government of India). */
  categories: CategoryKey[];
  /** False where the row does not say which of its categories the dead were in (a total, "unknown"). */
  brokenDown: boolean;
  /** True for the row that carries the event's total (UCDP's low / best / high; ACLED's and a mapped CSV's only row). */
  total: boolean;
  killed: DraftFigure | null;
}

/** A party the file names (UCDP side_a / side_b, ACLED actor1 / actor2), with actor ids where they match the closed list. */
export interface DraftParty {
  role: string;
  wording: string;
  actors: ActorId[];
}

/** A source with no URL is allowed: UCDP cites articles by name. */
export interface DraftSource {
  ref: string;
  publisher: string;
  title: string;
  date: string | null;
  url: string | null;
}

/** One imported event, in the import's own terms. */
export interface Draft {
  id: string;
  title: string;
  start: string;
  end: string | null;
  datePrecision: DatePrecision;
  dateWording: string | null;
  place: string;
  province: string;
  district: string;
  country: Country;
  lon: number;
  lat: number;
  locationPrecision: LocationPrecision;
  uncertaintyKm: number;
  locationWording: string;
  /** Incident type ('other' where no type of the closed list fits). */
  type: IncidentType;
  typeWording: string;
  /** The publisher making the statement (e.g. "UCDP GED"); its side is INDEPENDENT. */
  claimant: string;
  claimantType: string;
  rows: DraftRow[];
  parties: DraftParty[];
  source: DraftSource;
  notes: string | null;
}

/** A refused or doubtful field of a record: `field: expected …, found …`. */
export interface FieldProblem {
  field: string;
  expected: string;
  found: string;
}

/** What a mapping makes of one record: the event with its warnings, or the reasons it is refused. */
export type MapResult = { ok: true; draft: Draft; warnings: FieldProblem[] } | { ok: false; problems: FieldProblem[] };

/** Quotes a found value for a message (data text is quoted, never interpreted). */
export function found(v: string | undefined): string {
  if (v === undefined) return 'no such column';
  const t = v.trim();
  if (t === '') return 'an empty cell';
  return JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}…` : t);
}
