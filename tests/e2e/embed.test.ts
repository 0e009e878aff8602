import { createServer } from 'node:http';
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
    // The host page comes from a real server of the test's own on localhost (another origin than the app's
    // 127.0.0.1): a page the browser takes from a route has no address, and Chromium's local-network checks
    // then refuse every frame it holds, allowed or not.
    const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(hostPage(base)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const host = `http://localhost:${typeof address === 'object' && address !== null ? address.port : 0}/`;
    try {
      // The launch guard aborts anything not on 127.0.0.1; this one page is let through.
      await b.context.route(host, (route) => route.continue());
      await page.goto(host);
      const embed = page.frame({ url: /embed\.html/ });
      expect(embed).not.toBeNull();
      await embed?.waitForFunction(() => window.__atlas?.ready === true, undefined, { timeout: 45_000 });
      expect(await embed?.getByRole('link', { name: 'Open in Durand Atlas', exact: true }).count()).toBe(1);
      await shot(page, 'desktop-embed-framed');
      // The refused frame never gets the app's document: Chromium shows its own error page there.
      const frame = await (await page.locator('#main').elementHandle())?.contentFrame();
      expect(frame?.url()).toBe('chrome-error://chromewebdata/');
      // The refusal is the one policy violation this test causes on purpose: check it, then clear it from the guard.
      await expect.poll(() => b.csp.length).toBe(1);
      expect(b.csp[0]).toMatch(/^Framing 'http:\/\/127\.0\.0\.1:\d+\/' violates [^\n]*"frame-ancestors 'none'"/);
      b.csp.splice(0);
      expect(b.outside.filter((u) => u !== host)).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('throws no error', () => {
    expect(b.errors).toEqual([]);
  });
});
