/**
 * Incident search: which text a query looks in, and how text is folded so
 * "Miran Shah", "miranshah" or "Mīrān Shāh" find the same thing. Only names
 * are searched — titles, places, provinces, claimants, actor names and source
 * publishers — never attribution wording, notes or source titles, so a query
 * for a place finds the incidents there, not every incident that mentions it.
 */
import type { Incident } from './types.ts';
import { ACTOR_NAMES, ACTORS, ATTRIBUTING_SIDES, type ActorId } from './vocab.ts';

/** Longest query kept (a longer one can only match nothing; the URL stays short). */
export const MAX_QUERY = 120;

/**
 * Folds text for comparison: Unicode NFD, combining marks stripped, case
 * folded, runs of white space made one space, ends trimmed.
 * @example foldText('  Bājaur  ÅREA ') === 'bajaur area'
 */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Actor ids an incident names as claiming, responsible or targeted, in any side's account. */
function actorsOf(i: Incident): ActorId[] {
  const sides = ATTRIBUTING_SIDES.map((s) => i.attribution[s]);
  const named = [i.claimedBy, ...sides.map((a) => a.responsible)].flatMap((a) => a?.actors ?? []);
  const targeted = sides.flatMap((a) => a.targets?.targets ?? []).flatMap((t) => ((ACTORS as readonly string[]).includes(t) ? [t as ActorId] : []));
  return [...named, ...targeted];
}

/** The fields a query looks in, as written in the data (unfolded), de-duplicated. */
export function searchFields(i: Incident): string[] {
  const fields = [
    i.title,
    i.place,
    i.district,
    ...i.secondaryLocations.map((l) => l.name),
    i.province,
    ...i.claims.map((c) => c.claimant),
    ...actorsOf(i).flatMap((a) => [a, ACTOR_NAMES[a]]),
    ...i.sources.map((s) => s.publisher),
  ];
  return [...new Set(fields)];
}

/**
 * The folded text a query is matched against. Fields are joined by a line
 * break so a phrase never matches across two fields.
 */
export function searchText(i: Incident): string {
  return searchFields(i).map(foldText).join('\n');
}

/** The query as matched: folded, capped; '' matches everything (no search). */
export function normaliseQuery(q: string): string {
  return foldText(q.slice(0, MAX_QUERY));
}

/**
 * Whether an incident's search text (see searchText) contains the folded
 * query as one phrase.
 * @example matchesText(searchText(mirAli), normaliseQuery('MIR ALI')) === true
 */
export function matchesText(text: string, folded: string): boolean {
  return folded === '' || text.includes(folded);
}

/**
 * 1 for each incident whose names match the query, 0 otherwise; null for an
 * empty query (nothing searched). `texts` are the incidents' searchText, in
 * dataset order (build them once per dataset).
 */
export function searchMask(texts: readonly string[], query: string): Uint8Array | null {
  const folded = normaliseQuery(query);
  if (folded === '') return null;
  const out = new Uint8Array(texts.length);
  for (let k = 0; k < texts.length; k++) out[k] = (texts[k] as string).includes(folded) ? 1 : 0;
  return out;
}
