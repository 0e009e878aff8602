import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIncidentCollection } from '../../src/data/parseIncidents.ts';
import { formatHeadline, headline } from '../../src/domain/headline.ts';
import type { Incident } from '../../src/domain/types.ts';

// The expected figures of issue 2, computed from the committed data file.
const file = new URL('../../geo/incidents.geojson', import.meta.url);
const { dataset, errors } = parseIncidentCollection(JSON.parse(readFileSync(file, 'utf8')), 'geo/incidents.geojson');
const get = (id: string): Incident => {
  const i = dataset.byId.get(id);
  if (i === undefined) throw new Error(`missing incident ${id}`);
  return i;
};

describe('headline on geo/incidents.geojson', () => {
  it('loads the data file without errors', () => {
    expect(errors).toEqual([]);
    expect(dataset.incidents).toHaveLength(57);
  });

  it('11–12 Oct 2025 clashes: PAK over 223 killed, 23 soldiers + over 200 Afghan forces and militants (ISPR, 12 Oct)', () => {
    const h = headline(get('border-clashes-2025-10-11'), 'PAK', dataset.byId);
    expect(h).toMatchObject({ kind: 'figures', claimant: 'ISPR', date: '2025-10-12' });
    if (h.kind !== 'figures') throw new Error('not figures');
    expect(h.killed).toEqual({ n: 223, max: null, qualifier: 'over' });
    expect(h.groups.map((g) => g.killed)).toEqual([
      { n: 23, max: null, qualifier: null },
      { n: 200, max: null, qualifier: 'over' },
    ]);
    expect(h.groups.map((g) => g.group)).toEqual(['Pakistani security forces', 'Afghan forces and/or militants (as claimed by Pakistan)']);
    expect(formatHeadline(h)).toBe('over 223 killed, 29 injured');
  });

  it('11–12 Oct 2025 clashes: AFG 67 killed, 58 Pakistani soldiers + 9 Afghan (Mujahid, 12 Oct), injured a range', () => {
    const h = headline(get('border-clashes-2025-10-11'), 'AFG', dataset.byId);
    if (h.kind !== 'figures') throw new Error(`expected figures, got ${h.kind}`);
    expect(h.claimant).toBe('Taliban spokesman Zabihullah Mujahid');
    expect(h.killed).toEqual({ n: 67, max: null, qualifier: null });
    expect(h.groups.map((g) => g.killed?.n)).toEqual([58, 9]);
    expect(h.injured).toEqual({ n: 46, max: 48, qualifier: null });
  });

  it('11–12 Oct 2025 clashes: INDEPENDENT no claim (UNAMA 10–17 Oct figure is an aggregate)', () => {
    expect(headline(get('border-clashes-2025-10-11'), 'INDEPENDENT', dataset.byId)).toEqual({ kind: 'no-claim', acknowledged: false });
  });

  it.each(['border-clash-2025-10-12-angoor-adda', 'border-clash-2025-10-12-bajaur', 'border-clash-2025-10-12-kurram'])(
    'sector marker %s shows its parent headline for every side',
    (id) => {
      const parent = get('border-clashes-2025-10-11');
      for (const side of ['PAK', 'AFG', 'INDEPENDENT'] as const) {
        expect(headline(get(id), side, dataset.byId)).toEqual(headline(parent, side, dataset.byId));
      }
    },
  );

  it('Mir Ali convoy 28 Jun 2025: PAK 13 killed, 16 injured (local officials, 29 Jun)', () => {
    const h = headline(get('mir-ali-convoy-bombing-2025-06-28'), 'PAK', dataset.byId);
    expect(h).toMatchObject({
      kind: 'figures',
      claimant: 'Local officials (Dawn)',
      date: '2025-06-29',
      killed: { n: 13, max: null, qualifier: null },
      injured: { n: 16, max: null, qualifier: null },
    });
  });

  it('Mir Ali convoy 28 Jun 2025: INDEPENDENT at least 16 killed (AFP later count wins the same-day tie)', () => {
    const h = headline(get('mir-ali-convoy-bombing-2025-06-28'), 'INDEPENDENT', dataset.byId);
    expect(h).toMatchObject({ kind: 'figures', claimant: 'AFP (later count, via NewsBytes)', killed: { n: 16, max: null, qualifier: 'at least' }, injured: null });
    expect(formatHeadline(h)).toBe('at least 16 killed');
  });

  it('Mir Ali convoy 28 Jun 2025: AFG no claim', () => {
    expect(headline(get('mir-ali-convoy-bombing-2025-06-28'), 'AFG', dataset.byId)).toEqual({ kind: 'no-claim', acknowledged: false });
  });

  it('Khost 24–25 Nov 2025: PAK denied (a denial, not 0 killed)', () => {
    const h = headline(get('khost-kunar-paktika-strikes-2025-11-24'), 'PAK', dataset.byId);
    expect(h).toEqual({ kind: 'denied' });
    expect(formatHeadline(h)).toBe('denied');
  });

  it('Khost 24–25 Nov 2025: AFG 10 killed, 4 injured', () => {
    const h = headline(get('khost-kunar-paktika-strikes-2025-11-24'), 'AFG', dataset.byId);
    expect(h).toMatchObject({ kind: 'figures', killed: { n: 10, max: null, qualifier: null }, injured: { n: 4, max: null, qualifier: null } });
    expect(formatHeadline(h)).toBe('10 killed, 4 injured');
  });

  it('Tirah 22 Sep 2025: PAK denied', () => {
    expect(headline(get('tirah-matre-dara-strike-2025-09-22'), 'PAK', dataset.byId)).toEqual({ kind: 'denied' });
  });
});
