import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bundledIncidents, launch, openApp, rows, shot, statusCount, waitForUrl, type Browser } from './helpers/browser.ts';

describe('attribution filter and detail panel', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch();
    page = await openApp(b, inject('baseUrl'));
  });
  afterAll(async () => {
    await b?.close();
  });

  it('has one checkbox per actor in the "Attribution" group, named by display name only', async () => {
    const group = page.getByRole('group', { name: 'Attribution' });
    const names = ['TTP', 'Jamaat-ul-Ahrar', 'Hafiz Gul Bahadur group', 'Tehreek-e-Jihad Pakistan', 'ISKP', 'BLA', 'Afghan Taliban forces', 'Pakistani armed forces', 'Unknown', 'Not stated by this side'];
    expect(await group.getByRole('checkbox').count()).toBe(names.length);
    for (const name of names) expect(await group.getByRole('checkbox', { name, exact: true }).isChecked()).toBe(true);
  });

  it('unchecking TTP hides incidents attributed only to TTP, in the list, the status and the URL', async () => {
    const before = await statusCount(page);
    const ttp = page.getByRole('group', { name: 'Attribution' }).getByRole('checkbox', { name: 'TTP', exact: true });
    const description = await ttp.getAttribute('aria-describedby');
    expect(await page.locator(`#${description}`).innerText()).toMatch(/\d+ incidents? shown only by this/);
    await ttp.uncheck();
    const after = await statusCount(page);
    expect(after).toBeLessThan(before);
    expect(await rows(page).count()).toBe(after);
    expect(await rows(page).filter({ hasText: 'Attack on Karachi Police Office' }).count()).toBe(0);
    await waitForUrl(page, (q) => q.ha?.toLowerCase() === 'ttp');
    await page.getByRole('button', { name: 'Reset filters' }).click();
    expect(await statusCount(page)).toBe(before);
  });

  it('opens the panel of an incident clicked on the map', async () => {
    const all = bundledIncidents().filter((i) => i.type !== 'talks-ceasefire' && i.parentId === null);
    const positions = await page.evaluate((ids) => ids.map((id) => window.__atlas?.screenPositionOf(id) ?? null), all.map((i) => i.id));
    // An incident whose point no other point is near, so the click is unambiguous.
    const k = positions.findIndex((p, i) => p !== null && positions.every((q, j) => j === i || q === null || Math.hypot(q.x - p.x, q.y - p.y) > 30));
    expect(k).toBeGreaterThanOrEqual(0);
    const target = all[k];
    const at = positions[k];
    if (target === undefined || at === null || at === undefined) throw new Error('no isolated incident on screen');
    await page.mouse.move(at.x, at.y);
    await page.locator('.tooltip').filter({ hasText: target.title }).waitFor({ timeout: 5000 });
    await page.mouse.click(at.x, at.y);
    const panel = page.getByRole('region', { name: target.title });
    await panel.waitFor({ timeout: 5000 });
    expect(await panel.innerText()).toContain('Every claim');
    await waitForUrl(page, (q) => q.id === target.id);
    await shot(page, 'desktop-panel');
  });

  it('renders source links as http(s) in a new tab without opener', async () => {
    const links = page.locator('.panel a');
    const n = await links.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      expect(await links.nth(i).getAttribute('href')).toMatch(/^https?:\/\//);
      expect(await links.nth(i).getAttribute('target')).toBe('_blank');
      expect(await links.nth(i).getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('shows the distance to the Durand Line', async () => {
    await page.waitForFunction(() => /\d+(\.\d)? km/.test(document.querySelector('[data-testid="durand-distance"]')?.textContent ?? ''));
  });

  it('opens the About dialog with the flagged ~4,000 figure and closes it with Escape', async () => {
    await page.getByRole('button', { name: 'About the data' }).click();
    const about = page.getByRole('dialog', { name: 'About Durand Atlas' });
    const text = await about.innerText();
    expect(text).toMatch(/~4,000 soldiers/);
    expect(text).toMatch(/Unverified — weak source/);
    expect(text).toMatch(/Natural Earth/);
    expect(text).toMatch(/GeoNames/);
    await shot(page, 'desktop-about');
    await page.keyboard.press('Escape');
    expect(await about.count()).toBe(0);
  });

  it('sends no request outside 127.0.0.1', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
