/**
 * One synthetic incident: placed by the geography rules of issue 4 (half
 * within 50 km of the Durand Line, most of the rest in Khyber Pakhtunkhwa and
 * Balochistan), typed and attributed like the real data, with one to three
 * sides' claims that disagree. Records are lean: fixed short wording, one source.
 */
import { civilFromDay, firstDay } from '../../src/domain/civilDate.ts';
import { INCIDENT_TYPES, SIDES, type Side } from '../../src/domain/vocab.ts';
import { COMPACT_FORMAT, COMPACT_VERSION, type CompactClaim, type CompactHeaderT, type CompactRow } from '../../src/data/load/compact.ts';
import { distanceToLineKm, offsetKm, pointAlongLine, regionAt, inRegion, type Geography, type Region } from './geography.ts';
import type { Mix } from './mix.ts';
import type { Rng } from './rng.ts';

/** Days covered by synthetic dates: 2021-01-01 … 2025-12-31. */
export const FIRST_DAY = firstDay('2021-01-01');
export const LAST_DAY = firstDay('2025-12-31');
export const NEAR_LINE_KM = 50;

const SOURCE = { ref: 'gen', publisher: 'Durand Atlas generator', title: 'Synthetic record', date: null, url: 'https://example.invalid/synthetic', linkCheck: null };
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** Where a point goes: near the line, in KP, in Balochistan, or anywhere else in the two countries. */
function place(rng: Rng, g: Geography, kp: Region, bal: Region, others: Region[]): { lon: number; lat: number; region: Region } {
  const total = g.cumKm[g.cumKm.length - 1] ?? 0;
  const near = rng.next() < 0.5;
  const target = near ? null : rng.weighted<Region | null>([kp, bal, null], [0.45, 0.35, 0.2]);
  for (;;) {
    let lon: number, lat: number;
    if (near) {
      // Uniform in a 50 km disc around a uniform point along the line: distance ≤ 50 km by construction.
      const [x, y] = pointAlongLine(g, rng.next() * total);
      const r = NEAR_LINE_KM * Math.sqrt(rng.next());
      const t = rng.next() * 2 * Math.PI;
      [lon, lat] = offsetKm(x, y, r * Math.cos(t), r * Math.sin(t));
    } else {
      const box = (target ?? rng.weighted(others, others.map((o) => o.area))).bbox;
      lon = box[0] + rng.next() * (box[2] - box[0]);
      lat = box[1] + rng.next() * (box[3] - box[1]);
    }
    lon = round5(lon);
    lat = round5(lat);
    const region = target && inRegion(target, lon, lat) ? target : regionAt(g, lon, lat);
    if (!region || (target && region !== target)) continue;
    if (!near && (target === null) === (region === kp || region === bal)) continue;
    if (!near && distanceToLineKm(g, lon, lat) <= NEAR_LINE_KM) continue;
    return { lon, lat, region };
  }
}


/** The compact header: every table a row points into, built from the real mix and the provinces. */
export function buildHeader(idPrefix: string, count: number, g: Geography, mix: Mix): CompactHeaderT {
  return {
    format: COMPACT_FORMAT,
    version: COMPACT_VERSION,
    count,
    idPrefix,
    regions: g.regions.map((r) => ({ name: r.name, country: r.country })),
    locations: mix.locations.map((l) => ({ precision: l.precision, uncertaintyKm: l.uncertaintyKm })),
    attributions: mix.attributions.map((a) => ({ claimedBy: a.claimedBy, attribution: a.attribution })),
    claimants: SIDES.flatMap((side) => mix.claimants[side].map((c) => ({ side, ...c }))),
    source: SOURCE,
    wording: { place: 'synthetic point', locationWording: 'synthetic', coordinateBasis: 'generated', verificationWording: 'synthetic record', verification: 'unverified' },
  };
}

/** Draws incident number `n` as a compact row (the caller draws them in order from one Rng). */
export function makeRow(n: number, rng: Rng, g: Geography, mix: Mix, h: CompactHeaderT, places: Places): CompactRow {
  const { lon, lat, region } = place(rng, g, places.kp, places.bal, places.others);
  const type = rng.weighted(mix.types, mix.typeWeights);
  const day = rng.int(FIRST_DAY, LAST_DAY);
  const pr = rng.next();
  const dp = pr < mix.monthShare ? 1 : pr < mix.monthShare + mix.approximateShare ? 2 : 0; // DATE_PRECISIONS: day, month, approximate
  const start = dp === 1 ? civilFromDay(day).slice(0, 7) : civilFromDay(day);
  const end = dp === 0 && rng.next() < mix.multiDayShare ? civilFromDay(Math.min(LAST_DAY, day + rng.int(1, 3))) : null;
  const loc = rng.int(0, h.locations.length - 1);
  const att = rng.int(0, h.attributions.length - 1);
  // One to three sides, each with its own (different) killed figure.
  const nSides = rng.weighted([1, 2, 3], [0.35, 0.45, 0.2]);
  const sides: Side[] = [];
  while (sides.length < nSides) {
    const s = rng.weighted(SIDES, [0.4, 0.3, 0.1, 0.2]);
    if (!sides.includes(s)) sides.push(s);
  }
  sides.sort((a, b) => SIDES.indexOf(a) - SIDES.indexOf(b));
  const base = rng.pick(mix.killed);
  const used = new Set<number>();
  const claims: CompactClaim[] = sides.map((side) => {
    let k = Math.max(0, Math.round(base * (0.4 + rng.next() * 1.6)));
    while (used.has(k)) k++;
    used.add(k);
    const pool = places.claimantsBySide[side];
    const who = pool[rng.int(0, pool.length - 1)]!;
    const injured = rng.next() < 0.6 ? rng.int(0, k * 2 + 2) : -1;
    return [who, k, injured];
  });
  let denied = 0;
  if (!sides.includes('PAK') && rng.next() < mix.deniedShare.PAK) denied |= 1;
  if (!sides.includes('AFG') && rng.next() < mix.deniedShare.AFG) denied |= 2;
  return [n, lon, lat, start, end, dp, g.regions.indexOf(region), loc, INCIDENT_TYPES.indexOf(type), att, claims, denied];
}

/** Regions and claimant indices the sampler reuses for every row. */
export interface Places {
  kp: Region;
  bal: Region;
  others: Region[];
  claimantsBySide: Record<Side, number[]>;
}

/** Finds Khyber Pakhtunkhwa and Balochistan and indexes claimants by side. */
export function makePlaces(g: Geography, h: CompactHeaderT): Places {
  const kp = g.regions.find((r) => r.country === 'PAK' && /khyber/i.test(r.name));
  const bal = g.regions.find((r) => r.country === 'PAK' && /ba[l]?[ou]{1,2}chistan/i.test(r.name));
  if (!kp || !bal) throw new Error('generate: Khyber Pakhtunkhwa or Balochistan not found among the provinces');
  const claimantsBySide = { PAK: [], AFG: [], MILITANT: [], INDEPENDENT: [] } as Record<Side, number[]>;
  h.claimants.forEach((c, i) => claimantsBySide[c.side].push(i));
  return { kp, bal, others: g.regions.filter((r) => r !== kp && r !== bal), claimantsBySide };
}
