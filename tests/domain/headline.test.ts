import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIncidentCollection } from '../../src/data/parseIncidents.ts';
import { incidentById } from '../../src/domain/dataset.ts';
import { compareCategories } from '../../src/domain/compare.ts';
import { headline } from '../../src/domain/headline.ts';
import { sideStance } from '../../src/domain/stance.ts';
import type { Incident } from '../../src/domain/types.ts';
import type { Count, Side } from '../../src/domain/vocab.ts';
import { headlineText } from '../../src/ui/format.ts';

// The expected figures of issue 7, computed from the committed data file.
const file = new URL('../../geo/incidents.geojson', import.meta.url);
const { dataset, errors } = parseIncidentCollection(JSON.parse(readFileSync(file, 'utf8')), 'geo/incidents.geojson');
const get = (id: string): Incident => {
  const i = incidentById(dataset, id);
  if (i === null) throw new Error(`missing incident ${id}`);
  return i;
};
const text = (id: string, side: Side, count: Count = 'ALL') => headlineText(headline(get(id), side, count));
const h = (id: string, side: Side, count: Count = 'ALL') => headline(get(id), side, count);

describe('headlines on geo/incidents.geojson', () => {
  it('loads the data file without errors', () => {
    expect(errors).toEqual([]);
    expect(dataset.incidents).toHaveLength(57);
  });

  it('Orakzai ambush: PAK 30 with the split 11 / 19; 11 under Pakistani security forces', () => {
    expect(h('orakzai-ambush-2025-10-08', 'PAK')).toMatchObject({ kind: 'figures', killed: { n: 30 } });
    expect(text('orakzai-ambush-2025-10-08', 'PAK')).toBe('30 killed: 11 Pakistani security forces, 19 militants and attackers (claimed kill)');
    expect(h('orakzai-ambush-2025-10-08', 'PAK', 'PAK_SECURITY')).toMatchObject({ killed: { n: 11, max: null, qualifier: null } });
  });

  it('11–12 Oct 2025 under Pakistani security forces: PAK 23, AFG 58 (a claimed kill), INDEPENDENT no claim', () => {
    expect(h('border-clashes-2025-10-11', 'PAK', 'PAK_SECURITY')).toMatchObject({ killed: { n: 23 }, claimedKill: false, claimant: 'ISPR' });
    expect(h('border-clashes-2025-10-11', 'AFG', 'PAK_SECURITY')).toMatchObject({ killed: { n: 58 }, claimedKill: true });
    expect(text('border-clashes-2025-10-11', 'AFG', 'PAK_SECURITY')).toBe('58 killed, 30 injured (claimed kill)');
    expect(text('border-clashes-2025-10-11', 'INDEPENDENT', 'PAK_SECURITY')).toBe('no claim');
    const gap = compareCategories(get('border-clashes-2025-10-11')).find((r) => r.category === 'PAK_SECURITY');
    expect(gap?.bySide.map((s) => s.side)).toEqual(['PAK', 'AFG']);
    expect(gap?.killedGap).toBe(35);
  });

  it('11–12 Oct 2025 All killed: PAK over 223 shown with its split, the claimed kill marked', () => {
    expect(text('border-clashes-2025-10-11', 'PAK')).toBe(
      'over 223 killed: 23 Pakistani security forces, over 200 Afghan forces and militants/attackers (not broken down, claimed kill), 29 injured',
    );
  });

  it('Mir Ali convoy: PAK 13 killed, 16 injured, anonymous (local officials, 29 Jun); ISPR 13 under security forces; INDEPENDENT at least 16; AFG no claim', () => {
    expect(h('mir-ali-convoy-bombing-2025-06-28', 'PAK')).toMatchObject({
      claimant: 'Local officials (Dawn)',
      date: '2025-06-29',
      recordKind: 'anonymous',
      killed: { n: 13, max: null, qualifier: null },
      injured: { n: 16, max: null, qualifier: null },
    });
    expect(text('mir-ali-convoy-bombing-2025-06-28', 'PAK')).toContain('(anonymous)');
    expect(h('mir-ali-convoy-bombing-2025-06-28', 'PAK', 'PAK_SECURITY')).toMatchObject({ claimant: 'ISPR', killed: { n: 13 }, recordKind: 'on-record' });
    expect(text('mir-ali-convoy-bombing-2025-06-28', 'INDEPENDENT')).toBe('at least 16 killed');
    expect(text('mir-ali-convoy-bombing-2025-06-28', 'AFG')).toBe('no claim');
  });

  it('Khost 24–25 Nov 2025: PAK denied; AFG 10 killed, 4 injured', () => {
    expect(text('khost-kunar-paktika-strikes-2025-11-24', 'PAK')).toBe('denied');
    expect(sideStance(get('khost-kunar-paktika-strikes-2025-11-24'), 'PAK')).toBe('denied');
    expect(text('khost-kunar-paktika-strikes-2025-11-24', 'AFG')).toBe('10 killed, 4 injured');
  });

  it('Urgun 17 Oct 2025: PAK only anonymous officials; AFG 10 killed, 12 injured (the hospital official beats the anonymous "at least 17")', () => {
    expect(sideStance(get('paktika-urgun-strikes-2025-10-17'), 'PAK')).toBe('anonymous');
    expect(text('paktika-urgun-strikes-2025-10-17', 'PAK')).toBe('only anonymous officials, no figures');
    expect(h('paktika-urgun-strikes-2025-10-17', 'AFG')).toMatchObject({ claimant: 'Paktika provincial hospital official (AFP)', recordKind: 'on-record' });
    expect(text('paktika-urgun-strikes-2025-10-17', 'AFG')).toBe('10 killed, 12 injured');
  });

  it.each(['kabul-drone-strikes-2025-10-15', 'khost-kunar-airstrikes-2022-04-16'])('%s: PAK only anonymous officials, no figures (never acknowledged)', (id) => {
    expect(sideStance(get(id), 'PAK')).toBe('anonymous');
    expect(text(id, 'PAK')).toBe('only anonymous officials, no figures');
  });

  it('Karachi police office, Independent: 7 with the split 4 (not broken down) / 3 attackers; the early Geo count is superseded', () => {
    expect(h('karachi-police-office-2023-02-17', 'INDEPENDENT')).toMatchObject({ claimant: 'Wikipedia summary', killed: { n: 7 } });
    expect(text('karachi-police-office-2023-02-17', 'INDEPENDENT')).toBe(
      '7 killed: 4 Pakistani security forces and civilians (not broken down), 3 militants and attackers, 14 injured',
    );
    expect(get('karachi-police-office-2023-02-17').claims.filter((c) => c.superseded).map((c) => c.claimant)).toEqual(['Geo News (early report)', 'Geo News (early report)']);
  });

  it('Khost/Kunar 2022, AFG: 47 killed, 23 injured; "44, Khost only" is labelled partial', () => {
    expect(h('khost-kunar-airstrikes-2022-04-16', 'AFG')).toMatchObject({ killed: { n: 47 }, injured: { n: 23 }, partial: null });
    expect(get('khost-kunar-airstrikes-2022-04-16').claims.find((c) => c.killed?.n === 44)?.partial).toBe('Khost only');
  });

  it('Barmal 24 Dec 2024: Pakistan denies civilian harm under Civilians while its militant figure stands', () => {
    expect(text('barmal-airstrikes-2024-12-24', 'PAK', 'CIVILIANS')).toBe('denies harm to civilians');
    expect(h('barmal-airstrikes-2024-12-24', 'PAK', 'MILITANTS')).toMatchObject({ killed: { n: 20, qualifier: 'at least' }, claimedKill: true, recordKind: 'anonymous' });
  });

  it.each(['border-clash-2025-10-12-angoor-adda', 'border-clash-2025-10-12-bajaur', 'border-clash-2025-10-12-kurram'])(
    'sector marker %s has no figures of its own for any side',
    (id) => {
      for (const side of ['PAK', 'AFG', 'INDEPENDENT'] as const) expect(h(id, side)).toEqual({ kind: 'sector' });
    },
  );
});

describe('every fact-sheet row is read', () => {
  const rows = dataset.incidents.flatMap((i) => i.claims.map((c) => ({ id: i.id, c })));

  it('all 149 rows have a record kind and a category set (empty only for "none" rows)', () => {
    expect(rows).toHaveLength(149);
    for (const { id, c } of rows) {
      expect(['on-record', 'anonymous', 'publisher'], `${id} ${c.claimant}`).toContain(c.recordKind);
      expect(c.categories.length === 0, `${id} ${c.claimant}: ${c.group}`).toBe(c.group.startsWith('none'));
    }
  });

  it('nothing anonymous is ever acknowledged', () => {
    for (const i of dataset.incidents) {
      for (const side of ['PAK', 'AFG', 'MILITANT', 'INDEPENDENT'] as const) {
        const own = i.claims.filter((c) => c.side === side && !c.aggregate);
        if (own.length > 0 && own.every((c) => c.recordKind === 'anonymous')) expect(sideStance(i, side), `${i.id} ${side}`).not.toMatch(/on-record|^acknowledged$/);
      }
    }
  });

  it('the superseded and partial marks are exactly the reviewed ones', () => {
    const marked = rows.filter(({ c }) => c.superseded || c.partial !== null).map(({ id, c }) => `${id} ${c.claimant} ${c.superseded ? 'superseded' : `partial: ${c.partial}`}`);
    expect(marked).toEqual([
      'khost-kunar-airstrikes-2022-04-16 Khost provincial health department source (Sputnik) partial: Khost only',
      'peshawar-police-lines-mosque-2023-01-30 KP Health Department / LRH superseded',
      'karachi-police-office-2023-02-17 Geo News (early report) superseded',
      'karachi-police-office-2023-02-17 Geo News (early report) superseded',
      'zhob-garrison-2023-07-12 ISPR (initial) superseded',
      'zhob-garrison-2023-07-12 ISPR (initial) superseded',
      'zhob-garrison-2023-07-12 Deputy Commissioner Zhob partial: civilians only',
      'daraban-attack-2023-12-12 District Emergency Officer / Rescue 1122 (early) superseded',
      'barmal-airstrikes-2024-12-24 Khaama Press (local sources, early) superseded',
      'barmal-airstrikes-2024-12-24 UNICEF (Sanjay Wijesekera) partial: children only',
      'mir-ali-convoy-bombing-2025-06-28 AFP (government official) superseded',
    ]);
  });

  it('Karachi rows read in a source whose link is known not to lead to the cited text say so', () => {
    const karachi = get('karachi-police-office-2023-02-17');
    const bad = karachi.sources.filter((s) => s.linkCheck !== null);
    expect(bad.map((s) => s.publisher)).toEqual(['Republica Eon (AFP copy)']);
    expect(karachi.claims.filter((c) => bad.some((s) => s.ref === c.sourceRef)).map((c) => c.claimant)).toEqual([
      'Sindh government spokesman Murtaza Wahab (to AFP)',
      'Sindh government spokesman Murtaza Wahab (to AFP)',
    ]);
  });
});
