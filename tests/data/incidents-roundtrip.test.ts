import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IncidentFeature, type FigureT, type IncidentFeatureT } from '../../src/data/schema.ts';
import { CLAIM_MAPPING } from '../../scripts/facts/claimMapping.ts';
import { convertFacts, MappingError } from '../../scripts/facts/convert.ts';
import type { RawIncident } from '../../scripts/facts/types.ts';

// The fact sheet lives beside the repo (../shared); a fresh clone has no copy.
const factsUrl = new URL('../../../shared/facts/incidents.json', import.meta.url);
const geoUrl = new URL('../../geo/incidents.geojson', import.meta.url);
const hasFacts = existsSync(factsUrl);
if (!hasFacts) console.warn(`incidents round trip skipped: ${factsUrl.pathname} is absent`);

const geoText = readFileSync(geoUrl, 'utf8');
const features = (JSON.parse(geoText) as { features: IncidentFeatureT[] }).features;
const loadFacts = (): RawIncident[] => JSON.parse(readFileSync(factsUrl, 'utf8')) as RawIncident[];
const byId = new Map(features.map((f) => [f.properties.id, f]));
const feature = (id: string): IncidentFeatureT => {
  const f = byId.get(id);
  if (f === undefined) throw new Error(`incident ${id} missing from geo/incidents.geojson`);
  return f;
};

/** True where the figure states the fact sheet's number (as the number, or either end of a range). */
function states(f: FigureT | null, raw: number | null): boolean {
  if (raw === null) return f === null || f.n === null;
  return f !== null && (f.n === raw || f.max === raw);
}

describe('geo/incidents.geojson against the schema', () => {
  it('validates every feature', () => {
    const bad = features.flatMap((f, i) => {
      const r = IncidentFeature.safeParse(f);
      return r.success ? [] : [`${f.properties?.id ?? i}: ${r.error.issues[0]?.path.join('.')}`];
    });
    expect(bad).toEqual([]);
    expect(features).toHaveLength(57);
  });

  it('points every claim at a source of its own incident, with unique refs', () => {
    for (const f of features) {
      const refs = f.properties.sources.map((s) => s.ref);
      expect(new Set(refs).size, f.properties.id).toBe(refs.length);
      for (const c of f.properties.claims) expect(refs, `${f.properties.id}: ${c.sourceRef}`).toContain(c.sourceRef);
    }
  });
});

describe.skipIf(!hasFacts)('round trip from ../shared/facts/incidents.json', () => {
  const facts = hasFacts ? loadFacts() : [];

  it('keeps every incident id, in fact-sheet order', () => {
    expect(features.map((f) => f.properties.id)).toEqual(facts.map((r) => r.id));
    expect(facts).toHaveLength(57);
  });

  it('keeps every claim row: claimant, side, group, date, source URL and the number it states', () => {
    let rows = 0;
    for (const r of facts) {
      const f = feature(r.id);
      expect(f.properties.claims, r.id).toHaveLength(r.casualty_claims.length);
      r.casualty_claims.forEach((raw, i) => {
        const c = f.properties.claims[i];
        const where = `${r.id}#${i}`;
        if (c === undefined) throw new Error(`${where} missing`);
        expect([c.claimant, c.side, c.group, c.date, c.breakdown, c.note, c.qualifierWording], where).toEqual([
          raw.claimant, raw.side, raw.group, raw.date_of_claim, raw.breakdown, raw.note, raw.qualifier,
        ]);
        expect(f.properties.sources.find((s) => s.ref === c.sourceRef)?.url, where).toBe(raw.source_url);
        if (CLAIM_MAPPING[where]?.denial === true) {
          // A denial is a stance, not a figure: the row stays without figures.
          expect([c.killed, c.injured, f.properties.stances[c.side]], where).toEqual([null, null, 'denied']);
        } else {
          expect(states(c.killed, raw.killed), `${where} killed ${raw.killed}`).toBe(true);
          expect(states(c.injured, raw.injured), `${where} injured ${raw.injured}`).toBe(true);
        }
        rows++;
      });
    }
    expect(rows).toBe(149);
  });

  it('keeps every source: URL, publisher, title and date', () => {
    let n = 0;
    for (const r of facts) {
      const got = feature(r.id).properties.sources.map((s) => [s.url, s.publisher, s.title, s.date]);
      expect(got, r.id).toEqual(r.sources.map((s) => [s.url, s.publisher, s.title, s.date]));
      n += got.length;
    }
    expect(n).toBe(191);
  });

  it('keeps coordinates, parents and wording, and shows memory-written points as approximate and unverified', () => {
    for (const r of facts) {
      const p = feature(r.id).properties;
      expect(feature(r.id).geometry.coordinates, r.id).toEqual([r.lon, r.lat]);
      expect([p.parentId, p.locationWording, p.coordinateBasis, p.verificationWording, p.typeWording], r.id).toEqual([
        r.parent_id, r.coord_precision, r.coord_basis, r.verification, r.incident_type,
      ]);
      if (r.coord_basis.includes('from memory')) expect([p.locationPrecision, p.coordinatesVerified], r.id).toEqual(['approximate', false]);
      if (/^\d{4}-\d{2}$/.test(r.start_date)) expect(p.datePrecision, r.id).toBe('month');
    }
  });

  it('regenerates the committed file byte for byte', () => {
    expect(`${JSON.stringify(convertFacts(facts), null, 2)}\n`).toBe(geoText);
  });

  it('refuses a claim row whose qualifier has no reviewed reading', () => {
    const changed = loadFacts();
    const row = changed.find((r) => r.id === 'zhob-garrison-2023-07-12')?.casualty_claims[0];
    if (row === undefined) throw new Error('fixture row missing');
    row.qualifier = 'roughly';
    expect(() => convertFacts(changed)).toThrow(new MappingError('zhob-garrison-2023-07-12#0: qualifier "roughly" has no reviewed reading in claimMapping.ts'));
  });

  it('refuses a changed attribution wording', () => {
    const changed = loadFacts();
    const inc = changed.find((r) => r.id === 'karachi-police-office-2023-02-17');
    if (inc === undefined) throw new Error('fixture incident missing');
    inc.blamed_by_pakistan = 'ISKP';
    inc.perpetrator_claimed_by = 'ISKP';
    expect(() => convertFacts(changed)).toThrow(/karachi-police-office-2023-02-17: claimedBy: wording "TTP" is not in the fact sheet's text/);
  });

  it('refuses a row whose casualty group has no reviewed category set', () => {
    const changed = loadFacts();
    const row = changed.find((r) => r.id === 'zhob-garrison-2023-07-12')?.casualty_claims[2];
    if (row === undefined) throw new Error('fixture row missing');
    row.group = 'soldiers and passers-by';
    expect(() => convertFacts(changed)).toThrow(new MappingError('zhob-garrison-2023-07-12#2: no category mapping for group "soldiers and passers-by" (groupMapping.ts)'));
  });

  it('refuses a row whose claimant has no reviewed record kind', () => {
    const changed = loadFacts();
    const row = changed.find((r) => r.id === 'zhob-garrison-2023-07-12')?.casualty_claims[2];
    if (row === undefined) throw new Error('fixture row missing');
    row.claimant = 'A new spokesman';
    expect(() => convertFacts(changed)).toThrow(new MappingError('zhob-garrison-2023-07-12#2: no record kind for claimant "A new spokesman" (recordMapping.ts)'));
  });

  it('refuses a superseded mark whose evidence is no longer in the sheet', () => {
    const changed = loadFacts();
    const row = changed.find((r) => r.id === 'daraban-attack-2023-12-12')?.casualty_claims[2];
    if (row === undefined) throw new Error('fixture row missing');
    row.note = 'Count.';
    expect(() => convertFacts(changed)).toThrow(/daraban-attack-2023-12-12#2: mark: wording "Early count." is not in the fact sheet's text/);
  });

  it('refuses an incident with no table entry', () => {
    const changed = loadFacts();
    const first = changed[0];
    if (first === undefined) throw new Error('no facts');
    changed.push({ ...first, id: 'new-incident-2026-01-01' });
    expect(() => convertFacts(changed)).toThrow(new MappingError('new-incident-2026-01-01: no entry in incidentMapping.ts'));
  });

  it('refuses an unreviewed row of 0 killed and 0 injured (a possible denial)', () => {
    const changed = loadFacts();
    const row = changed.find((r) => r.id === 'zhob-garrison-2023-07-12')?.casualty_claims[5];
    if (row === undefined) throw new Error('fixture row missing');
    [row.killed, row.injured] = [0, 0];
    expect(() => convertFacts(changed)).toThrow(/zhob-garrison-2023-07-12#5: 0 killed and 0 injured/);
  });
});
