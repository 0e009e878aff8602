import { describe, expect, it } from 'vitest';
import { compareCategories } from '../../src/domain/compare.ts';
import type { Figure } from '../../src/domain/types.ts';
import { claim, incident } from './logicFactories.ts';

const f = (n: number, qualifier: Figure['qualifier'] = null): Figure => ({ n, max: null, qualifier });

describe('compareCategories', () => {
  const clash = incident({
    claims: [
      claim({ side: 'PAK', claimant: 'ISPR', categories: ['PAK_SECURITY'], killed: f(23) }),
      claim({ side: 'PAK', claimant: 'ISPR', categories: ['AFG_FORCES', 'MILITANTS'], notBrokenDown: true, killed: f(200, 'over') }),
      claim({ side: 'AFG', claimant: 'Mujahid', categories: ['PAK_SECURITY'], killed: f(58) }),
      claim({ side: 'AFG', claimant: 'Mujahid', categories: ['AFG_FORCES'], killed: f(9) }),
    ],
  });

  it('lines up one category across sides with the gap between precise figures (PAK 23 vs AFG 58)', () => {
    const rows = compareCategories(clash);
    const sec = rows.find((r) => r.category === 'PAK_SECURITY');
    expect(sec?.bySide.map((s) => s.side)).toEqual(['PAK', 'AFG']);
    expect(sec?.killedGap).toBe(35);
  });

  it('a "0 to N" reading is lined up but gives no gap (Afghan forces: PAK 0 to over 200 vs AFG 9)', () => {
    const afg = compareCategories(clash).find((r) => r.category === 'AFG_FORCES');
    expect(afg?.bySide.map((s) => s.side)).toEqual(['PAK', 'AFG']);
    expect(afg?.killedGap).toBeNull();
  });

  it('leaves out categories only one side gives a figure for', () => {
    expect(compareCategories(clash).map((r) => r.category)).toEqual(['PAK_SECURITY', 'AFG_FORCES']);
  });
});
