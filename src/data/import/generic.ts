/**
 * Any other CSV, through the columns the user maps (date, latitude,
 * longitude, title, killed; country optional): one INDEPENDENT statement
 * with the file's name as its source. The file says nothing about its
 * precision, so each point is shown as approximate and each date as a day
 * (a `YYYY-MM` cell as its month).
 */
import type { Country } from '../../domain/vocab.ts';
import { Problems, optional, type Cells } from './cells.ts';
import { ALL_CATEGORIES, COUNTRY_EXPECTED, readCountry, slug } from './common.ts';
import { readDate, readMonth } from './dates.ts';
import type { MapResult } from './draft.ts';

/** The fields a user maps to columns; `country` may be left unmapped. */
export const MAPPED_FIELDS = ['date', 'latitude', 'longitude', 'title', 'killed', 'country'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Field → the header's column name (null = not mapped). */
export type ColumnMapping = Record<MappedField, string | null>;

/** Fields that must be mapped before a generic CSV can be read. */
export const REQUIRED_FIELDS: readonly MappedField[] = ['date', 'latitude', 'longitude', 'title'];

/** Finds the country of a point where the file has none (the atlas's country polygons); null outside them. */
export type CountryOf = (lon: number, lat: number) => Country | null;

/**
 * A first guess at the mapping from header names ("lat", "Latitude", "y" …),
 * which the user confirms or changes.
 * @example guessMapping(['Date', 'Lat', 'Lon', 'Name', 'Deaths']).latitude // 'Lat'
 */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const names: Record<MappedField, RegExp> = {
    date: /^(date|event_?date|day|date_start|start)$/i,
    latitude: /^(lat|latitude|y)$/i,
    longitude: /^(lon|lng|long|longitude|x)$/i,
    title: /^(title|name|event|description|place|location)$/i,
    killed: /^(killed|deaths|dead|fatalities|casualties)$/i,
    country: /^(country|country_name)$/i,
  };
  const pick = (f: MappedField) => header.find((h) => names[f].test(h.trim())) ?? null;
  return { date: pick('date'), latitude: pick('latitude'), longitude: pick('longitude'), title: pick('title'), killed: pick('killed'), country: pick('country') };
}

/** Field names in messages are the file's column names, so the user can find them. */
function column(m: ColumnMapping, f: MappedField): string {
  return m[f] ?? f;
}

/** Maps one record of a generic CSV; `file` names the source, `record` makes the id. */
export function mapGeneric(c: Cells, m: ColumnMapping, file: string, record: number, countryOf: CountryOf | null): MapResult {
  const p = new Problems();
  const cell: Cells = (name) => c(name);
  const rawDate = c(column(m, 'date'));
  const month = readMonth(rawDate ?? '');
  const day = month === null ? readDate(rawDate ?? '', ['iso']) : null;
  if (month === null && day === null) p.add(column(m, 'date'), 'a date YYYY-MM-DD or YYYY-MM', rawDate);
  const lat = p.number(cell, column(m, 'latitude'), -90, 90, 'a latitude between -90 and 90');
  const lon = p.number(cell, column(m, 'longitude'), -180, 180, 'a longitude between -180 and 180');
  const title = p.text(cell, column(m, 'title'), 'a title');
  let killed: number | null = null;
  if (m.killed !== null && optional(c, m.killed) !== null) killed = p.count(cell, m.killed);
  let country: Country | null = null;
  if (m.country !== null && optional(c, m.country) !== null) country = readCountry(p, cell, m.country);
  else if (lon !== null && lat !== null) {
    country = countryOf?.(lon, lat) ?? null;
    if (country === null) p.add(m.country ?? 'country', `a point inside Pakistan or Afghanistan, or a country column naming ${COUNTRY_EXPECTED}`, `${lon}, ${lat}`);
  }
  const date = month ?? day;
  if (p.list.length > 0 || date === null || lat === null || lon === null || title === null || country === null) return { ok: false, problems: p.list };
  const stem = slug(file.replace(/\.[^.]*$/, '')).slice(0, 40) || 'file';
  return {
    ok: true,
    warnings: [],
    draft: {
      id: `file-${stem}-${record}`,
      title,
      start: date,
      end: null,
      datePrecision: month !== null ? 'month' : 'day',
      dateWording: null,
      place: title,
      province: 'not stated in the file',
      district: 'not stated in the file',
      country,
      lon,
      lat,
      locationPrecision: 'approximate',
      uncertaintyKm: 15,
      locationWording: 'the file gives no precision for its points: shown as approximate',
      type: 'other',
      typeWording: 'not stated in the file',
      claimant: file,
      claimantType: 'opened file',
      rows: m.killed === null || killed === null ? [] : [{ group: 'killed, not broken down', categories: [...ALL_CATEGORIES], brokenDown: false, total: true, killed: { n: killed, max: null, best: null } }],
      parties: [],
      source: { ref: 'file', publisher: file, title: file, date: null, url: null },
      notes: null,
    },
  };
}
