/**
 * Opening a UCDP GED export as a layer: the file chooser, the report, the
 * layer in the panel, its toggle, its return after a reload, its removal.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openApp, shot, statusCount, waitReady, type Browser } from './helpers/browser.ts';

const FILE = fileURLToPath(new URL('../../../shared/corpora/ucdp/ucdp_gedevents_pakistan.csv', import.meta.url));
const NAME = 'ucdp_gedevents_pakistan.csv';
const present = existsSync(FILE);

/** Layers kept in the page's IndexedDB (src/data/import/saved.ts), read in the page. */
function savedLayerCount(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('durand-atlas');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const count = db.transaction('layers').objectStore('layers').count();
      count.onsuccess = () => {
        resolve(count.result);
        db.close();
      };
    };
  });
}

describe.skipIf(!present)(`opening a UCDP file as a layer${present ? '' : ' (skipped: ../shared/corpora/ucdp not found next to the repo)'}`, () => {
  let b: Browser;
  let page: Page;
  let bundledCount = 0;
  beforeAll(async () => {
    b = await launch();
    page = await openApp(b, inject('baseUrl'));
    bundledCount = await statusCount(page);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('opens the file with the file chooser and shows the row-by-row report', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open data file', exact: true }).click();
    await (await chooser).setFiles(FILE);
    const report = page.getByRole('dialog', { name: `Import report: ${NAME}` });
    await report.waitFor({ timeout: 30_000 });
    const counts = await report.locator('.report-counts').innerText();
    expect(counts.replace(/\s+/g, ' ')).toContain('Records read 5,834 Imported 5,834 Merged as duplicates 0 Refused 0');
    await expect.poll(() => report.getByText('Nothing leaves your browser', { exact: false }).count()).toBe(1);
    // 243 warnings: high below low (135), best outside low–high from the data door (106), a placeholder source date (2), each by record and line.
    await expect.poll(() => report.getByRole('heading', { name: 'Warnings (imported as given) (243)' }).count()).toBe(1);
    await shot(page, 'import-report-1440');
    await report.getByRole('button', { name: 'Close report' }).click();
    await report.waitFor({ state: 'detached' });
  });

  it('shows the layer with its count, and its events beside the bundled ones', async () => {
    const layers = page.getByRole('region', { name: 'Layers' });
    await expect.poll(() => layers.getByRole('checkbox', { name: `Show ${NAME}` }).isChecked()).toBe(true);
    expect(await layers.getByText('5,834 events', { exact: true }).count()).toBe(1);
    await expect.poll(() => statusCount(page)).toBe(bundledCount + 5834);
    await shot(page, 'import-layers-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await layers.scrollIntoViewIfNeeded();
    await shot(page, 'import-layers-390');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('hides and shows the layer with its toggle', async () => {
    const toggle = page.getByRole('checkbox', { name: `Show ${NAME}` });
    await toggle.uncheck();
    await expect.poll(() => statusCount(page)).toBe(bundledCount);
    await toggle.check();
    await expect.poll(() => statusCount(page)).toBe(bundledCount + 5834);
  });

  it('says beside Copy link that opened files are not in the link', async () => {
    const bar = page.getByRole('toolbar', { name: 'Export and share' });
    const note = 'The link shows the bundled incidents; opened files are not in the link (they stay in this browser).';
    await expect.poll(() => bar.getByText(note, { exact: true }).count()).toBe(2);
    expect(await bar.getByRole('button', { name: 'Copy link', exact: true }).getAttribute('aria-describedby')).not.toBeNull();
  });

  it('finds the layer again after a reload, reading the URL after it: a selected event of the file stays selected', async () => {
    // The URL's id names an event only the saved layer has: it is checked after the layer is back, so it is kept.
    await page.goto(`${page.url().split('?')[0]}?id=ucdp-ged-51811`);
    await waitReady(page);
    await expect.poll(() => page.getByRole('checkbox', { name: `Show ${NAME}` }).isChecked(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => statusCount(page)).toBe(bundledCount + 5834);
    await expect.poll(() => new URL(page.url()).searchParams.get('id')).toBe('ucdp-ged-51811');
    const panel = page.locator('section.panel');
    await expect.poll(() => panel.count()).toBe(1);
    // Its link would not find it elsewhere: the panel says so beside its Copy link.
    await expect.poll(() => panel.getByText('This event is from an opened file, which is not in the link: the link finds it only in this browser.').count()).toBe(1);
  });

  it('removes the layer, and it stays removed after a reload', async () => {
    await page.getByRole('button', { name: `Remove ${NAME}` }).click();
    await expect.poll(() => statusCount(page)).toBe(bundledCount);
    await expect.poll(() => page.evaluate(savedLayerCount)).toBe(0);
    await page.reload();
    await waitReady(page);
    expect(await page.getByRole('checkbox', { name: `Show ${NAME}` }).count()).toBe(0);
    expect(await statusCount(page)).toBe(bundledCount);
  });

  it('sends no request outside 127.0.0.1 and throws no page error', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
