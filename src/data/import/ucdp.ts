/**
 * UCDP GED events (both the HDX export — `best/low/high`, ISO dates, an HXL
 * hashtag row on line 2 — and the download tool's `best_est/low_est/high_est`
 * with US dates and a trailing comma) as one statement by "UCDP GED", the
 * publisher's own count: one casualty row per group (deaths_a, deaths_b,
 * deaths_civilians, deaths_unknown) and a total row with low / best / high.
 * Every table here is reviewed; see the comments for the reasoning.
 */
import { isInYearRange, YEAR_MAX, YEAR_MIN } from '../../domain/civilDate.ts';
import type { DatePrecision, IncidentType, LocationPrecision } from '../../domain/vocab.ts';
import { Problems, optional, type Cells } from './cells.ts';
import { ALL_CATEGORIES, actorsOf, orderedSpan, readCountry, shortTitle } from './common.ts';
import { readDate, DATE_EXPECTED, type DateFormat } from './dates.ts';
import type { CategoryKey, DraftFigure, DraftParty, DraftRow, DraftSource, FieldProblem, MapResult } from './draft.ts';

/** The publisher, as every UCDP statement names it. */
export const UCDP_CLAIMANT = 'UCDP GED';

/** Header spellings of the fields the two dialects name differently. */
export const UCDP_ALIASES: Readonly<Record<string, readonly string[]>> = {
  best: ['best', 'best_est'],
  low: ['low', 'low_est'],
  high: ['high', 'high_est'],
};

/** Columns a UCDP GED header must have (by field, after aliases). */
export const UCDP_REQUIRED = ['id', 'type_of_violence', 'side_a', 'side_b', 'where_prec', 'latitude', 'longitude', 'country', 'date_prec', 'date_start', 'date_end', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'low', 'high'];

/**
 * `date_prec` (UCDP codebook): 1 the exact day; 2 within 2–6 days; 3 within a
 * week; 4 within a month; 5 within a year or more. The file's start and end
 * are kept; 4 becomes month precision where start and end fall in one month.
 */
const DATE_PREC: Readonly<Record<string, { precision: DatePrecision; wording: string }>> = {
  '1': { precision: 'day', wording: 'the exact day is known' },
  '2': { precision: 'approximate', wording: 'known to within 2–6 days' },
  '3': { precision: 'approximate', wording: 'known to within a week' },
  '4': { precision: 'month', wording: 'known to within a month' },
  '5': { precision: 'approximate', wording: 'known to within a year or more' },
};

/**
 * `where_prec` (UCDP codebook) to the atlas's location precision and an
 * uncertainty radius: 1 the exact place; 2 within about 25 km of a known
 * point; 3 only the district (second-order division) is known; 4 only the
 * province; 5 a linear feature or somewhere between places; 6 only the
 * country; 7 international waters or airspace.
 */
const WHERE_PREC: Readonly<Record<string, { precision: LocationPrecision; km: number; wording: string }>> = {
  '1': { precision: 'exact', km: 0.5, wording: 'the exact place is known' },
  '2': { precision: 'approximate', km: 25, wording: 'within about 25 km of a known point' },
  '3': { precision: 'district', km: 30, wording: 'only the district is known' },
  '4': { precision: 'representative', km: 100, wording: 'only the province is known' },
  '5': { precision: 'approximate', km: 25, wording: 'along a road or river, or between places' },
  '6': { precision: 'representative', km: 300, wording: 'only the country is known' },
  '7': { precision: 'representative', km: 50, wording: 'international waters or airspace' },
};

/**
 * `type_of_violence`: 1 state-based conflict (a government against an armed
 * group, or two governments: the latter across a border is a cross-border
 * clash); 2 non-state conflict (armed groups against each other); 3
 * one-sided violence (an organised actor against civilians: an assault).
 * Nothing else fits a type of the closed list: "other".
 */
function typeOf(code: string, sideA: string, sideB: string): IncidentType {
  const government = (s: string) => s.startsWith('Government of ');
  if (code === '1') return government(sideA) && government(sideB) ? 'cross-border-clash' : 'armed-clash';
  if (code === '2') return 'armed-clash';
  if (code === '3') return 'armed-assault';
  return 'other';
}

const VIOLENCE_NAMES: Readonly<Record<string, string>> = { '1': 'state-based conflict', '2': 'non-state conflict', '3': 'one-sided violence' };

/**
 * Whose dead a side's deaths are. "Government of Pakistan" → Pakistani
 * security forces; "Civilians" → civilians; "Government of Afghanistan" from
 * the Taliban's takeover → Afghan forces; any other government (India, the
 * USA, Iran …) is none of the categories (not broken down); an armed group
 * fighting a government (type 1) or attacking civilians (type 3) →
 * militants and attackers; parties of non-state conflicts (type 2: tribes,
 * party supporters, communities) are not broken down.
 */
export function sideCategories(side: string, violence: string, date: string): CategoryKey[] | null {
  const s = side.trim();
  if (s === 'Government of Pakistan') return ['pak-forces'];
  if (s === 'Civilians') return ['civilians'];
  if (s === 'Government of Afghanistan' && date >= '2021-08-15') return ['afg-forces'];
  if (s.startsWith('Government of ')) return null;
  if (violence === '1' || violence === '3') return ['militants'];
  return null;
}

/** The dialect's date format: the download tool writes US dates. */
export function ucdpDateFormat(header: readonly string[]): DateFormat {
  return header.includes('best_est') ? 'us' : 'iso';
}

function figure(p: Problems, c: Cells, warnings: FieldProblem[]): DraftFigure | null {
  const low = p.count(c, 'low');
  const best = p.count(c, 'best');
  const high = p.count(c, 'high');
  if (low === null || best === null || high === null) return null;
  // UCDP's low is above its high in ~2% of events: keep low and best, leave the upper end out, say so.
  if (high < low) {
    warnings.push({ field: 'high', expected: `a number ≥ low (${low}); the upper end is left out`, found: String(high) });
    return { n: low, max: null, best };
  }
  // A best outside low–high is kept as given: the data door warns (a rule of plausibility, a warning for imports).
  return { n: low, max: high, best };
}

function source(c: Cells, id: string, warnings: FieldProblem[]): DraftSource {
  const article = optional(c, 'source_article');
  const headline = optional(c, 'source_headline');
  const office = optional(c, 'source_office');
  const url = article !== null && /^https?:\/\/\S+$/i.test(article) ? article : null;
  if (article === null && headline === null) return { ref: 'ucdp-ged', publisher: UCDP_CLAIMANT, title: `UCDP GED ID ${id}`, date: null, url: null };
  let sourceDate = readDate(optional(c, 'source_date') ?? '', ['iso', 'us']);
  // The download tool writes 1753-01-01 (a database's earliest date) where the date is unknown: left out, said so.
  if (sourceDate !== null && !isInYearRange(sourceDate)) {
    warnings.push({ field: 'source_date', expected: `a date in the years ${YEAR_MIN}–${YEAR_MAX}; the source's date is left out`, found: JSON.stringify(optional(c, 'source_date')) });
    sourceDate = null;
  }
  return { ref: 'ucdp-ged', publisher: office ?? UCDP_CLAIMANT, title: shortTitle(headline ?? article ?? `UCDP GED ID ${id}`), date: sourceDate, url };
}

/**
 * Maps one UCDP GED record.
 * @example mapUcdp(cells, 'iso') // { ok: true, draft: { id: 'ucdp-ged-59553', rows: [...4 groups, total] } }
 */
export function mapUcdp(c: Cells, dateFormat: DateFormat): MapResult {
  const p = new Problems();
  const warnings: FieldProblem[] = [];
  const rawId = c('id')?.trim() ?? '';
  if (!/^\d+$/.test(rawId)) p.add('id', 'a UCDP event id (digits)', c('id'));
  const start = readDate(c('date_start') ?? '', [dateFormat]);
  if (start === null) p.add('date_start', DATE_EXPECTED[dateFormat], c('date_start'));
  const endRaw = readDate(c('date_end') ?? '', [dateFormat]);
  if (endRaw === null) p.add('date_end', DATE_EXPECTED[dateFormat], c('date_end'));
  const datePrec = DATE_PREC[c('date_prec')?.trim() ?? ''];
  if (datePrec === undefined) p.add('date_prec', 'a UCDP date precision 1–5', c('date_prec'));
  const wherePrec = WHERE_PREC[c('where_prec')?.trim() ?? ''];
  if (wherePrec === undefined) p.add('where_prec', 'a UCDP location precision 1–7', c('where_prec'));
  const lat = p.number(c, 'latitude', -90, 90, 'a latitude between -90 and 90');
  const lon = p.number(c, 'longitude', -180, 180, 'a longitude between -180 and 180');
  const country = readCountry(p, c, 'country');
  const deaths = (['deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown'] as const).map((f) => p.count(c, f));
  const total = figure(p, c, warnings);
  const sideA = p.text(c, 'side_a', 'the name of side A');
  const sideB = p.text(c, 'side_b', 'the name of side B');
  if (start !== null && endRaw !== null) orderedSpan(p, start, endRaw, 'date_end');
  if (p.list.length > 0 || start === null || endRaw === null || !datePrec || !wherePrec || lat === null || lon === null || country === null || !total || !sideA || !sideB) return { ok: false, problems: p.list };

  const violence = c('type_of_violence')?.trim() ?? '';
  const oneMonth = datePrec.precision === 'month' && start.slice(0, 7) === endRaw.slice(0, 7);
  const precision: DatePrecision = datePrec.precision === 'month' && !oneMonth ? 'approximate' : datePrec.precision;
  const end = oneMonth ? null : endRaw === start ? null : endRaw;
  const row = (group: string, categories: CategoryKey[] | null, n: number): DraftRow => ({
    group,
    categories: categories ?? [],
    brokenDown: categories !== null,
    total: false,
    killed: { n, max: null, best: null },
  });
  const rows: DraftRow[] = [
    row(`${sideA} (side A)`, sideCategories(sideA, violence, start), deaths[0]!),
    row(`${sideB} (side B)`, sideCategories(sideB, violence, start), deaths[1]!),
    row('civilians', ['civilians'], deaths[2]!),
    { ...row('unknown', null, deaths[3]!), categories: [...ALL_CATEGORIES] },
    { group: 'total (low, best, high)', categories: [...ALL_CATEGORIES], brokenDown: false, total: true, killed: total },
  ];
  const parties: DraftParty[] = [
    { role: 'side A', wording: sideA, actors: actorsOf(sideA, start) },
    { role: 'side B', wording: sideB, actors: actorsOf(sideB, start) },
  ];
  const where = optional(c, 'where_description');
  const conflict = optional(c, 'conflict_name') ?? optional(c, 'dyad_name');
  const original = optional(c, 'source_original');
  const article = optional(c, 'source_article');
  const notes = [
    optional(c, 'relid') && `UCDP relid ${optional(c, 'relid')}`,
    optional(c, 'event_clarity') && `event clarity ${optional(c, 'event_clarity')}`,
    optional(c, 'number_of_sources') && `number of sources ${optional(c, 'number_of_sources')}`,
    original && `source original: ${original}`,
    // A citation cut short for the source's title is kept whole here.
    article !== null && shortTitle(optional(c, 'source_headline') ?? article) !== (optional(c, 'source_headline') ?? article) && `source: ${optional(c, 'source_headline') ?? article}`,
  ].filter(Boolean);
  return {
    ok: true,
    warnings,
    draft: {
      id: `ucdp-ged-${rawId}`,
      title: where === null ? `UCDP GED event ${rawId}` : shortTitle(where),
      start: oneMonth ? start.slice(0, 7) : start,
      end,
      datePrecision: precision,
      dateWording: `UCDP date precision ${c('date_prec')!.trim()}: ${datePrec.wording}`,
      place: optional(c, 'where_coordinates') ?? where ?? optional(c, 'adm_2') ?? optional(c, 'adm_1') ?? c('country')!.trim(),
      province: optional(c, 'adm_1') ?? 'not stated in the file',
      district: optional(c, 'adm_2') ?? 'not stated in the file',
      country,
      lon,
      lat,
      locationPrecision: wherePrec.precision,
      uncertaintyKm: wherePrec.km,
      locationWording: `UCDP location precision ${c('where_prec')!.trim()}: ${wherePrec.wording}${where !== null && where !== shortTitle(where) ? `; where: ${where}` : ''}`,
      type: typeOf(violence, sideA, sideB),
      typeWording: `UCDP type of violence ${violence || 'not stated'}${VIOLENCE_NAMES[violence] ? `: ${VIOLENCE_NAMES[violence]}` : ''}${conflict ? ` (${conflict})` : ''}`,
      claimant: UCDP_CLAIMANT,
      claimantType: 'conflict-event dataset',
      rows,
      parties,
      source: source(c, rawId, warnings),
      notes: notes.length > 0 ? notes.join('; ') : null,
    },
  };
}
