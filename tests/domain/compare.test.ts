import { describe, expect, it } from 'vitest';
import { compareGroups } from '../../src/domain/compare.ts';
import type { Figure } from '../../src/domain/types.ts';

const f = (n: number | null, qualifier: Figure['qualifier'] = null): Figure => ({ n, max: null, qualifier });
const g = (group: string, killed: Figure | null) => ({ group, killed, injured: null, sourceRef: 's' });

describe('compareGroups', () => {
  it('lines up the same group across sides and gives the gap (11–12 Oct 2025: ISPR 23, Afghan government 58)', () => {
    const rows = compareGroups([
      { side: 'PAK', headline: { kind: 'figures', killed: f(223), injured: null, claimant: 'ISPR', date: '2025-10-12', groups: [g('Pakistani security forces', f(23)), g('Afghan forces', f(200, 'over'))] } },
      { side: 'AFG', headline: { kind: 'figures', killed: f(67), injured: null, claimant: 'Mujahid', date: '2025-10-12', groups: [g('Pakistani security forces', f(58)), g('Afghan security forces (Taliban)', f(9))] } },
      { side: 'INDEPENDENT', headline: { kind: 'no-claim', acknowledged: false } },
    ]);
    expect(rows.map((r) => r.group)).toEqual(['Pakistani security forces', 'Afghan forces', 'Afghan security forces (Taliban)']);
    expect(rows[0]?.killed).toEqual([{ side: 'PAK', value: 23 }, { side: 'AFG', value: 58 }]);
    expect(rows[0]?.killedGap).toBe(35);
    expect(rows[1]?.killedGap).toBeNull();
  });
});
