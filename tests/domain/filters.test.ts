import { describe, expect, it } from 'vitest';
import { firstDay } from '../../src/domain/civilDate.ts';
import { attributedActors, primaryActor, type FilterQuery } from '../../src/domain/filters.ts';
import { visibleIncidents } from '../../src/domain/visible.ts';
import { blame, held, incident } from './logicFactories.ts';

const all = { start: firstDay('2020-01-01'), end: firstDay('2030-12-31') };
const q = (over: Partial<FilterQuery> = {}): FilterQuery => ({ claimView: 'PAK', hiddenActors: [], hiddenTypes: [], hiddenCountries: [], ...over });
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('attribution under each claim view', () => {
  const disputed = incident({ id: 'disputed', attribution: held({ PAK: blame('TTP'), AFG: blame('PAK_FORCES') }) });

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
    const claimed = incident({ claimedBy: blame('JUA'), attribution: held({ PAK: blame('TTP') }) });
    expect(attributedActors(claimed, 'PAK')).toEqual(['TTP', 'JUA']);
    expect(attributedActors(claimed, 'AFG')).toEqual(['JUA']);
    expect(attributedActors(claimed, 'COMPARE')).toEqual(['TTP', 'JUA']);
  });

  it(`an incident the view's side attributes to nobody falls under "Not stated by this side"`, () => {
    const onlyAfg = incident({ id: 'u', attribution: held({ AFG: blame('ISKP') }) });
    expect(attributedActors(onlyAfg, 'PAK')).toEqual(['NOT_STATED']);
    expect(ids(visibleIncidents([onlyAfg], q({ hiddenActors: ['NOT_STATED'] }), all))).toEqual([]);
    expect(ids(visibleIncidents([onlyAfg], q({ claimView: 'AFG', hiddenActors: ['NOT_STATED'] }), all))).toEqual(['u']);
  });

  it('a side naming an unidentified group ("terrorists") stays under Unknown, not "Not stated"', () => {
    const terrorists = incident({ id: 't', attribution: held({ PAK: { wording: 'Terrorists (ISPR)', actors: ['UNKNOWN'] } }) });
    expect(attributedActors(terrorists, 'PAK')).toEqual(['UNKNOWN']);
  });

  it('whom a strike targeted is never whom a side holds responsible', () => {
    const strike = incident({
      id: 'strike',
      type: 'airstrike',
      country: 'AFG',
      attribution: { PAK: { responsible: null, targets: { wording: 'targeted the TTP chief', targets: ['TTP'] } }, AFG: { responsible: blame('PAK_FORCES'), targets: null } },
    });
    expect(attributedActors(strike, 'PAK')).toEqual(['NOT_STATED']);
    expect(ids(visibleIncidents([strike], q({ claimView: 'PAK', hiddenActors: ['JUA', 'HGB', 'TJP', 'ISKP', 'BLA', 'AFG_FORCES', 'PAK_FORCES', 'UNKNOWN', 'NOT_STATED'] }), all))).toEqual([]);
  });

  it('an incident attributed to a checked and an unchecked actor stays visible', () => {
    const two = incident({ id: 'two', attribution: held({ PAK: blame('TTP', 'AFG_FORCES') }) });
    expect(ids(visibleIncidents([two], q({ hiddenActors: ['TTP'] }), all))).toEqual(['two']);
  });

  it('the primary actor prefers who claimed responsibility, then ACTORS order', () => {
    expect(primaryActor(incident({ claimedBy: blame('BLA'), attribution: held({ PAK: blame('TTP') }) }), 'PAK')).toBe('BLA');
    expect(primaryActor(incident({ attribution: held({ PAK: blame('PAK_FORCES', 'HGB') }) }), 'PAK')).toBe('HGB');
    expect(primaryActor(incident({}), 'AFG')).toBe('NOT_STATED');
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
