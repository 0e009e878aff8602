/**
 * One headless Chromium per test file, a fresh profile each time, a guard
 * that records every request that would leave 127.0.0.1 so a test fails on it,
 * and a watch for Content-Security-Policy violations (page and workers alike):
 * `close()` throws when one was seen, so every browser test file fails on it.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Where browser tests write their screenshots (git-ignored). */
export const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

export interface Browser {
  context: BrowserContext;
  /** URLs of requests that were not to 127.0.0.1 (the test should assert this is empty). */
  outside: string[];
  /** Page errors (uncaught exceptions) seen so far. */
  errors: string[];
  /** Content-Security-Policy violations seen so far, in the page or its workers. */
  csp: string[];
  /** Closes the browser; throws if any CSP violation was seen. */
  close(): Promise<void>;
}

/** Prefix of the console line our listeners write for a violation (see reportViolations). */
const CSP_MARK = 'CSP violation:';

/** Script that turns each `securitypolicyviolation` event of a document or worker into one console line. */
const reportViolations = (scope: string) =>
  `${scope}.addEventListener('securitypolicyviolation', (e) => console.error(${JSON.stringify(CSP_MARK)} + ' ' + e.violatedDirective + ' ' + (e.blockedURI || '') + ' at ' + e.sourceFile + ':' + e.lineNumber + ' in ' + location.href));\n`;

/** Worker scripts of the build (our parse worker, maplibre's worker). */
const WORKER_SCRIPT = /worker[^/]*\.m?js(\?|$)/;

/**
 * Watches for CSP violations: a listener in every document (init script), and
 * the same listener put in front of every worker script as it is served (a
 * worker's own violations are not seen by the page, and tests cannot run code
 * in a worker before its first line). Browser-written console lines about the
 * policy ("… violates the following Content Security Policy directive …") count too.
 */
async function watchCsp(context: BrowserContext, csp: string[]): Promise<void> {
  await context.addInitScript({ content: reportViolations('document') });
  await context.route(WORKER_SCRIPT, async (route) => {
    if (!isLocal(route.request().url())) return route.abort();
    const response = await route.fetch();
    await route.fulfill({ response, body: reportViolations('self') + (await response.text()) });
  });
  context.on('console', (m) => {
    const text = m.text();
    if (text.startsWith(CSP_MARK) || /Content Security Policy/i.test(text)) csp.push(text.slice(0, 500));
  });
}

/** True for URLs the app may load: the preview server, inline data and blobs. */
export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** Launches Chromium with a throwaway profile and blocks (and records) outside requests. */
export async function launch(viewport = { width: 1440, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    deviceScaleFactor: 1,
    hasTouch: viewport.width < 600,
    isMobile: false,
  });
  const outside: string[] = [];
  const errors: string[] = [];
  const csp: string[] = [];
  context.on('request', (req) => {
    if (!isLocal(req.url())) outside.push(req.url());
  });
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  await watchCsp(context, csp);
  context.on('page', (p) => p.on('pageerror', (e) => errors.push(String(e))));
  for (const p of context.pages()) p.on('pageerror', (e) => errors.push(String(e)));
  return {
    context,
    outside,
    errors,
    csp,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (csp.length > 0) throw new Error(`Content-Security-Policy violations:\n${csp.join('\n')}`);
    },
  };
}

/** Opens `path` (relative to the preview URL) and waits until the map and incidents are drawn. */
export async function openApp(b: Browser, baseUrl: string, path = ''): Promise<Page> {
  const page = b.context.pages()[0] ?? (await b.context.newPage());
  await page.goto(new URL(path, baseUrl).href);
  await waitReady(page);
  return page;
}

/** Waits for the test hook to report the map ready and incidents drawn. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__atlas?.ready === true, undefined, { timeout: 45_000 });
}

/** Saves a screenshot under tests/e2e/screenshots/. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The URL's query parameters as a plain object. */
export function params(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/** Incidents of the bundled data (read from the repo, as the app bundles them). */
export function bundledIncidents(): { id: string; title: string; start: string; parentId: string | null; type: string }[] {
  const fc = JSON.parse(readFileSync(fileURLToPath(new URL('../../../geo/incidents.geojson', import.meta.url)), 'utf8')) as {
    features: { properties: { id: string; title: string; start: string; parentId: string | null; type: string } }[];
  };
  return fc.features.map((f) => f.properties);
}

/** The number at the start of the status line ("57 incidents · …"). */
export async function statusCount(page: Page): Promise<number> {
  await settled(page);
  const text = await page.getByRole('status').innerText();
  const m = /^(\d+) incidents?/.exec(text.trim());
  if (m === null) throw new Error(`status does not begin with "N incidents": ${JSON.stringify(text)}`);
  return Number(m[1]);
}

/**
 * Waits until no part of the page is busy (aria-busy): after a claim view or
 * Count choice the list, totals, histogram and filter counts follow the map's
 * frame, saying meanwhile that they are updating.
 */
export async function settled(page: Page): Promise<void> {
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
}

/** Rows of the incident list. */
export function rows(page: Page) {
  return page.getByRole('list', { name: 'Incidents' }).getByRole('listitem');
}

/** Waits until the URL's query satisfies `test` (the URL writer coalesces drags for 250 ms). */
export async function waitForUrl(page: Page, test: (p: Record<string, string>) => boolean, timeout = 5000): Promise<Record<string, string>> {
  const end = Date.now() + timeout;
  for (;;) {
    const p = params(page);
    if (test(p)) return p;
    if (Date.now() > end) throw new Error(`URL never matched; last: ${page.url()}`);
    await page.waitForTimeout(50);
  }
}
