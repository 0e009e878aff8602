/**
 * ACLED events as one statement by "ACLED" (INDEPENDENT, the publisher's own
 * count): `fatalities` is a figure not broken down; `time_precision` and
 * `geo_precision` become precisions; `actor1`/`actor2` are kept as wording
 * (ACLED implies no direction: neither is "who did it"); notes and source
 * are kept.
 */
import type { DatePrecision, IncidentType, LocationPrecision } from '../../domain/vocab.ts';
import { Problems, optional, type Cells } from './cells.ts';
import { ALL_CATEGORIES, actorsOf, readCountry, slug } from './common.ts';
import { DATE_EXPECTED, readDate } from './dates.ts';
import type { DraftParty, MapResult } from './draft.ts';

export const ACLED_CLAIMANT = 'ACLED';

/** Columns an ACLED header must have. */
export const ACLED_REQUIRED = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'actor1', 'country', 'latitude', 'longitude', 'geo_precision', 'fatalities'];

/** `time_precision` (ACLED codebook): 1 the day is known; 2 the week; 3 only the month. */
const TIME_PREC: Readonly<Record<string, { precision: DatePrecision; wording: string }>> = {
  '1': { precision: 'day', wording: 'the day is known' },
  '2': { precision: 'approximate', wording: 'only the week is known' },
  '3': { precision: 'month', wording: 'only the month is known' },
};

/** `geo_precision` (ACLED codebook): 1 the town itself; 2 near a town, or a part of a region; 3 only a larger region (coded at its capital). */
const GEO_PREC: Readonly<Record<string, { precision: LocationPrecision; km: number; wording: string }>> = {
  '1': { precision: 'town', km: 3, wording: 'the town or village is known' },
  '2': { precision: 'approximate', km: 25, wording: 'near a town, or a part of a region' },
  '3': { precision: 'representative', km: 50, wording: 'only a larger region is known (its capital is coded)' },
};

/**
 * Reviewed type mapping by sub-event type, then by event type; anything else
 * (protests, riots, landmines, abductions, other strategic developments) is "other".
 */
const SUB_EVENT_TYPES: Readonly<Record<string, IncidentType>> = {
  'Air/drone strike': 'airstrike',
  'Suicide bomb': 'suicide-bombing',
  'Armed clash': 'armed-clash',
  Attack: 'armed-assault',
  'Non-state actor overtakes territory': 'armed-clash',
  'Government regains territory': 'armed-clash',
  Agreement: 'talks-ceasefire',
};

function typeOf(event: string, sub: string | null): IncidentType {
  if (sub !== null && SUB_EVENT_TYPES[sub] !== undefined) return SUB_EVENT_TYPES[sub];
  if (event === 'Battles') return 'armed-clash';
  return 'other';
}

/** Maps one ACLED record. */
export function mapAcled(c: Cells): MapResult {
  const p = new Problems();
  const rawId = p.text(c, 'event_id_cnty', 'an ACLED event id');
  const id = rawId === null ? '' : slug(rawId);
  if (rawId !== null && id === '') p.add('event_id_cnty', 'an ACLED event id with letters or digits', rawId);
  const date = readDate(c('event_date') ?? '', ['day-month-name']);
  if (date === null) p.add('event_date', DATE_EXPECTED['day-month-name'], c('event_date'));
  const tp = TIME_PREC[c('time_precision')?.trim() ?? ''];
  if (tp === undefined) p.add('time_precision', 'an ACLED time precision 1–3', c('time_precision'));
  const gp = GEO_PREC[c('geo_precision')?.trim() ?? ''];
  if (gp === undefined) p.add('geo_precision', 'an ACLED geo precision 1–3', c('geo_precision'));
  const lat = p.number(c, 'latitude', -90, 90, 'a latitude between -90 and 90');
  const lon = p.number(c, 'longitude', -180, 180, 'a longitude between -180 and 180');
  const country = readCountry(p, c, 'country');
  const fatalities = p.count(c, 'fatalities');
  const event = p.text(c, 'event_type', 'an ACLED event type');
  const actor1 = p.text(c, 'actor1', 'the name of actor 1');
  if (p.list.length > 0 || date === null || !tp || !gp || lat === null || lon === null || country === null || fatalities === null || event === null || actor1 === null) return { ok: false, problems: p.list };

  const sub = optional(c, 'sub_event_type');
  const location = optional(c, 'location');
  const actor2 = optional(c, 'actor2');
  const parties: DraftParty[] = [{ role: 'actor 1', wording: actor1, actors: actorsOf(actor1, date) }];
  if (actor2 !== null) parties.push({ role: 'actor 2', wording: actor2, actors: actorsOf(actor2, date) });
  const admin3 = optional(c, 'admin3');
  return {
    ok: true,
    warnings: [],
    draft: {
      id: `acled-${id}`,
      title: `${sub ?? event}${location ? `, ${location}` : ''}`,
      start: tp.precision === 'month' ? date.slice(0, 7) : date,
      end: null,
      datePrecision: tp.precision,
      dateWording: `ACLED time precision ${c('time_precision')!.trim()}: ${tp.wording}`,
      place: location ?? optional(c, 'admin2') ?? optional(c, 'admin1') ?? c('country')!.trim(),
      province: optional(c, 'admin1') ?? 'not stated in the file',
      district: optional(c, 'admin2') ?? 'not stated in the file',
      country,
      lon,
      lat,
      locationPrecision: gp.precision,
      uncertaintyKm: gp.km,
      locationWording: `ACLED geo precision ${c('geo_precision')!.trim()}: ${gp.wording}${admin3 ? ` (${admin3})` : ''}`,
      type: typeOf(event, sub),
      typeWording: sub ? `${event}: ${sub}` : event,
      claimant: ACLED_CLAIMANT,
      claimantType: 'conflict-event dataset',
      rows: [{ group: 'fatalities, not broken down', categories: [...ALL_CATEGORIES], brokenDown: false, total: true, killed: { n: fatalities, max: null, best: null } }],
      parties,
      source: { ref: 'acled', publisher: ACLED_CLAIMANT, title: optional(c, 'source') ?? `ACLED event ${rawId}`, date: null, url: null },
      notes: optional(c, 'notes'),
    },
  };
}
