/**
 * A strict page: the preview server (`npm start`) sends the security headers
 * with the page, its scripts and its workers; the app runs under the policy
 * with no violation; the violation watch of the shared helper really sees one.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openApp, type Browser } from './helpers/browser.ts';

const REQUIRED = ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"];

function expectStrict(headers: Record<string, string>, what: string): void {
  const csp = headers['content-security-policy'] ?? '';
  for (const d of REQUIRED) expect(csp.split('; '), `${what}: ${d}`).toContain(d);
  expect(csp, what).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
}

describe('strict page', () => {
  let b: Browser;
  let page: Page;
  const scripts: { url: string; headers: Record<string, string> }[] = [];
  beforeAll(async () => {
    b = await launch();
    b.context.on('response', (r) => {
      if (/\.m?js(\?|$)/.test(r.url())) scripts.push({ url: r.url(), headers: r.headers() });
    });
    page = await openApp(b, inject('baseUrl'));
  });
  afterAll(async () => {
    await b?.close();
  });

  it('npm start sends the policy, nosniff and no-referrer with the page', async () => {
    const res = await fetch(inject('baseUrl'));
    expect(res.status).toBe(200);
    expectStrict(Object.fromEntries(res.headers), 'index.html');
  });

  it('sends the same headers with every script, both workers included', () => {
    const workers = scripts.filter((s) => /worker/.test(s.url));
    expect(workers.map((w) => /parse\.worker|maplibre-gl-worker/.exec(w.url)?.[0]).sort()).toEqual(['maplibre-gl-worker', 'parse.worker']);
    for (const s of scripts) expectStrict(s.headers, s.url);
  });

  it('carries the policy in a meta tag too, for hosts that send no header', async () => {
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("default-src 'self'");
    expect(meta).toContain("object-src 'none'");
  });

  it('loads, draws and opens the About dialog with no violation', async () => {
    await page.getByRole('button', { name: 'About the data' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.__atlas?.drawnCount() ?? 0)).toBeGreaterThan(0);
    expect(b.csp).toEqual([]);
    expect(b.errors).toEqual([]);
  });

  it('the watch reports a violation in the page and in a worker', async () => {
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = 1';
      document.body.append(s);
    });
    const worker = page.workers().find((w) => w.url().includes('maplibre-gl-worker'));
    await worker?.evaluate(() => fetch('data:text/plain,x').catch(() => 0));
    await page.waitForTimeout(300);
    const seen = b.csp.splice(0);
    expect(seen.some((l) => l.includes('script-src'))).toBe(true);
    expect(seen.some((l) => l.includes('connect-src') && l.includes('maplibre-gl-worker'))).toBe(true);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  });
});
