import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { StoreContext } from '../../src/ui/hooks.ts';
import { IncidentList } from '../../src/ui/IncidentList.tsx';
import { DetailPanel } from '../../src/ui/panel/DetailPanel.tsx';
import { claim, incident, storeWith } from './factories.ts';

// ../shared resolved from the repo root; under jsdom import.meta.url is not a file: URL.
const XSS = resolve(import.meta.dirname ?? process.cwd(), import.meta.dirname ? '../../../shared/corpora/text/xss.txt' : '../shared/corpora/text/xss.txt');
const payloads = existsSync(XSS)
  ? readFileSync(XSS, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  : [];

beforeAll(() => {
  // jsdom has no ResizeObserver; the list measures its box with one.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterEach(cleanup);

/** Elements and attributes a payload would create if it were parsed as HTML. */
function injected(root: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'STYLE', 'LINK', 'META', 'FORM', 'BASE', 'VIDEO', 'AUDIO', 'MARQUEE'].includes(el.tagName.toUpperCase())) found.push(el.tagName);
    for (const a of el.attributes) if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) found.push(`${el.tagName}[${a.name}]`);
  }
  return found;
}

describe.skipIf(payloads.length === 0)('hostile strings from ../shared/corpora/text/xss.txt', () => {
  it('has payloads to test (skipped where ../shared is absent)', () => {
    expect(payloads.length).toBeGreaterThan(100);
  });

  it('renders every payload as a list title, verbatim as text', () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    // The list virtualises above 200 rows; chunks of 150 render every row in jsdom.
    for (let at = 0; at < payloads.length; at += 150) {
      const chunk = payloads.slice(at, at + 150);
      const store = storeWith(chunk.map((p, k) => incident({ id: `x-${at + k}`, title: p, start: '2025-01-01' })));
      const { container, unmount } = render(
        <StoreContext.Provider value={store}>
          <IncidentList />
        </StoreContext.Provider>,
      );
      const titles = [...container.querySelectorAll('.row-title')].map((e) => e.textContent);
      expect(titles).toEqual(chunk);
      expect(injected(container)).toEqual([]);
      unmount();
    }
    expect(alert).not.toHaveBeenCalled();
  });

  it('renders payloads in every text field of the detail panel as text, and a javascript: URL as no link', () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    for (const p of payloads) {
      const i = incident({
        id: 'x',
        title: p,
        notes: p,
        place: p,
        dateWording: p,
        locationWording: p,
        claimedBy: { wording: p, actors: ['TTP'] },
        attribution: { PAK: { responsible: { wording: p, actors: ['TTP'] }, targets: { wording: p, targets: ['CIVILIANS'] } }, AFG: { responsible: null, targets: null } },
        claims: [claim({ claimant: p, group: p, note: p, breakdown: p })],
        sources: [{ ref: 's', publisher: p, title: p, date: null, url: 'javascript:alert(1)', linkCheck: p }],
      });
      const store = storeWith([i], { selectedId: 'x' });
      const { container, unmount, getByRole } = render(
        <StoreContext.Provider value={store}>
          <DetailPanel />
        </StoreContext.Provider>,
      );
      expect(getByRole('region').getAttribute('aria-labelledby')).toBe('panel-title');
      expect(container.querySelector('#panel-title')?.textContent).toBe(p);
      expect(container.querySelector('.notes')?.textContent).toBe(p);
      expect(container.querySelectorAll('a').length).toBe(0);
      expect(injected(container)).toEqual([]);
      unmount();
    }
    expect(alert).not.toHaveBeenCalled();
  }, 60_000);
});
