import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StoreContext } from '../../src/ui/hooks.ts';
import { IncidentList, ROW_PX } from '../../src/ui/IncidentList.tsx';
import { StatusBar } from '../../src/ui/StatusBar.tsx';
import { claim, incident, storeWith } from './factories.ts';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterEach(cleanup);

const day = (k: number) => `2024-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`;

describe('incident list', () => {
  it('virtualises above 200 rows, rendering only the rows that fit, with set size and positions', () => {
    const many = Array.from({ length: 1000 }, (_, k) => incident({ id: `i-${k}`, title: `Incident ${k}`, start: day(k) }));
    const store = storeWith(many, { claimView: 'PAK' });
    // jsdom does no layout: give the scroll box a height of ten rows.
    const h = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => ROW_PX.single * 10 });
    try {
      render(
        <StoreContext.Provider value={store}>
          <IncidentList />
        </StoreContext.Provider>,
      );
      const items = within(screen.getByRole('list', { name: 'Incidents' })).getAllByRole('listitem');
      expect(items.length).toBe(10);
      expect(items.map((r) => r.getAttribute('aria-setsize'))).toEqual(Array(10).fill('1000'));
      expect(items.map((r) => r.getAttribute('aria-posinset'))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    } finally {
      if (h) Object.defineProperty(HTMLElement.prototype, 'clientHeight', h);
    }
  });

  it('renders every row below the threshold', () => {
    const few = Array.from({ length: 12 }, (_, k) => incident({ id: `i-${k}`, title: `Incident ${k}`, start: day(k) }));
    render(
      <StoreContext.Provider value={storeWith(few)}>
        <IncidentList />
      </StoreContext.Provider>,
    );
    expect(screen.getAllByRole('listitem').length).toBe(12);
  });

  it('shows "no claim" for a side that gave no figure and "denied" for a denial — never 0', () => {
    const store = storeWith(
      [
        incident({ id: 'a', title: 'Silent', claims: [claim({ side: 'AFG' })] }),
        incident({ id: 'b', title: 'Denied', stances: { PAK: 'denied' }, claims: [claim({ side: 'AFG', killed: { n: 10, max: null, qualifier: null } })] }),
      ],
      { claimView: 'PAK' },
    );
    render(
      <StoreContext.Provider value={store}>
        <IncidentList />
      </StoreContext.Provider>,
    );
    const rows = screen.getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('no claim'), expect.stringContaining('denied')]);
    expect(rows.some((r) => /\b0 killed/.test(r.textContent ?? ''))).toBe(false);
  });

  it('selects an incident when its row is clicked', () => {
    const store = storeWith([incident({ id: 'a', title: 'Alpha' })]);
    render(
      <StoreContext.Provider value={store}>
        <IncidentList />
      </StoreContext.Provider>,
    );
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: /Alpha/ }));
    });
    expect(store.getState().view.selectedId).toBe('a');
  });
});

describe('status', () => {
  it('begins with the number of visible incidents and keeps sides apart under Compare', () => {
    const store = storeWith(
      [
        incident({ id: 'a', claims: [claim({ side: 'PAK', killed: { n: 23, max: null, qualifier: null } }), claim({ side: 'AFG', claimant: 'ZM', killed: { n: 58, max: null, qualifier: null } })] }),
        incident({ id: 'b', start: '2025-07-01' }),
      ],
      { claimView: 'COMPARE' },
    );
    render(
      <StoreContext.Provider value={store}>
        <StatusBar />
      </StoreContext.Provider>,
    );
    const text = screen.getByRole('status').textContent ?? '';
    expect(text).toMatch(/^2 incidents/);
    expect(text).toContain('PAK: 23 killed');
    expect(text).toContain('AFG: 58 killed');
    expect(text).not.toContain('81');
  });
});
