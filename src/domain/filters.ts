/**
 * Attribution, type and country filters, and the time-window overlap rule.
 *
 * An incident's actors depend on the claim view: each side names whom it
 * holds responsible, and "claimed responsibility" counts under every view. Actor sets are
 * held as bitmasks over ATTRIBUTION_OPTIONS (bit i = ATTRIBUTION_OPTIONS[i]) so filtering a million
 * incidents is one AND per incident.
 */
import { daySpan } from './civilDate.ts';
import type { Incident } from './types.ts';
import { ATTRIBUTING_SIDES, ATTRIBUTION_OPTIONS, type AttributingSide, type AttributionOption, type Country, type IncidentType, type Side } from './vocab.ts';

/** What attribution reads of an incident. */
export type Attributed = Pick<Incident, 'claimedBy' | 'attribution'>;

/** The four ways to read the figures; COMPARE shows PAK, AFG and INDEPENDENT side by side. */
export const CLAIM_VIEWS = ['PAK', 'AFG', 'INDEPENDENT', 'COMPARE'] as const;
export type ClaimView = (typeof CLAIM_VIEWS)[number];

/** Sides whose headline figures a view shows, in display order. */
export function viewSides(view: ClaimView): readonly Side[] {
  return view === 'COMPARE' ? COMPARE_SIDES : [view];
}
/** The sides Compare puts next to each other. */
export const COMPARE_SIDES: readonly Side[] = ['PAK', 'AFG', 'INDEPENDENT'];

/** What the filters need from the view state. */
export interface FilterQuery {
  claimView: ClaimView;
  hiddenActors: readonly AttributionOption[];
  hiddenTypes: readonly IncidentType[];
  hiddenCountries: readonly Country[];
}

/** An inclusive range of day numbers (days since 1970-01-01). */
export interface DayWindow {
  start: number;
  end: number;
}

const NOT_STATED_BIT = 1 << ATTRIBUTION_OPTIONS.indexOf('NOT_STATED');
const ACTOR_BIT = new Map<AttributionOption, number>(ATTRIBUTION_OPTIONS.map((a, i) => [a, 1 << i]));

/** Bit of one actor in an actor mask. */
export function actorBit(a: AttributionOption): number {
  return ACTOR_BIT.get(a) ?? 0;
}

/** Mask of a list of actors. */
export function actorsMask(actors: readonly AttributionOption[]): number {
  let m = 0;
  for (const a of actors) m |= actorBit(a);
  return m;
}

/** The attributing sides whose responsible actors count under a view: its own side, or all of them. */
export function attributingSides(view: ClaimView): readonly AttributingSide[] {
  return (ATTRIBUTING_SIDES as readonly string[]).includes(view) ? [view as AttributingSide] : ATTRIBUTING_SIDES;
}

/**
 * The actors an incident is attributed to under a view, as a mask: who
 * claimed responsibility (under every view) plus the actors the view's side
 * holds responsible (under INDEPENDENT and COMPARE, any side's). Whom a strike
 * targeted never counts. Nobody at all = NOT_STATED.
 */
export function attributionMask(i: Attributed, view: ClaimView): number {
  let m = i.claimedBy ? actorsMask(i.claimedBy.actors) : 0;
  for (const side of attributingSides(view)) {
    const r = i.attribution[side].responsible;
    if (r) m |= actorsMask(r.actors);
  }
  return m === 0 ? NOT_STATED_BIT : m;
}

/** The actors of a mask, in ATTRIBUTION_OPTIONS order. */
export function actorsOfMask(mask: number): AttributionOption[] {
  return ATTRIBUTION_OPTIONS.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** The actors an incident is attributed to under a view, in ATTRIBUTION_OPTIONS order (NOT_STATED when none). */
export function attributedActors(i: Incident, view: ClaimView): AttributionOption[] {
  return actorsOfMask(attributionMask(i, view));
}

/**
 * The one actor an incident is coloured and stacked by under a view: the
 * first (in ATTRIBUTION_OPTIONS order) of those who claimed responsibility, else the first
 * of those the view's side(s) hold responsible, else NOT_STATED.
 */
export function primaryActor(i: Attributed, view: ClaimView): AttributionOption {
  const claimed = i.claimedBy ? actorsMask(i.claimedBy.actors) : 0;
  const mask = claimed !== 0 ? claimed : attributionMask(i, view);
  return ATTRIBUTION_OPTIONS[31 - Math.clz32(mask & -mask)] ?? 'NOT_STATED';
}

/** Index into ATTRIBUTION_OPTIONS of {@link primaryActor}. */
export function primaryActorIndex(i: Attributed, view: ClaimView): number {
  return ATTRIBUTION_OPTIONS.indexOf(primaryActor(i, view));
}

/** True when an incident survives the actor filter: some actor it is attributed to is still checked. */
export function passesActors(mask: number, hiddenMask: number): boolean {
  return (mask & ~hiddenMask) !== 0;
}

/** A compiled filter: one call per incident, no allocation. */
export type IncidentPredicate = (i: Incident) => boolean;

/** Compiles the type, country and actor filters of a query (not the window, not countedness). */
export function compileFilters(q: FilterQuery): IncidentPredicate {
  const hiddenActors = actorsMask(q.hiddenActors);
  const hiddenTypes = new Set<string>(q.hiddenTypes);
  const hiddenCountries = new Set<string>(q.hiddenCountries);
  const view = q.claimView;
  return (i) =>
    !hiddenTypes.has(i.type) &&
    !hiddenCountries.has(i.country) &&
    passesActors(attributionMask(i, view), hiddenActors);
}

/** Inclusive day span of an incident; a month-precision date covers its whole month. */
export function incidentDays(i: Pick<Incident, 'start' | 'end'>): [number, number] {
  return daySpan(i.start, i.end);
}

/** True when the inclusive span [a, b] overlaps the inclusive window. */
export function overlaps(a: number, b: number, w: DayWindow): boolean {
  return a <= w.end && b >= w.start;
}

/** ATTRIBUTION_OPTIONS index of every incident's {@link primaryActor} under a view (built once per dataset and view). */
export function primaryActorColumn(incidents: readonly Incident[], view: ClaimView): Uint8Array {
  const out = new Uint8Array(incidents.length);
  incidents.forEach((i, k) => (out[k] = primaryActorIndex(i, view)));
  return out;
}
