import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, shot, statusCount, waitReady, type Browser } from './helpers/browser.ts';

/** Records every text the status line shows, from the first render on (installed before the app's scripts run). */
function recordStatus(): void {
  const seen: string[] = [];
  (window as unknown as { __statusSeen: string[] }).__statusSeen = seen;
  const note = () => {
    const t = document.querySelector('[role="status"]')?.textContent ?? null;
    if (t !== null && seen[seen.length - 1] !== t) seen.push(t);
  };
  new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true });
}

describe('loading', () => {
  let b: Browser;
  let page: Page;
  let release: () => void = () => {};
  let held = 0;
  beforeAll(async () => {
    b = await launch();
    const gate = new Promise<void>((r) => (release = r));
    // Hold the incident data (not the basemap layers) until the test has looked at the page while loading.
    await b.context.route('**/incidents*.geojson', async (route) => {
      held++;
      await gate;
      await route.continue();
    });
    page = b.context.pages()[0] ?? (await b.context.newPage());
    await page.addInitScript(recordStatus);
    await page.goto(inject('baseUrl'));
  });
  afterAll(async () => {
    release();
    await b?.close();
  });

  it('says it is loading, with a progress bar and no count, while the data is held back', async () => {
    const status = page.getByRole('status');
    await status.waitFor();
    await page.waitForTimeout(1500);
    expect(held).toBe(1);
    expect(await status.innerText()).toMatch(/^Loading incidents…/);
    expect(await page.getByRole('progressbar', { name: 'Loading incidents…' }).count()).toBe(1);
    await shot(page, 'desktop-loading');
  });

  it('never reads "0 incidents" (nor any count) before the data is in, then shows the count', async () => {
    release();
    await waitReady(page);
    const n = await statusCount(page);
    expect(n).toBeGreaterThan(0);
    const seen = await page.evaluate(() => (window as unknown as { __statusSeen: string[] }).__statusSeen);
    const first = seen.findIndex((t) => /^\d+ incidents?/.test(t));
    expect(first).toBeGreaterThan(0);
    expect(seen.slice(0, first).every((t) => t.startsWith('Loading incidents…'))).toBe(true);
    expect(seen.some((t) => /^0 incidents/.test(t))).toBe(false);
    expect(await page.getByRole('progressbar').count()).toBe(0);
  });

  it('sends no request outside 127.0.0.1', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
