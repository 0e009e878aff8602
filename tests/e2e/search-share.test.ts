import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openApp, rows, shot, statusCount, waitForUrl, waitReady, type Browser } from './helpers/browser.ts';

const MIR_ALI = [
  'Suicide attack on security post in Mir Ali',
  'Suicide car bombing of army convoy (bomb-disposal unit) at Khadi, Mir Ali',
  'Suicide VBIED attack on security camp at Khadi/Hadi, Mir Ali',
];

/** Titles of the listed incidents (each row's heading line). */
async function titles(page: Page): Promise<string[]> {
  return rows(page).locator('.row-title').allInnerTexts();
}

describe('search and links', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch();
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('baseUrl')).origin });
    page = await openApp(b, inject('baseUrl'));
  });
  afterAll(async () => {
    await b?.close();
  });

  it('"/" focuses the search box; "Mir Ali" lists exactly the three Mir Ali incidents and says "3 of M match"', async () => {
    const total = await statusCount(page);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search incidents', exact: true });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Mir Ali');
    await page.getByText(`3 of ${total} match`, { exact: true }).waitFor();
    expect((await titles(page)).sort()).toEqual([...MIR_ALI].sort());
    await waitForUrl(page, (p) => p.q === 'Mir Ali');
    await shot(page, 'desktop-search');
  });

  it('folds diacritics and case, and restores the search from the URL', async () => {
    const box = page.getByRole('searchbox', { name: 'Search incidents', exact: true });
    await box.fill('MÎR ÁLI');
    await page.getByText(/^3 of \d+ match$/).waitFor();
    expect((await titles(page)).sort()).toEqual([...MIR_ALI].sort());
    await waitForUrl(page, (p) => p.q === 'MÎR ÁLI');
    await page.reload();
    await waitReady(page);
    expect(await page.getByRole('searchbox', { name: 'Search incidents', exact: true }).inputValue()).toBe('MÎR ÁLI');
    expect(await rows(page).count()).toBe(3);
  });

  it('"/" typed into the search box is text, not a shortcut', async () => {
    const box = page.getByRole('searchbox', { name: 'Search incidents', exact: true });
    await box.fill('');
    await box.focus();
    await page.keyboard.type('a/b');
    expect(await box.inputValue()).toBe('a/b');
    await box.fill('');
  });

  it('"Copy link" copies the view, which opens the same view in a fresh browser', async () => {
    await page.getByRole('radio', { name: 'Afghanistan', exact: true }).check();
    await page.getByRole('searchbox', { name: 'Search incidents', exact: true }).fill('Bajaur');
    const count = await rows(page).count();
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await page.getByText('Link copied', { exact: true }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('v')).toBe('afg');
    expect(new URL(link).searchParams.get('q')).toBe('Bajaur');
    const fresh = await launch();
    try {
      const p2 = await fresh.context.newPage();
      await p2.goto(link);
      await waitReady(p2);
      expect(await p2.getByRole('radio', { name: 'Afghanistan', exact: true }).isChecked()).toBe(true);
      expect(await rows(p2).count()).toBe(count);
    } finally {
      await fresh.close();
    }
  });

  it('"Copy link" in an incident\'s panel opens that incident in a fresh browser', async () => {
    await page.getByRole('searchbox', { name: 'Search incidents', exact: true }).fill('Mir Ali');
    await rows(page).filter({ hasText: MIR_ALI[2] }).getByRole('button').first().click();
    const panel = page.getByRole('region', { name: MIR_ALI[2] });
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Copy link', exact: true }).click();
    await panel.getByText('Link copied', { exact: true }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(Object.fromEntries(new URL(link).searchParams)).toEqual({ v: 'afg', id: 'mir-ali-camp-attack-2025-10-17' });
    const fresh = await launch();
    try {
      const p2 = await fresh.context.newPage();
      await p2.goto(link);
      await waitReady(p2);
      await p2.getByRole('region', { name: MIR_ALI[2] }).waitFor();
      expect(await p2.getByRole('radio', { name: 'Afghanistan', exact: true }).isChecked()).toBe(true);
    } finally {
      await fresh.close();
    }
    await page.getByRole('button', { name: 'Close', exact: true }).first().click();
  });

  it('"Copy embed code" gives an <iframe> of the embed page with the view', async () => {
    await page.getByRole('button', { name: 'Copy embed code', exact: true }).click();
    await page.getByText('Embed code copied', { exact: true }).waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    const m = /^<iframe src="([^"]+)" title="Durand Atlas map" [^>]*><\/iframe>$/.exec(code);
    expect(m).not.toBeNull();
    const src = new URL((m?.[1] ?? '').replace(/&amp;/g, '&'));
    expect(src.pathname.endsWith('/embed.html')).toBe(true);
    expect(src.searchParams.get('v')).toBe('afg');
  });

  it('sends no request outside 127.0.0.1 and throws no error', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
