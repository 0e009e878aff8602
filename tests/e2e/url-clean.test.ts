/**
 * The URL is kept clean: an id the data does not have, a parameter far too
 * long and a window outside the data each leave the URL with a notice, and the
 * Home key and "Whole span" reach the same first day (talks included).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bundledIncidents, launch, openApp, params, statusCount, waitForUrl, type Browser } from './helpers/browser.ts';

const notices = (page: Page) => page.locator('.view-notice').allInnerTexts();

describe('a clean URL', () => {
  let b: Browser;
  let page: Page;
  const all = bundledIncidents();
  const counted = all.filter((i) => i.type !== 'talks-ceasefire' && i.parentId === null).length;
  const first = all.map((i) => i.start).sort()[0];
  beforeAll(async () => {
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('drops ?id=constructor with a notice and opens no panel', async () => {
    page = await openApp(b, inject('baseUrl'), '?v=pak&id=constructor');
    expect(await waitForUrl(page, (p) => p.id === undefined)).toEqual({ v: 'pak' });
    expect(await notices(page)).toEqual([expect.stringContaining('("constructor")')]);
    expect(await page.locator('.panel').count()).toBe(0);
  });

  it('does not carry a 10 KB id into any URL it writes', async () => {
    // 10 KB, not the audit's 100 KB: the preview server (node) refuses request lines over 16 KB; node tests take 100 KB.
    page = await openApp(b, inject('baseUrl'), `?id=${'a'.repeat(10_000)}`);
    await waitForUrl(page, (p) => p.id === undefined);
    expect(page.url().length).toBeLessThan(200);
    expect(await notices(page)).toEqual([expect.stringContaining('"id" parameter is 10,000 characters long')]);
    await page.getByRole('radio', { name: 'Afghanistan' }).check();
    expect(await waitForUrl(page, (p) => p.v === 'afg')).toEqual({ v: 'afg' });
  });

  it('shows the whole span, with a notice, for a window wholly outside the data', async () => {
    page = await openApp(b, inject('baseUrl'), '?w=1990-01-01..1990-12-31');
    expect(await waitForUrl(page, (p) => p.w === undefined)).toEqual({});
    expect(await statusCount(page)).toBe(counted);
    expect(await notices(page)).toEqual([expect.stringMatching(/^The link's time window 1990-01-01 – 1990-12-31 lies outside the data \(2021-11-09 – 2025-\d\d-\d\d\)/)]);
  });

  it('clamps a window reaching past the data to the data, with a notice', async () => {
    page = await openApp(b, inject('baseUrl'), '?w=2000-01-01..2022-06-30');
    expect((await waitForUrl(page, (p) => p.w !== '2000-01-01..2022-06-30')).w).toBe(`${first}..2022-06-30`);
    expect(await page.getByRole('slider', { name: 'Start date' }).getAttribute('aria-valuetext')).toBe(first);
    expect(await notices(page)).toEqual([expect.stringContaining(`${first} – 2022-06-30 is shown`)]);
  });

  it('Home on the start handle and "Whole span" reach the same first day, the first talks included', async () => {
    page = await openApp(b, inject('baseUrl'), '?w=2023-01-01..2023-12-31');
    const start = page.getByRole('slider', { name: 'Start date' });
    await start.focus();
    await page.keyboard.press('Home');
    expect(await start.getAttribute('aria-valuetext')).toBe(first);
    await page.getByRole('button', { name: 'Whole span' }).click();
    await waitForUrl(page, (p) => p.w === undefined);
    expect(await start.getAttribute('aria-valuetext')).toBe(first);
    expect(params(page)).toEqual({});
    expect(b.errors).toEqual([]);
    expect(b.outside).toEqual([]);
  });
});
