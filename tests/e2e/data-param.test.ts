import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, params, statusCount, waitForUrl, type Browser } from './helpers/browser.ts';

describe('?data=', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch();
    page = b.context.pages()[0] ?? (await b.context.newPage());
  });
  afterAll(async () => {
    await b?.close();
  });

  it('refuses a URL off the origin, says so, and shows the bundled data', async () => {
    await page.goto(new URL('?data=https://example.com/x.geojson', inject('baseUrl')).href);
    await page.waitForFunction(() => window.__atlas?.ready === true);
    await page.getByText('?data="https://example.com/x.geojson" could not be used: it is not a path on this site (only same-origin paths can be loaded). The bundled data is shown instead.').waitFor();
    expect(await statusCount(page)).toBeGreaterThan(40);
    expect(b.outside).toEqual([]);
  });

  it('stays in the URL through the view\'s own URL writes', async () => {
    await page.goto(new URL('?data=nothing-here.ndjson&v=pak', inject('baseUrl')).href);
    await page.getByRole('radio', { name: 'Afghanistan', exact: true }).check();
    const q = await waitForUrl(page, (p) => p.v === 'afg');
    expect(q.data).toBe('nothing-here.ndjson');
    expect(params(page).data).toBe('nothing-here.ndjson');
  });
});
