/** The panel's claims table shows a best estimate beside its range, marks a statement total and lists a publisher's parties. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { ClaimsTable } from '../../src/ui/panel/ClaimsTable.tsx';
import { claim, incident } from './factories.ts';

afterEach(cleanup);

describe('claims table', () => {
  const parties = [
    { role: 'side A', wording: 'Government of Pakistan', actors: ['PAK_FORCES' as const] },
    { role: 'side B', wording: 'al-Qaida', actors: [] },
  ];
  const ucdp = incident({
    id: 'ucdp-ged-57989',
    claims: [
      claim({ side: 'INDEPENDENT', claimant: 'UCDP GED', recordKind: 'publisher', group: 'civilians', categories: ['CIVILIANS'], killed: { n: 51, max: null, qualifier: null }, parties }),
      claim({ side: 'INDEPENDENT', claimant: 'UCDP GED', recordKind: 'publisher', group: 'total (low, best, high)', killed: { n: 43, max: 62, qualifier: null, best: 59 }, total: true, parties }),
    ],
  });

  it('shows low–high with the best estimate, and labels the total as not added to the rows above it', () => {
    const { container } = render(<ClaimsTable incident={ucdp} />);
    const rows = [...container.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelectorAll('td')[2]?.textContent)).toEqual(['51', '43–62 (best estimate 59)']);
    expect(rows[1]?.querySelector('.claim-extra')?.textContent).toContain('the total of the rows above it, as the publisher gives it: not added to them');
    expect(rows[0]?.querySelector('.claim-extra')?.textContent).not.toContain('the total of the rows above it');
  });

  it('lists the parties as wording with the actor names they match, and no direction', () => {
    const { container } = render(<ClaimsTable incident={ucdp} />);
    expect(container.querySelector('tbody tr .claim-extra')?.textContent).toBe(
      'parties named, no direction stated: side A: Government of Pakistan (Pakistani armed forces); side B: al-Qaida',
    );
  });
});
