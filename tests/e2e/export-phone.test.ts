import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, openApp, rows, shot, waitReady, type Browser } from './helpers/browser.ts';

const W = 390;
const H = 844;

/** The element lies wholly inside the viewport's width (the page may scroll down to it). */
async function fitsAcross(l: Locator): Promise<void> {
  const box = await l.boundingBox();
  expect(box).not.toBeNull();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(W + 0.5);
}

describe('search, export and embed on a phone (390×844)', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch({ width: W, height: H });
    page = await openApp(b, inject('baseUrl'));
  });
  afterAll(async () => {
    await b?.close();
  });

  it('search box and its result fit the screen', async () => {
    const box = page.getByRole('searchbox', { name: 'Search incidents', exact: true });
    await box.fill('Mir Ali');
    await page.getByText(/^3 of \d+ match$/).waitFor();
    expect(await rows(page).count()).toBe(3);
    await box.scrollIntoViewIfNeeded();
    await fitsAcross(box);
    await shot(page, 'phone-search');
    await box.fill('');
  });

  it('the export menu opens within the screen', async () => {
    const button = page.getByRole('button', { name: 'Export', exact: true });
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    for (const item of await menu.getByRole('menuitem').all()) await fitsAcross(item);
    await shot(page, 'phone-export-menu');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(W);
  });

  it('the embed page shows map, claim view, timeline, link and credits', async () => {
    await page.goto(new URL('embed.html?v=afg', inject('baseUrl')).href);
    await waitReady(page);
    await fitsAcross(page.getByRole('link', { name: 'Open in Durand Atlas', exact: true }));
    await fitsAcross(page.getByRole('radio', { name: 'Compare', exact: true }).locator('..'));
    await fitsAcross(page.getByRole('slider', { name: 'End date' }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(W);
    await shot(page, 'phone-embed');
  });

  it('sends no request outside 127.0.0.1 and throws no error', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
