/**
 * One headless Chromium per test file, a fresh profile each time, and a guard
 * that records every request that would leave 127.0.0.1 so a test fails on it.
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
  close(): Promise<void>;
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
  context.on('request', (req) => {
    if (!isLocal(req.url())) outside.push(req.url());
  });
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  context.on('page', (p) => p.on('pageerror', (e) => errors.push(String(e))));
  for (const p of context.pages()) p.on('pageerror', (e) => errors.push(String(e)));
  return {
    context,
    outside,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
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
  const text = await page.getByRole('status').innerText();
  const m = /^(\d+) incidents?/.exec(text.trim());
  if (m === null) throw new Error(`status does not begin with "N incidents": ${JSON.stringify(text)}`);
  return Number(m[1]);
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
