import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StoreContext } from '../../src/ui/hooks.ts';
import { IncidentList, ROW_PX } from '../../src/ui/IncidentList.tsx';
import { StatusBar } from '../../src/ui/StatusBar.tsx';
import { ClaimsToggle } from '../../src/ui/ClaimsToggle.tsx';
import { makeDataset } from '../../src/domain/dataset.ts';
import { DEFAULT_VIEW } from '../../src/state/viewState.ts';
import { actions } from '../../src/state/actions.ts';
import { initialState } from '../../src/state/reducer.ts';
import { createStore } from '../../src/state/store.ts';
import { claim, incident, storeWith } from './factories.ts';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // jsdom does no layout, so it has no scrolling either.
  Element.prototype.scrollIntoView ??= () => {};
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

describe('list keyboard', () => {
  const five = () => Array.from({ length: 5 }, (_, k) => incident({ id: `i-${k}`, title: `Incident ${k}`, start: `2024-0${k + 1}-01` }));
  const tabStops = () => screen.getAllByRole('button').filter((b) => b.tabIndex === 0 && b.dataset.pos !== undefined);

  it('is one Tab stop: only one row is in the Tab order', () => {
    render(
      <StoreContext.Provider value={storeWith(five())}>
        <IncidentList />
      </StoreContext.Provider>,
    );
    expect(tabStops().map((b) => b.dataset.id)).toEqual(['i-0']);
    expect(screen.getAllByRole('listitem').length).toBe(5);
  });

  it('moves focus and the Tab stop with the arrows, Home and End', () => {
    render(
      <StoreContext.Provider value={storeWith(five())}>
        <IncidentList />
      </StoreContext.Provider>,
    );
    const row = (id: string) => screen.getAllByRole('button').find((b) => b.dataset.id === id) as HTMLElement;
    act(() => row('i-0').focus());
    act(() => void fireEvent.keyDown(row('i-0'), { key: 'ArrowDown' }));
    expect((document.activeElement as HTMLElement).dataset.id).toBe('i-1');
    expect(tabStops().map((b) => b.dataset.id)).toEqual(['i-1']);
    act(() => void fireEvent.keyDown(row('i-1'), { key: 'End' }));
    expect((document.activeElement as HTMLElement).dataset.id).toBe('i-4');
    act(() => void fireEvent.keyDown(row('i-4'), { key: 'Home' }));
    expect((document.activeElement as HTMLElement).dataset.id).toBe('i-0');
    expect(tabStops().map((b) => b.dataset.id)).toEqual(['i-0']);
  });

  it('shows date precision and verification where they are not exact or verified', () => {
    render(
      <StoreContext.Provider
        value={storeWith([
          incident({ id: 'exact', title: 'Exact', start: '2024-01-01' }),
          incident({ id: 'month', title: 'Month', start: '2024-02', datePrecision: 'month', verification: 'unverified' }),
          incident({ id: 'approx', title: 'Approx', start: '2024-03-05', datePrecision: 'approximate', verification: 'partially-verified' }),
        ])}
      >
        <IncidentList />
      </StoreContext.Provider>,
    );
    const tags = screen.getAllByRole('listitem').map((li) => Array.from(li.querySelectorAll('.row-tag'), (t) => t.textContent));
    expect(tags).toEqual([[], ['to the month', 'Unverified'], ['approximate', 'Partially verified']]);
  });
});

describe('sort controls', () => {
  it('choosing Casualties starts with the largest figure', () => {
    const killed = (n: number) => [claim({ side: 'PAK', killed: { n, max: null, qualifier: null } })];
    const store = storeWith(
      [
        incident({ id: 'small', start: '2024-01-01', claims: killed(2) }),
        incident({ id: 'none', start: '2024-02-01' }),
        incident({ id: 'large', start: '2024-03-01', claims: killed(40) }),
        incident({ id: 'mid', start: '2024-04-01', claims: killed(9) }),
      ],
      { claimView: 'PAK' },
    );
    render(
      <StoreContext.Provider value={store}>
        <IncidentList />
      </StoreContext.Provider>,
    );
    act(() => void fireEvent.change(screen.getByRole('combobox', { name: /Sort by/ }), { target: { value: 'casualties' } }));
    expect(store.getState().view.sort).toEqual({ key: 'casualties', dir: 'desc' });
    const ids = screen.getAllByRole('listitem').map((li) => li.querySelector('button')?.dataset.id);
    expect(ids).toEqual(['large', 'mid', 'small', 'none']);
  });
});

describe('status while loading', () => {
  it('shows progress and no count until the data is in, then the count', () => {
    const store = createStore(initialState());
    store.dispatch(actions.datasetLoadStarted('test'));
    render(
      <StoreContext.Provider value={store}>
        <StatusBar />
      </StoreContext.Provider>,
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Loading incidents… 0%');
    act(() => store.dispatch(actions.datasetLoadProgressed(0.42)));
    expect(status.textContent).toBe('Loading incidents… 42%');
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('42');
    expect(status.textContent).not.toMatch(/\d+ incidents?/);
    act(() => store.dispatch(actions.datasetLoaded(storeWith([incident({ id: 'a' })]).getState().data.dataset!, [])));
    expect(screen.getByRole('status').textContent).toMatch(/^1 incident\b/);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('says nothing was loaded, with no count, when loading fails', () => {
    const store = createStore(initialState());
    store.dispatch(actions.datasetLoadStarted('test'));
    store.dispatch(actions.datasetLoadFailed('boom'));
    render(
      <StoreContext.Provider value={store}>
        <StatusBar />
      </StoreContext.Provider>,
    );
    expect(screen.getByRole('status').textContent).toBe('No incidents loaded.');
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

describe('a claim view choice: the control at once, the totals after the frame', () => {
  it('checks the radio in the click, keeps the totals busy on the previous view, then shows the new one when the store settles', () => {
    const flushes: (() => void)[] = [];
    const store = createStore(initialState({ ...DEFAULT_VIEW, claimView: 'PAK' }), undefined, { afterPaint: (f) => flushes.push(f) });
    store.dispatch(
      actions.datasetLoaded(
        makeDataset([incident({ id: 'a', claims: [claim({ side: 'PAK', killed: { n: 23, max: null, qualifier: null } }), claim({ side: 'AFG', claimant: 'ZM', killed: { n: 58, max: null, qualifier: null } })] })]),
        [],
      ),
    );
    // The data's arrival reaches React after the frame too: settle it first.
    expect(flushes).toHaveLength(1);
    flushes.shift()!();
    render(
      <StoreContext.Provider value={store}>
        <ClaimsToggle />
        <StatusBar />
      </StoreContext.Provider>,
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('23 killed');
    fireEvent.click(screen.getByRole('radio', { name: 'Afghanistan' }));
    expect((screen.getByRole('radio', { name: 'Afghanistan' }) as HTMLInputElement).checked).toBe(true);
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(status.textContent).toContain('23 killed');
    expect(flushes).toHaveLength(1);
    act(() => flushes[0]!());
    expect(status.getAttribute('aria-busy')).toBe('false');
    expect(status.textContent).toContain('58 killed');
    expect(status.textContent).not.toContain('23 killed');
  });
});

describe('the data arriving: the status says ready only with the totals', () => {
  it('keeps saying it is loading, never "0 incidents", until the store settles the loaded data', () => {
    const flushes: (() => void)[] = [];
    const store = createStore(initialState(), undefined, { afterPaint: (f) => flushes.push(f) });
    store.dispatch(actions.datasetLoaded(makeDataset([incident({ id: 'a' }), incident({ id: 'b', start: '2025-07-01' })]), []));
    render(
      <StoreContext.Provider value={store}>
        <StatusBar />
      </StoreContext.Provider>,
    );
    const status = screen.getByRole('status');
    expect(status.textContent).not.toMatch(/\d+ incidents?/);
    act(() => flushes[0]!());
    expect(status.textContent).toMatch(/^2 incidents/);
  });
});
