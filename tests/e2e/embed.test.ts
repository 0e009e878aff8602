import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, shot, waitReady, type Browser } from './helpers/browser.ts';

const VIEW = '?w=2025-10-01..2025-10-31&v=pak';

/**
 * A page on another origin (localhost, not 127.0.0.1) that frames the embed
 * page and the main page of the app; served by the test itself.
 */
function hostPage(base: string): string {
  const embed = new URL(`embed.html${VIEW}`, base).href;
  const main = new URL(VIEW, base).href;
  return `<!doctype html><title>host</title><iframe id="embed" src="${embed}" width="800" height="600"></iframe><iframe id="main" src="${main}" width="800" height="600"></iframe>`;
}

describe('the embed page', () => {
  let b: Browser;
  let page: Page;
  const base = inject('baseUrl');
  beforeAll(async () => {
    b = await launch();
    page = b.context.pages()[0] ?? (await b.context.newPage());
  });
  afterAll(async () => {
    await b?.close();
  });

  it('shows the map, the timeline and the claim view, no side column, and links to the same view', async () => {
    await page.goto(new URL(`embed.html${VIEW}`, base).href);
    await waitReady(page);
    await page.getByRole('region', { name: 'Map of incidents' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Pakistan', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('slider', { name: 'Start date' }).count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Incidents' }).count()).toBe(0);
    const link = page.getByRole('link', { name: 'Open in Durand Atlas', exact: true });
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(href.pathname).toBe(new URL(base).pathname);
    expect(Object.fromEntries(href.searchParams)).toEqual({ w: '2025-10-01..2025-10-31', v: 'pak' });
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const credits = await page.locator('.embed-credits').innerText();
    expect(credits).toMatch(/Natural Earth · Places: GeoNames \(CC BY 4\.0\) · Incidents: \d+ sources/);
    await shot(page, 'desktop-embed');
  });

  it('the link follows the claim view chosen in the embed', async () => {
    await page.getByRole('radio', { name: 'Afghanistan', exact: true }).check();
    const href = new URL((await page.getByRole('link', { name: 'Open in Durand Atlas', exact: true }).getAttribute('href')) ?? '');
    expect(href.searchParams.get('v')).toBe('afg');
  });

  it('the embed page may be framed by anyone; every other page by nobody', async () => {
    const embed = await page.request.get(new URL(`embed.html${VIEW}`, base).href);
    expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*(;|$)/);
    for (const path of ['', 'index.html', VIEW]) {
      const r = await page.request.get(new URL(path, base).href);
      expect(r.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    }
  });

  it('another origin can frame the embed page and cannot frame the app', async () => {
    const host = `http://localhost:${new URL(base).port}/__host.html`;
    // The host page is the test's own (the launch guard aborts anything not on 127.0.0.1; this one route is answered here).
    await b.context.route(host, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: hostPage(base) }));
    await page.goto(host);
    const embed = page.frame({ url: /embed\.html/ });
    expect(embed).not.toBeNull();
    await embed?.waitForFunction(() => window.__atlas?.ready === true, undefined, { timeout: 45_000 });
    expect(await embed?.getByRole('link', { name: 'Open in Durand Atlas', exact: true }).count()).toBe(1);
    // The refused frame never gets the app's document: Chromium shows its own error page there.
    const main = await page.locator('#main').elementHandle();
    const frame = await main?.contentFrame();
    await page.waitForTimeout(500);
    expect(frame?.url()).not.toBe(new URL(VIEW, base).href);
    expect(await frame?.evaluate(() => document.getElementById('root') !== null).catch(() => false)).toBe(false);
    expect(b.outside.filter((u) => u !== host)).toEqual([]);
  });

  it('throws no error', () => {
    expect(b.errors).toEqual([]);
  });
});
