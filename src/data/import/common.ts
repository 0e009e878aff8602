/**
 * Tables shared by the import dialects: country names, the actor names the
 * closed actor list recognises, and the date-span rules.
 */
import { firstDay } from '../../domain/civilDate.ts';
import type { ActorId, Country } from '../../domain/vocab.ts';
import type { Cells } from './cells.ts';
import { Problems } from './cells.ts';
import type { CategoryKey } from './draft.ts';

/** Country names as UCDP and ACLED write them (and ISO 3166 alpha-3), to the atlas's country codes. */
export const COUNTRY_NAMES: Readonly<Record<string, Country>> = {
  pakistan: 'PAK',
  pak: 'PAK',
  afghanistan: 'AFG',
  afg: 'AFG',
  qatar: 'QAT',
  qat: 'QAT',
  turkey: 'TUR',
  türkiye: 'TUR',
  tur: 'TUR',
};

/** What a country cell must hold, for messages. */
export const COUNTRY_EXPECTED = 'Pakistan, Afghanistan, Qatar or Turkey (the atlas’s countries)';

/** Reads a country cell; null (with a problem) for a country the atlas does not hold. */
export function readCountry(p: Problems, c: Cells, field: string): Country | null {
  const v = c(field);
  const code = v === undefined ? undefined : COUNTRY_NAMES[v.trim().toLowerCase()];
  if (code !== undefined) return code;
  p.add(field, COUNTRY_EXPECTED, v);
  return null;
}

/**
 * Party names (UCDP side names, ACLED actor names) that match the closed
 * actor list exactly. Reviewed: TTP's factions as UCDP names them count as
 * TTP; UCDP's "IS" in Pakistan is the Islamic State's Khorasan Province;
 * UCDP's "Taleban" and ACLED's Afghan military after 2021 are the Afghan
 * Taliban's forces. Anything else keeps its wording with no actor id.
 */
export const ACTOR_BY_NAME: Readonly<Record<string, ActorId>> = {
  TTP: 'TTP',
  'TTP-KM': 'TTP',
  'TTP - MR': 'TTP',
  'TTP - TA': 'TTP',
  'TTP-SM': 'TTP',
  'TTP - MT': 'TTP',
  'TTP-Islahi': 'TTP',
  'TTP: Tehreek-i-Taliban Pakistan': 'TTP',
  'TTP: Tehrik-i-Taliban Pakistan': 'TTP',
  'Jamaat-ul-Ahrar': 'JUA',
  'JuA: Jamaat-ul-Ahrar': 'JUA',
  'Hafiz Gul Bahadur Group': 'HGB',
  'Hafiz Gul Bahadur group': 'HGB',
  'TJP: Tehreek-e-Jihad Pakistan': 'TJP',
  BLA: 'BLA',
  'BLA: Balochistan Liberation Army': 'BLA',
  IS: 'ISKP',
  'ISKP: Islamic State Khorasan Province': 'ISKP',
  'Islamic State (Pakistan)': 'ISKP',
  'Islamic State (Afghanistan)': 'ISKP',
  Taleban: 'AFG_FORCES',
  'Military Forces of Afghanistan (2021-)': 'AFG_FORCES',
  'Government of Pakistan': 'PAK_FORCES',
  'Military Forces of Pakistan (2018-)': 'PAK_FORCES',
  'Military Forces of Pakistan (2008-2018)': 'PAK_FORCES',
};

/** The day the Taliban took Kabul: from then on UCDP's "Government of Afghanistan" is the Taliban's. */
export const TALIBAN_GOVERNMENT_FROM = '2021-08-15';

/** Actor ids of a party name on a date (empty where none of the closed list matches). */
export function actorsOf(name: string, date: string): ActorId[] {
  const hit = ACTOR_BY_NAME[name.trim()];
  if (hit !== undefined) return [hit];
  if (name.trim() === 'Government of Afghanistan' && date >= TALIBAN_GOVERNMENT_FROM) return ['AFG_FORCES'];
  return [];
}

/** Every category: what a row that does not break its dead down covers. */
export const ALL_CATEGORIES: readonly CategoryKey[] = ['pak-forces', 'afg-forces', 'civilians', 'militants'];

/** Checks start ≤ end; adds a problem and returns false otherwise. */
export function orderedSpan(p: Problems, start: string, end: string | null, endField: string): boolean {
  if (end === null || firstDay(end) >= firstDay(start)) return true;
  p.add(endField, `a date on or after the start (${start})`, end);
  return false;
}

/** Makes an id slug from a file's own id (lower case, runs of other characters → "-"). */
export function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Titles are kept to this many characters (the door allows 500). */
export const TITLE_CHARS = 200;

/**
 * A title of at most TITLE_CHARS: longer text is cut at a word and marked "…";
 * callers keep the whole text in a longer field (location wording, notes).
 * @example shortTitle('Kel sector') // 'Kel sector'
 */
export function shortTitle(s: string): string {
  if (s.length <= TITLE_CHARS) return s;
  const cut = s.slice(0, TITLE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_CHARS / 2)).trimEnd()}…`;
}
