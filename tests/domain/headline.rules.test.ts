import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../src/domain/dataset.ts';
import { formatHeadline, headline } from '../../src/domain/headline.ts';
import type { Claim, Figure, Incident } from '../../src/domain/types.ts';

// Small factories: one behaviour per test, no shared fixtures.
const fig = (n: number | null, max: number | null = null, qualifier: Figure['qualifier'] = null): Figure => ({ n, max, qualifier });

function claim(over: Partial<Claim>): Claim {
  return {
    side: 'PAK',
    claimant: 'ISPR',
    claimantType: 'military',
    group: 'Pakistani security forces',
    killed: null,
    injured: null,
    qualifierWording: null,
    breakdown: null,
    date: '2025-01-01',
    sourceRef: 'src',
    aggregate: false,
    note: null,
    ...over,
  };
}

function incident(over: Partial<Incident>): Incident {
  return {
    id: 'x',
    title: 'X',
    start: '2025-01-01',
    end: null,
    datePrecision: 'day',
    dateWording: null,
    place: 'P',
    province: 'P',
    district: 'D',
    country: 'PAK',
    locationPrecision: 'town',
    uncertaintyKm: 3,
    locationWording: 'town',
    coordinateBasis: 'b',
    coordinateNote: null,
    coordinatesVerified: true,
    secondaryLocations: [],
    type: 'armed-assault',
    typeWording: 'armed assault',
    targets: [],
    parentId: null,
    claimedBy: null,
    blamedByPAK: null,
    blamedByAFG: null,
    claims: [],
    stances: {},
    verification: 'verified',
    verificationWording: 'verified',
    notes: null,
    sources: [{ ref: 'src', publisher: 'P', title: 'T', date: null, url: 'https://example.org/' }],
    lon: 70,
    lat: 33,
    ...over,
  };
}

const one = (i: Incident) => makeDataset([i]).byId;

describe('headline rule', () => {
  it('takes the statement with the latest claim date', () => {
    const i = incident({
      claims: [
        claim({ claimant: 'A', date: '2025-01-03', killed: fig(5) }),
        claim({ claimant: 'B', date: '2025-01-02', killed: fig(50) }),
      ],
    });
    expect(headline(i, 'PAK', one(i))).toMatchObject({ kind: 'figures', claimant: 'A', killed: fig(5) });
  });

  it('counts an unknown claim date as oldest', () => {
    const i = incident({
      claims: [
        claim({ claimant: 'Wikipedia summary', date: null, killed: fig(99) }),
        claim({ claimant: 'Police', date: '2020-01-01', killed: fig(3) }),
      ],
    });
    expect(headline(i, 'PAK', one(i))).toMatchObject({ claimant: 'Police', killed: fig(3) });
  });

  it('breaks a same-date tie by the larger killed figure, whatever the data order', () => {
    const a = claim({ claimant: 'A', killed: fig(13), injured: fig(29) });
    const b = claim({ claimant: 'B', killed: fig(16, null, 'at least') });
    for (const claims of [[a, b], [b, a]]) {
      const i = incident({ claims });
      expect(headline(i, 'PAK', one(i))).toMatchObject({ claimant: 'B', killed: fig(16, null, 'at least') });
    }
  });

  it('leaves out aggregate rows even when they are the latest', () => {
    const i = incident({
      claims: [
        claim({ side: 'INDEPENDENT', claimant: 'UNAMA', date: '2026-01', killed: fig(47), aggregate: true }),
        claim({ side: 'INDEPENDENT', claimant: 'AP', date: '2025-01-02', killed: fig(7) }),
      ],
    });
    expect(headline(i, 'INDEPENDENT', one(i))).toMatchObject({ claimant: 'AP', killed: fig(7) });
  });

  it('gives no claim when the only rows are aggregates', () => {
    const i = incident({ claims: [claim({ side: 'INDEPENDENT', killed: fig(47), aggregate: true })] });
    expect(headline(i, 'INDEPENDENT', one(i))).toEqual({ kind: 'no-claim', acknowledged: false });
  });

  it('leaves out rows with no figure at all, even when they are the latest', () => {
    const i = incident({
      claims: [
        claim({ claimant: 'Officials', date: '2025-02-01' }),
        claim({ claimant: 'ISPR', date: '2025-01-01', killed: fig(4) }),
      ],
    });
    expect(headline(i, 'PAK', one(i))).toMatchObject({ claimant: 'ISPR', killed: fig(4) });
  });

  it('sums killed and injured across the groups of one statement and keeps the split', () => {
    const i = incident({
      claims: [
        claim({ group: 'soldiers', killed: fig(5), sourceRef: 's1' }),
        claim({ group: 'civilians', killed: fig(13), injured: fig(32), sourceRef: 's1' }),
        claim({ group: 'attackers', killed: fig(16), sourceRef: 's1' }),
      ],
    });
    const h = headline(i, 'PAK', one(i));
    expect(h).toMatchObject({ killed: fig(34), injured: fig(32) });
    if (h.kind !== 'figures') throw new Error('not figures');
    expect(h.groups).toEqual([
      { group: 'soldiers', killed: fig(5), injured: null, sourceRef: 's1' },
      { group: 'civilians', killed: fig(13), injured: fig(32), sourceRef: 's1' },
      { group: 'attackers', killed: fig(16), injured: null, sourceRef: 's1' },
    ]);
  });

  it('keeps a range a range in the sum', () => {
    const i = incident({ claims: [claim({ killed: fig(9), injured: fig(16, 18) }), claim({ group: 'g2', killed: fig(58), injured: fig(30) })] });
    expect(headline(i, 'PAK', one(i))).toMatchObject({ killed: fig(67), injured: fig(46, 48) });
  });

  it('does not merge rows of the same claimant on different dates', () => {
    const i = incident({ claims: [claim({ date: '2025-01-01', killed: fig(4) }), claim({ date: '2025-01-02', killed: fig(9) })] });
    expect(headline(i, 'PAK', one(i))).toMatchObject({ killed: fig(9), date: '2025-01-02' });
  });

  it('only reads the requested side', () => {
    const i = incident({ claims: [claim({ side: 'AFG', killed: fig(58) })] });
    expect(headline(i, 'PAK', one(i))).toEqual({ kind: 'no-claim', acknowledged: false });
  });

  it('reads a denial stance as denied when the side gave no figure', () => {
    const i = incident({ stances: { PAK: 'denied' }, claims: [claim({ note: 'Denied any strike' })] });
    expect(headline(i, 'PAK', one(i))).toEqual({ kind: 'denied' });
  });

  it('reads an acknowledgement without figures as no claim, acknowledged', () => {
    const i = incident({ stances: { AFG: 'acknowledged' } });
    const h = headline(i, 'AFG', one(i));
    expect(h).toEqual({ kind: 'no-claim', acknowledged: true });
    expect(formatHeadline(h)).toBe('acknowledged, no figures');
  });

  it('shows the parent headline on a sector marker, not its own', () => {
    const parent = incident({ id: 'p', claims: [claim({ killed: fig(23) })] });
    const marker = incident({ id: 'm', parentId: 'p', claims: [claim({ killed: fig(1) })] });
    const byId = makeDataset([parent, marker]).byId;
    expect(headline(marker, 'PAK', byId)).toMatchObject({ killed: fig(23) });
  });

  it('falls back to the marker itself when its parent is not loaded', () => {
    const marker = incident({ id: 'm', parentId: 'gone', claims: [claim({ killed: fig(1) })] });
    expect(headline(marker, 'PAK', one(marker))).toMatchObject({ killed: fig(1) });
  });

  it('formats the headline text', () => {
    expect(formatHeadline({ kind: 'figures', killed: fig(223, null, 'over'), injured: null, claimant: 'ISPR', date: null, groups: [] })).toBe('over 223 killed');
    expect(formatHeadline({ kind: 'figures', killed: null, injured: fig(11), claimant: 'LRH', date: null, groups: [] })).toBe('11 injured');
    expect(formatHeadline({ kind: 'no-claim', acknowledged: false })).toBe('no claim');
  });
});
