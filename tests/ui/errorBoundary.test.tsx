/**
 * Never a white screen: an incident that makes one part of the app throw
 * while drawing leaves a message in that part, and the other parts keep
 * working (the whole App is rendered; jsdom has no WebGL2, so the map shows
 * its own "needs WebGL2" message and is not what these tests plant a fault in).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { Incident } from '../../src/domain/types.ts';
import { App } from '../../src/ui/App.tsx';
import { PART_FAILED } from '../../src/ui/copy.ts';
import { StoreContext } from '../../src/ui/hooks.ts';
import { incident, storeWith } from './factories.ts';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // jsdom has no canvas: say so quietly (maplibre then fails, and the map shows its WebGL2 message).
  HTMLCanvasElement.prototype.getContext = () => null;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A copy of `inc` whose `field` throws when read: the planted fault. */
function throwingOn<K extends keyof Incident>(inc: Incident, field: K): Incident {
  const copy = { ...inc };
  Object.defineProperty(copy, field, {
    enumerable: true,
    get() {
      throw new Error(`planted fault reading ${String(field)}`);
    },
  });
  return copy;
}

const ok = [
  incident({ id: 'a', title: 'Alpha', start: '2024-03-01', country: 'PAK' }),
  incident({ id: 'b', title: 'Bravo', start: '2024-06-01', country: 'AFG' }),
];

function renderApp(incidents: Incident[]) {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React and the boundary log the planted error
  const store = storeWith(incidents);
  render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
  return store;
}

const listRows = () => within(screen.getByRole('list', { name: 'Incidents' })).getAllByRole('listitem');
const failure = (part: keyof typeof PART_FAILED.names) => PART_FAILED.message(PART_FAILED.names[part]);

describe('error boundaries', () => {
  it('a panel that throws shows its message; the list, filters and timeline still work, and another incident opens', () => {
    const store = renderApp([...ok, throwingOn(incident({ id: 'c', title: 'Charlie', start: '2024-09-01', country: 'PAK' }), 'sources')]);
    expect(listRows()).toHaveLength(3);
    act(() => fireEvent.click(screen.getByRole('button', { name: /Charlie/ })));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(failure('panel'));
    expect(alert.textContent).toContain('planted fault reading sources');
    // The rest works: a filter narrows the list, the timeline's sliders are there.
    act(() => fireEvent.click(screen.getByRole('checkbox', { name: /Afghanistan/ })));
    expect(listRows().map((r) => r.textContent)).toEqual([expect.stringContaining('Alpha'), expect.stringContaining('Charlie')]);
    expect(screen.getByRole('slider', { name: 'Start date' })).toBeTruthy();
    // Selecting another incident draws the panel again.
    act(() => fireEvent.click(screen.getByRole('button', { name: /Alpha/ })));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('region', { name: 'Alpha' })).toBeTruthy();
    expect(store.getState().view.selectedId).toBe('a');
  });

  it('the failed panel can be closed from its message', () => {
    const store = renderApp([...ok, throwingOn(incident({ id: 'c', title: 'Charlie', start: '2024-09-01' }), 'sources')]);
    act(() => fireEvent.click(screen.getByRole('button', { name: /Charlie/ })));
    act(() => fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: PART_FAILED.close })));
    expect(store.getState().view.selectedId).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a timeline that throws shows its message; the list, filters and panel still work', () => {
    // A talks event is drawn only by the timeline (its marks), so only the timeline reads its title.
    const talks = throwingOn(incident({ id: 't', title: 'Talks', start: '2024-04-01', type: 'talks-ceasefire' }), 'title');
    const store = renderApp([...ok, talks]);
    const region = screen.getByRole('alert');
    expect(region.textContent).toContain(failure('timeline'));
    expect(screen.queryByRole('slider', { name: 'Start date' })).toBeNull();
    expect(listRows()).toHaveLength(2);
    act(() => fireEvent.click(screen.getByRole('checkbox', { name: /Afghanistan/ })));
    expect(listRows()).toHaveLength(1);
    act(() => fireEvent.click(screen.getByRole('button', { name: /Alpha/ })));
    expect(screen.getByRole('region', { name: 'Alpha' })).toBeTruthy();
    expect(store.getState().view.selectedId).toBe('a');
  });

  it('a list that throws shows its message; the timeline and filters still work', () => {
    const store = renderApp([...ok, throwingOn(incident({ id: 'c', title: 'Charlie', start: '2024-09-01' }), 'title')]);
    expect(screen.getByRole('alert').textContent).toContain(failure('list'));
    act(() => fireEvent.keyDown(screen.getByRole('slider', { name: 'End date' }), { key: 'Home' }));
    expect(store.getState().view.window).toEqual({ start: '2024-03-01', end: '2024-03-01' });
    act(() => fireEvent.click(screen.getByRole('checkbox', { name: /Afghanistan/ })));
    expect(store.getState().view.hiddenCountries).toEqual(['AFG']);
  });
});
