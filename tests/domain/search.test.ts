import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIncidentCollection } from '../../src/data/parseIncidents.ts';
import { foldText, matchesText, normaliseQuery, searchMask, searchText } from '../../src/domain/search.ts';
import { blame, claim, incident } from './logicFactories.ts';

const find = (q: string, ...incidents: ReturnType<typeof incident>[]): string[] => {
  const mask = searchMask(incidents.map(searchText), q);
  return incidents.filter((_, k) => mask === null || mask[k] === 1).map((i) => i.id);
};

describe('search', () => {
  const base = incident({ id: 'other', title: 'Clash at a post', place: 'Chaman', district: 'Qila Abdullah', province: 'Balochistan' });

  it.each([
    ['title', incident({ id: 'hit', title: 'Strike on a training camp' }), 'training camp'],
    ['place', incident({ id: 'hit', place: 'Angoor Adda' }), 'angoor adda'],
    ['province', incident({ id: 'hit', province: 'Paktika' }), 'PAKTIKA'],
    ['claimant', incident({ id: 'hit', claims: [claim({ claimant: 'Zabihullah Mujahid' })] }), 'mujahid'],
    ['actor name', incident({ id: 'hit', claimedBy: blame('HGB') }), 'gul bahadur'],
    ['source publisher', incident({ id: 'hit', sources: [{ ref: 's', publisher: 'Dawn', title: 'T', date: null, url: 'https://example.org/', linkCheck: null }] }), 'dawn'],
  ])('matches on the %s', (_field, hit, q) => {
    expect(find(q, base, hit)).toEqual(['hit']);
  });

  it('does not match attribution wording, notes or source titles', () => {
    const i = incident({
      id: 'x',
      attribution: { PAK: { responsible: { wording: 'behind the Bannu attack', actors: ['TTP'] }, targets: null }, AFG: { responsible: null, targets: null } },
      notes: 'Bannu was mentioned',
      sources: [{ ref: 's', publisher: 'P', title: 'After Bannu', date: null, url: 'https://example.org/', linkCheck: null }],
    });
    expect(find('bannu', i)).toEqual([]);
  });

  it('ignores diacritics and case on both sides', () => {
    const i = incident({ id: 'accented', place: 'Mīrān Shāh' });
    expect(find('miran shah', base, i)).toEqual(['accented']);
    expect(find('MÍRAN  SHAH', base, i)).toEqual(['accented']);
    expect(foldText('  Bājaur  ÅREA ')).toBe('bajaur area');
  });

  it('matches a phrase within one field, not across two', () => {
    const i = incident({ id: 'x', title: 'Attack in Mir', place: 'Ali Khel' });
    expect(matchesText(searchText(i), normaliseQuery('mir ali'))).toBe(false);
  });

  it('an empty or blank query searches nothing', () => {
    expect(searchMask([searchText(base)], '   ')).toBeNull();
  });

  it('"Mir Ali" finds exactly the three Mir Ali incidents of the bundled data', () => {
    const text = readFileSync(new URL('../../geo/incidents.geojson', import.meta.url), 'utf8');
    const { dataset } = parseIncidentCollection(JSON.parse(text), 'geo/incidents.geojson');
    const mask = searchMask(dataset.incidents.map(searchText), 'Mir Ali');
    const ids = dataset.incidents.filter((_, k) => mask?.[k] === 1).map((i) => i.id);
    expect(ids.sort()).toEqual(['mir-ali-camp-attack-2025-10-17', 'mir-ali-convoy-bombing-2025-06-28', 'mir-ali-post-attack-2024-03-16']);
  });
});
