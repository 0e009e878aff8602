import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, openApp, rows, shot, statusCount, type Browser } from './helpers/browser.ts';

const W = 390;
const H = 844;

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

  it('sends no request outside 127.0.0.1', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
