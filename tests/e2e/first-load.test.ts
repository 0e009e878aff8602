import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bundledIncidents, launch, openApp, rows, shot, statusCount, type Browser } from './helpers/browser.ts';

describe('first load', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch();
    page = await openApp(b, inject('baseUrl'));
    await page.waitForFunction(() => (window.__atlas?.drawnCount() ?? 0) > 0);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('draws the basemap with the Durand Line on screen', async () => {
    const layers = await page.evaluate(() => window.__atlas?.layerIds() ?? []);
    expect(layers).toEqual(expect.arrayContaining(['land', 'durand-line', 'durand-label', 'place-labels']));
    expect(await page.evaluate(() => window.__atlas?.durandRendered() ?? 0)).toBeGreaterThan(0);
    await shot(page, 'desktop-first-load');
  });

  it('draws every counted incident of the whole span, as many as the status counts', async () => {
    const counted = bundledIncidents().filter((i) => i.type !== 'talks-ceasefire' && i.parentId === null).length;
    expect(await statusCount(page)).toBe(counted);
    expect(await page.evaluate(() => window.__atlas?.drawnCount() ?? 0)).toBe(counted);
    expect(await rows(page).count()).toBe(counted);
  });

  it('has exactly one status element', async () => {
    expect(await page.getByRole('status').count()).toBe(1);
  });

  it('shows the window over the whole span on the two sliders', async () => {
    const start = page.getByRole('slider', { name: 'Start date' });
    const end = page.getByRole('slider', { name: 'End date' });
    expect(await start.getAttribute('aria-valuetext')).toMatch(/^2021-\d\d-\d\d$/);
    expect(await end.getAttribute('aria-valuetext')).toMatch(/^2025-\d\d-\d\d$/);
  });

  it('sends no request outside 127.0.0.1 and throws no page error', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
