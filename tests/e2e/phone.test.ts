import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openApp, rows, SCREENSHOTS, shot, statusCount, type Browser } from './helpers/browser.ts';

const W = 390;
const H = 844;

/** Titles of the listed incidents with the most claim rows (the widest claims tables), most first. */
function mostClaims(n: number): string[] {
  const fc = JSON.parse(readFileSync(fileURLToPath(new URL('../../geo/incidents.geojson', import.meta.url)), 'utf8')) as {
    features: { properties: { title: string; type: string; parentId: string | null; claims: unknown[] } }[];
  };
  return fc.features
    .map((f) => f.properties)
    .filter((p) => p.type !== 'talks-ceasefire' && p.parentId === null)
    .sort((a, b) => b.claims.length - a.claims.length)
    .slice(0, n)
    .map((p) => p.title);
}

async function onScreen(l: Locator): Promise<void> {
  const box = await l.boundingBox();
  expect(box).not.toBeNull();
  if (box === null) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(W + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(H + 0.5);
}

/** A one-finger drag with real touch events (pointerType "touch"). */
async function touchDrag(page: Page, from: { x: number; y: number }, dx: number, steps = 8): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const point = (x: number) => [{ x, y: from.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from.x) });
  for (let k = 1; k <= steps; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(from.x + (dx * k) / steps) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  // Chromium's gesture detector swallows the click of the first tap after a CDP-dispatched drag
  // (pointerdown/up arrive, click does not); a tap on inert text resets it.
  await page.getByRole('status').tap();
}

describe('phone layout (390×844)', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch({ width: W, height: H });
    page = await openApp(b, inject('baseUrl'));
  });
  afterAll(async () => {
    await b?.close();
  });

  it('keeps the sliders, the claim radios and the first list rows on screen', async () => {
    await shot(page, 'phone-first-load');
    await onScreen(page.getByRole('slider', { name: 'Start date' }));
    await onScreen(page.getByRole('slider', { name: 'End date' }));
    for (const name of ['Pakistan', 'Afghanistan', 'Independent', 'Compare']) {
      await onScreen(page.getByRole('radio', { name, exact: true }).locator('..'));
    }
    await onScreen(rows(page).first());
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(W);
  });

  it('switches the claim view with a tap', async () => {
    await page.getByRole('radio', { name: 'Pakistan', exact: true }).locator('..').tap();
    expect(await page.getByRole('radio', { name: 'Pakistan', exact: true }).isChecked()).toBe(true);
  });

  it('drags the end handle by touch and the list follows', async () => {
    const before = await statusCount(page);
    const end = page.getByRole('slider', { name: 'End date' });
    const box = await end.boundingBox();
    if (box === null) throw new Error('no end handle');
    await touchDrag(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, -180);
    await page.waitForTimeout(100);
    const after = await statusCount(page);
    expect(after).toBeLessThan(before);
    expect(await rows(page).count()).toBe(after);
  });

  it('opens the panel as a bottom sheet', async () => {
    const first = rows(page).first();
    const title = (await first.locator('.row-title').innerText()).trim();
    await first.getByRole('button').tap();
    const panel = page.getByRole('region', { name: title });
    await panel.waitFor();
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    if (box === null) return;
    expect(Math.round(box.width)).toBe(W);
    expect(Math.round(box.y + box.height)).toBe(H);
    expect(box.y).toBeGreaterThan(H * 0.25);
    await shot(page, 'phone-panel');
    await page.getByRole('button', { name: 'Close' }).tap();
    expect(await panel.count()).toBe(0);
  });

  it('fits the claims table in the 390 px sheet: no sideways scroll in the table, its box or the panel', async () => {
    const titles = mostClaims(4);
    expect(titles.length).toBe(4);
    // An earlier test narrowed the window: bring every incident back into the list.
    await page.getByRole('button', { name: 'Whole span' }).tap();
    for (const [k, title] of titles.entries()) {
      await rows(page).filter({ hasText: title }).first().getByRole('button').first().tap();
      const panel = page.getByRole('region', { name: title });
      await panel.waitFor();
      const table = panel.locator('table.claims-table');
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(2);
      const sizes = await table.evaluate((t) =>
        [t, t.parentElement, t.closest('.panel-body')].map((el) => ({ scroll: el?.scrollWidth ?? -1, client: el?.clientWidth ?? 0 })),
      );
      for (const sz of sizes) expect(sz.scroll).toBeLessThanOrEqual(sz.client);
      const box = await table.boundingBox();
      expect((box?.x ?? -1) + (box?.width ?? W + 1)).toBeLessThanOrEqual(W);
      if (k === 0) {
        await table.locator('tbody tr').nth(2).scrollIntoViewIfNeeded();
        await shot(page, 'phone-claims-table');
      }
      await page.getByRole('button', { name: 'Close' }).tap();
    }
  });

  it('scrolls as one page: the list is not a scroll box of its own', async () => {
    const list = page.locator('#incident-list');
    const own = await list.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, overflow: getComputedStyle(el).overflowY }));
    expect(own.scroll).toBeLessThanOrEqual(own.client);
    expect(own.overflow).toBe('visible');
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(H);
    expect(await rows(page).count()).toBe(await statusCount(page));
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-full-page.png'), fullPage: true });
  });

  it('sends no request outside 127.0.0.1', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
