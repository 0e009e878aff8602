/** Small factories for the logic tests (filters, index, clusters, state, URL). */
import type { Claim, Figure, Incident } from '../../src/domain/types.ts';
import { ACTORS, CATEGORIES, COUNTRIES, INCIDENT_TYPES, type ActorId, type Category } from '../../src/domain/vocab.ts';

/** A valid counted incident; override what the test is about. */
export function incident(over: Partial<Incident> = {}): Incident {
  return {
    id: 'i-1',
    title: 'Test incident',
    start: '2025-06-28',
    end: null,
    datePrecision: 'day',
    dateWording: null,
    place: 'Mir Ali',
    province: 'Khyber Pakhtunkhwa',
    district: 'North Waziristan',
    country: 'PAK',
    locationPrecision: 'town',
    uncertaintyKm: 2,
    locationWording: 'Mir Ali',
    coordinateBasis: 'test',
    coordinateNote: null,
    coordinatesVerified: true,
    secondaryLocations: [],
    type: 'suicide-bombing',
    typeWording: 'suicide bombing',
    targets: [],
    parentId: null,
    claimedBy: null,
    attribution: { PAK: { responsible: null, targets: null }, AFG: { responsible: null, targets: null } },
    claims: [],
    stances: {},
    verification: 'verified',
    verificationWording: 'test',
    notes: null,
    sources: [{ ref: 's', publisher: 'P', title: 'T', date: null, url: 'https://example.org/', linkCheck: null }],
    lon: 70.0,
    lat: 33.0,
    ...over,
  };
}

/** An attribution naming actors. */
export const blame = (...actors: ActorId[]) => ({ wording: actors.join(', '), actors });

/** Per-side responsible actors (no targets), e.g. held({ PAK: blame('TTP') }). */
export function held(by: Partial<Record<'PAK' | 'AFG', ReturnType<typeof blame> | null>>): Incident['attribution'] {
  return { PAK: { responsible: by.PAK ?? null, targets: null }, AFG: { responsible: by.AFG ?? null, targets: null } };
}

/** A claim row with a killed figure. */
export function claim(over: Partial<Claim> = {}): Claim {
  return {
    side: 'PAK',
    claimant: 'ISPR',
    claimantType: 'military',
    group: 'Pakistani security forces',
    categories: ['PAK_SECURITY'],
    notBrokenDown: false,
    noneReported: false,
    recordKind: 'on-record',
    superseded: false,
    partial: null,
    denies: [],
    killed: { n: 1, max: null, qualifier: null },
    injured: null,
    qualifierWording: null,
    breakdown: null,
    date: '2025-06-29',
    sourceRef: 's',
    aggregate: false,
    note: null,
    ...over,
  };
}

/** Deterministic PRNG (mulberry32) so generated sets and random windows repeat. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** n random incidents over 2021–2025: month-precision dates, long spans, talks, sector markers, 1–3 sides' claims. */
export function generated(n: number, seed: number): Incident[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: Incident[] = [];
  for (let k = 0; k < n; k++) {
    const y = 2021 + Math.floor(r() * 5);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const monthOnly = r() < 0.15;
    const start = monthOnly ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
    const long = r() < 0.02;
    const end = long ? `${Math.min(2025, y + 1)}-${pad(m)}` : r() < 0.2 && !monthOnly ? `${y}-${pad(m)}-${pad(Math.min(28, d + 1 + Math.floor(r() * 3)))}` : null;
    const claims: Claim[] = [];
    for (const side of ['PAK', 'AFG', 'INDEPENDENT'] as const) {
      if (r() >= 0.5) continue;
      // Figures exact, ranged, qualified or "dozens"; rows for one category or not broken down.
      const n = Math.floor(r() * 40);
      const shape = r();
      const killed: Figure | null = shape < 0.1 ? null : shape < 0.2 ? { n, max: n + 1 + Math.floor(r() * 5), qualifier: null } : shape < 0.3 ? { n, max: null, qualifier: pick(['at least', 'over', 'about'] as const) } : shape < 0.33 ? { n: null, max: null, qualifier: 'dozens' } : { n, max: null, qualifier: null };
      const categories = r() < 0.2 ? (['PAK_SECURITY', 'CIVILIANS'] as Category[]) : [pick(CATEGORIES)];
      claims.push(claim({ side, claimant: side, categories, notBrokenDown: categories.length > 1, killed, injured: r() < 0.7 ? { n: Math.floor(r() * 20), max: null, qualifier: null } : null }));
      if (r() < 0.3) claims.push(claim({ side, claimant: side, categories: [pick(CATEGORIES)], killed: { n: Math.floor(r() * 10), max: null, qualifier: null } }));
    }
    const attr = (p: number) => (r() < p ? blame(pick(ACTORS), ...(r() < 0.3 ? [pick(ACTORS)] : [])) : null);
    out.push(
      incident({
        id: `g-${k}`,
        start,
        end,
        datePrecision: monthOnly ? 'month' : 'day',
        type: r() < 0.03 ? 'talks-ceasefire' : pick(INCIDENT_TYPES.filter((t) => t !== 'talks-ceasefire')),
        parentId: r() < 0.03 ? `g-${Math.max(0, k - 1)}` : null,
        country: pick(COUNTRIES),
        claimedBy: attr(0.3),
        attribution: held({ PAK: attr(0.6), AFG: attr(0.5) }),
        claims,
        stances: r() < 0.05 ? { AFG: 'denied' } : {},
        lon: 66 + r() * 8 + (r() < 0.2 ? 0 : 0.0001 * Math.floor(r() * 5)),
        lat: 29 + r() * 7,
      }),
    );
  }
  return out;
}
