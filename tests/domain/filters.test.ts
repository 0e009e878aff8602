import { describe, expect, it } from 'vitest';
import { firstDay } from '../../src/domain/civilDate.ts';
import { attributedActors, primaryActor, type FilterQuery } from '../../src/domain/filters.ts';
import { visibleIncidents } from '../../src/domain/visible.ts';
import { blame, incident } from './logicFactories.ts';

const all = { start: firstDay('2020-01-01'), end: firstDay('2030-12-31') };
const q = (over: Partial<FilterQuery> = {}): FilterQuery => ({ claimView: 'PAK', hiddenActors: [], hiddenTypes: [], hiddenCountries: [], ...over });
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('attribution under each claim view', () => {
  const disputed = incident({ id: 'disputed', blamedByPAK: blame('TTP'), blamedByAFG: blame('PAK_FORCES') });

  it('under PAK, an incident Pakistan blames on TTP is hidden when TTP is unchecked', () => {
    expect(ids(visibleIncidents([disputed], q({ claimView: 'PAK', hiddenActors: ['TTP'] }), all))).toEqual([]);
  });

  it('under AFG, the same incident stays visible with TTP unchecked (Afghanistan blames Pakistani forces)', () => {
    expect(ids(visibleIncidents([disputed], q({ claimView: 'AFG', hiddenActors: ['TTP'] }), all))).toEqual(['disputed']);
  });

  it('under AFG it is hidden when Pakistani forces are unchecked', () => {
    expect(ids(visibleIncidents([disputed], q({ claimView: 'AFG', hiddenActors: ['PAK_FORCES'] }), all))).toEqual([]);
  });

  it('under INDEPENDENT and COMPARE it needs both TTP and Pakistani forces unchecked to hide', () => {
    for (const claimView of ['INDEPENDENT', 'COMPARE'] as const) {
      expect(ids(visibleIncidents([disputed], q({ claimView, hiddenActors: ['TTP'] }), all))).toEqual(['disputed']);
      expect(ids(visibleIncidents([disputed], q({ claimView, hiddenActors: ['TTP', 'PAK_FORCES'] }), all))).toEqual([]);
    }
  });

  it('claimed responsibility counts under every view', () => {
    const claimed = incident({ claimedBy: blame('JUA'), blamedByPAK: blame('TTP') });
    expect(attributedActors(claimed, 'PAK')).toEqual(['TTP', 'JUA']);
    expect(attributedActors(claimed, 'AFG')).toEqual(['JUA']);
    expect(attributedActors(claimed, 'COMPARE')).toEqual(['TTP', 'JUA']);
  });

  it('an incident nobody attributes under the view counts as UNKNOWN', () => {
    const onlyAfg = incident({ id: 'u', blamedByAFG: blame('ISKP') });
    expect(attributedActors(onlyAfg, 'PAK')).toEqual(['UNKNOWN']);
    expect(ids(visibleIncidents([onlyAfg], q({ hiddenActors: ['UNKNOWN'] }), all))).toEqual([]);
    expect(ids(visibleIncidents([onlyAfg], q({ claimView: 'AFG', hiddenActors: ['UNKNOWN'] }), all))).toEqual(['u']);
  });

  it('an incident attributed to a checked and an unchecked actor stays visible', () => {
    const two = incident({ id: 'two', blamedByPAK: blame('TTP', 'AFG_FORCES') });
    expect(ids(visibleIncidents([two], q({ hiddenActors: ['TTP'] }), all))).toEqual(['two']);
  });

  it('the primary actor prefers who claimed responsibility, then ACTORS order', () => {
    expect(primaryActor(incident({ claimedBy: blame('BLA'), blamedByPAK: blame('TTP') }), 'PAK')).toBe('BLA');
    expect(primaryActor(incident({ blamedByPAK: blame('PAK_FORCES', 'HGB') }), 'PAK')).toBe('HGB');
    expect(primaryActor(incident({}), 'AFG')).toBe('UNKNOWN');
  });
});

describe('type and country filters', () => {
  const a = incident({ id: 'a', type: 'airstrike', country: 'AFG' });
  const b = incident({ id: 'b', type: 'suicide-bombing', country: 'PAK' });
  it('hides hidden types', () => {
    expect(ids(visibleIncidents([a, b], q({ hiddenTypes: ['airstrike'] }), all))).toEqual(['b']);
  });
  it('hides hidden countries', () => {
    expect(ids(visibleIncidents([a, b], q({ hiddenCountries: ['PAK'] }), all))).toEqual(['a']);
  });
});

describe('time window', () => {
  const june = incident({ id: 'june', start: '2022-06', datePrecision: 'month' });
  const span = incident({ id: 'span', start: '2025-10-11', end: '2025-10-12' });
  const w = (s: string, e: string) => ({ start: firstDay(s), end: firstDay(e) });

  it('a month-precision date overlaps a window touching the last day of its month', () => {
    expect(ids(visibleIncidents([june], q(), w('2022-06-30', '2022-07-15')))).toEqual(['june']);
  });
  it('a month-precision date does not overlap a window starting the day after its month', () => {
    expect(ids(visibleIncidents([june], q(), w('2022-07-01', '2022-07-15')))).toEqual([]);
  });
  it('a month-precision date overlaps a window ending on the first of its month', () => {
    expect(ids(visibleIncidents([june], q(), w('2022-05-01', '2022-06-01')))).toEqual(['june']);
  });
  it('windows are inclusive at both ends for a multi-day span', () => {
    expect(ids(visibleIncidents([span], q(), w('2025-10-12', '2025-10-20')))).toEqual(['span']);
    expect(ids(visibleIncidents([span], q(), w('2025-10-01', '2025-10-11')))).toEqual(['span']);
    expect(ids(visibleIncidents([span], q(), w('2025-10-13', '2025-10-20')))).toEqual([]);
  });
});

describe('what is counted', () => {
  it('talks/ceasefire events and sector markers are never visible incidents', () => {
    const talks = incident({ id: 'talks', type: 'talks-ceasefire' });
    const sector = incident({ id: 'sector', parentId: 'parent' });
    const parent = incident({ id: 'parent' });
    expect(ids(visibleIncidents([talks, sector, parent], q(), all))).toEqual(['parent']);
  });
});
