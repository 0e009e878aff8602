import { describe, expect, it } from 'vitest';
import { headline } from '../../src/domain/headline.ts';
import { sideStance } from '../../src/domain/stance.ts';
import type { Figure } from '../../src/domain/types.ts';
import { headlineText } from '../../src/ui/format.ts';
import { claim, incident } from './logicFactories.ts';

// One behaviour per test, each incident built here from the shared factories.
const fig = (n: number | null, max: number | null = null, qualifier: Figure['qualifier'] = null): Figure => ({ n, max, qualifier });
const killedOf = (h: ReturnType<typeof headline>) => (h.kind === 'figures' ? h.killed : undefined);

describe('statements and ties', () => {
  it('takes the statement with the latest claim date', () => {
    const i = incident({ claims: [claim({ claimant: 'A', date: '2025-01-02', killed: fig(5) }), claim({ claimant: 'B', date: '2025-01-01', killed: fig(9) })] });
    expect(headline(i, 'PAK')).toMatchObject({ kind: 'figures', claimant: 'A', killed: fig(5) });
  });

  it('counts an undated statement as oldest', () => {
    const i = incident({ claims: [claim({ claimant: 'Undated', date: null, killed: fig(50) }), claim({ claimant: 'Dated', date: '2021-01-01', killed: fig(2) })] });
    expect(headline(i, 'PAK')).toMatchObject({ claimant: 'Dated' });
  });

  it('on the same date, on the record beats anonymous even with a smaller figure', () => {
    const i = incident({
      claims: [
        claim({ claimant: 'Security sources', recordKind: 'anonymous', killed: fig(17, null, 'at least') }),
        claim({ claimant: 'Hospital official', recordKind: 'on-record', killed: fig(10) }),
      ],
    });
    expect(headline(i, 'PAK')).toMatchObject({ claimant: 'Hospital official', recordKind: 'on-record', killed: fig(10) });
  });

  it('on the same date and record, the larger killed figure wins, then fact-sheet order', () => {
    const bigger = incident({ claims: [claim({ claimant: 'A', killed: fig(8) }), claim({ claimant: 'B', killed: fig(10) })] });
    expect(headline(bigger, 'PAK')).toMatchObject({ claimant: 'B' });
    const equal = incident({ claims: [claim({ claimant: 'First', killed: fig(4) }), claim({ claimant: 'Second', killed: fig(4) })] });
    expect(headline(equal, 'PAK')).toMatchObject({ claimant: 'First' });
  });

  it('a superseded row never heads, even when it is the latest', () => {
    const i = incident({ claims: [claim({ claimant: 'Early', date: '2025-02-01', superseded: true, killed: fig(8) }), claim({ claimant: 'Final', date: '2025-01-01', killed: fig(7) })] });
    expect(headline(i, 'PAK')).toMatchObject({ claimant: 'Final', killed: fig(7) });
  });

  it('a complete statement is preferred to a later partial one, which heads only alone', () => {
    const both = incident({ claims: [claim({ claimant: 'Total', date: '2025-01-01', killed: fig(47) }), claim({ claimant: 'Khost', date: '2025-01-02', partial: 'Khost only', killed: fig(44) })] });
    expect(headline(both, 'PAK')).toMatchObject({ claimant: 'Total', partial: null });
    const alone = incident({ claims: [claim({ claimant: 'Khost', partial: 'Khost only', killed: fig(44) })] });
    expect(headline(alone, 'PAK')).toMatchObject({ claimant: 'Khost', partial: 'Khost only' });
    expect(headlineText(headline(alone, 'PAK'))).toBe('44 killed (partial: Khost only)');
  });

  it('leaves out aggregate rows: a side with only aggregates has no claim', () => {
    const i = incident({ claims: [claim({ side: 'INDEPENDENT', aggregate: true, killed: fig(47) })] });
    expect(headline(i, 'INDEPENDENT')).toEqual({ kind: 'no-claim', stance: 'no-statement' });
  });
});

describe('whose dead', () => {
  const split = incident({
    claims: [
      claim({ categories: ['PAK_SECURITY'], killed: fig(11) }),
      claim({ categories: ['MILITANTS'], group: 'attackers/militants', killed: fig(19) }),
    ],
  });

  it('All killed sums the statement and always shows its split', () => {
    expect(killedOf(headline(split, 'PAK'))).toEqual(fig(30));
    expect(headlineText(headline(split, 'PAK'))).toBe('30 killed: 11 Pakistani security forces, 19 militants and attackers (claimed kill)');
  });

  it('one category reads only the rows that give it alone', () => {
    expect(killedOf(headline(split, 'PAK', 'PAK_SECURITY'))).toEqual(fig(11));
    expect(killedOf(headline(split, 'PAK', 'MILITANTS'))).toEqual(fig(19));
  });

  it('a not-broken-down row reads as a range from 0 under one category, never a precise figure', () => {
    const i = incident({ claims: [claim({ categories: ['PAK_SECURITY', 'CIVILIANS'], notBrokenDown: true, killed: fig(24, null, 'at least') })] });
    const h = headline(i, 'PAK', 'CIVILIANS');
    expect(h).toMatchObject({ kind: 'figures', notBrokenDown: true, killed: { n: 0, max: 24, qualifier: 'at least' } });
    expect(headlineText(h)).toBe('0 to at least 24 killed, not broken down');
  });

  it('a precise figure for the category beats a later not-broken-down one', () => {
    const i = incident({
      claims: [
        claim({ claimant: 'ISPR', date: '2025-06-28', categories: ['PAK_SECURITY'], killed: fig(13) }),
        claim({ claimant: 'Local officials', date: '2025-06-29', recordKind: 'anonymous', categories: ['PAK_SECURITY', 'CIVILIANS'], notBrokenDown: true, killed: fig(13) }),
      ],
    });
    expect(headline(i, 'PAK', 'PAK_SECURITY')).toMatchObject({ claimant: 'ISPR', notBrokenDown: false });
    expect(headline(i, 'PAK')).toMatchObject({ claimant: 'Local officials', recordKind: 'anonymous' });
  });

  it('a side that spoke but never of this category reads "no figure for this category", not "no claim"', () => {
    const i = incident({ claims: [claim({ categories: ['PAK_SECURITY'], killed: fig(3) })] });
    expect(headline(i, 'PAK', 'AFG_FORCES')).toEqual({ kind: 'no-figure-for-category' });
    expect(headline(i, 'AFG', 'AFG_FORCES')).toEqual({ kind: 'no-claim', stance: 'no-statement' });
  });

  it('a figure for the adversary\'s dead is a claimed kill; civilians are nobody\'s', () => {
    const i = incident({
      claims: [
        claim({ side: 'AFG', claimant: 'Mujahid', categories: ['PAK_SECURITY'], killed: fig(58) }),
        claim({ side: 'AFG', claimant: 'Mujahid', categories: ['CIVILIANS'], killed: fig(4) }),
      ],
    });
    expect(headline(i, 'AFG', 'PAK_SECURITY')).toMatchObject({ claimedKill: true });
    expect(headline(i, 'AFG', 'CIVILIANS')).toMatchObject({ claimedKill: false });
    expect(headlineText(headline(i, 'AFG', 'PAK_SECURITY'))).toBe('58 killed (claimed kill)');
  });

  it('"none reported" reads "no casualties reported", never a count', () => {
    const i = incident({ claims: [claim({ side: 'AFG', categories: [], noneReported: true, killed: null, group: 'none reported' })] });
    expect(headline(i, 'AFG')).toMatchObject({ kind: 'none-reported' });
    expect(headlineText(headline(i, 'AFG'))).toBe('no casualties reported');
  });
});

describe('on what record, and silence', () => {
  it('a denial reads denied, not silence and not 0', () => {
    const i = incident({ stances: { PAK: 'denied' }, claims: [claim({ categories: ['CIVILIANS'], killed: null, injured: null })] });
    expect(headline(i, 'PAK')).toEqual({ kind: 'denied', category: null });
    expect(sideStance(i, 'PAK')).toBe('denied');
  });

  it('a denial of one category reads under that category only', () => {
    const i = incident({ claims: [claim({ recordKind: 'anonymous', categories: ['MILITANTS'], killed: fig(20, null, 'at least'), denies: ['CIVILIANS'] })] });
    expect(headline(i, 'PAK', 'CIVILIANS')).toEqual({ kind: 'denied', category: 'CIVILIANS' });
    expect(headline(i, 'PAK', 'MILITANTS')).toMatchObject({ kind: 'figures' });
  });

  it('anonymous officials without figures are never "acknowledged"', () => {
    const i = incident({ claims: [claim({ recordKind: 'anonymous', categories: ['MILITANTS'], killed: null })] });
    expect(sideStance(i, 'PAK')).toBe('anonymous');
    expect(headlineText(headline(i, 'PAK'))).toBe('only anonymous officials, no figures');
  });

  it('figures from anonymous officials only are labelled anonymous', () => {
    const i = incident({ claims: [claim({ recordKind: 'anonymous', killed: fig(13), injured: fig(16) })] });
    expect(sideStance(i, 'PAK')).toBe('figures-anonymous');
    expect(headlineText(headline(i, 'PAK'))).toBe('13 killed, 16 injured (anonymous)');
  });

  it('a statement on the record without figures reads acknowledged; no statement reads no claim', () => {
    expect(headlineText(headline(incident({ stances: { MILITANT: 'acknowledged' } }), 'MILITANT'))).toBe('acknowledged on the record without figures');
    expect(headlineText(headline(incident({}), 'AFG'))).toBe('no claim');
  });

  it('a sector marker shows nothing of its own', () => {
    expect(headline(incident({ parentId: 'p', claims: [claim({ killed: fig(5) })] }), 'PAK')).toEqual({ kind: 'sector' });
  });

  it('a range stays a range and a qualifier stays in the sum', () => {
    const i = incident({ claims: [claim({ categories: ['AFG_FORCES'], killed: fig(7, 8) }), claim({ categories: ['MILITANTS'], killed: fig(15, null, 'over') })] });
    expect(killedOf(headline(i, 'PAK'))).toEqual({ n: 22, max: 23, qualifier: 'over' });
  });
});
