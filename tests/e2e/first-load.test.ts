import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openApp, shot, type Browser } from './helpers/browser.ts';

describe('first load', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch();
    page = await openApp(b, inject('baseUrl'));
  });
  afterAll(async () => {
    await b?.close();
  });

  it('draws the basemap with the Durand Line on screen', async () => {
    const layers = await page.evaluate(() => window.__atlas?.layerIds() ?? []);
    expect(layers).toContain('durand-line');
    expect(layers).toContain('land');
    const rendered = await page.evaluate(() => window.__atlas?.durandRendered() ?? 0);
    expect(rendered).toBeGreaterThan(0);
    await shot(page, 'desktop-first-load');
  });

  it('draws the incidents of the whole span', async () => {
    await page.waitForFunction(() => (window.__atlas?.drawnCount() ?? 0) > 0);
    const drawn = await page.evaluate(() => window.__atlas?.drawnCount() ?? 0);
    const status = await page.getByRole('status').innerText();
    expect(drawn).toBe(Number(/^(\d+) incidents/.exec(status)?.[1]));
  });

  it('sends no request outside 127.0.0.1 and throws no page error', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
