import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openApp, params, statusCount, waitForUrl, waitReady, type Browser } from './helpers/browser.ts';

const MIR_ALI = 'Suicide car bombing of army convoy (bomb-disposal unit) at Khadi, Mir Ali';

describe('the URL holds the view', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch();
    page = await openApp(b, inject('baseUrl'));
  });
  afterAll(async () => {
    await b?.close();
  });

  it('restores claim view, filter, window, selection and map position after a reload', async () => {
    await page.getByRole('radio', { name: 'Afghanistan', exact: true }).check();
    await page.getByRole('group', { name: 'Attribution' }).getByRole('checkbox', { name: 'BLA', exact: true }).uncheck();
    const start = page.getByRole('slider', { name: 'Start date' });
    await start.focus();
    for (let k = 0; k < 12; k++) await page.keyboard.press('PageUp');
    await page.getByRole('list', { name: 'Incidents' }).getByRole('listitem').filter({ hasText: MIR_ALI }).getByRole('button').first().click();
    await page.getByRole('region', { name: MIR_ALI }).waitFor();
    const q = await waitForUrl(page, (p) => p.v === 'afg' && p.ha?.toLowerCase() === 'bla' && p.w !== undefined && p.id !== undefined && p.map !== undefined, 8000);
    const startText = await start.getAttribute('aria-valuetext');
    const count = await statusCount(page);

    await page.reload();
    await waitReady(page);
    expect(params(page)).toEqual(q);
    expect(await page.getByRole('radio', { name: 'Afghanistan', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'BLA', exact: true }).isChecked()).toBe(false);
    expect(await page.getByRole('slider', { name: 'Start date' }).getAttribute('aria-valuetext')).toBe(startText);
    expect(await statusCount(page)).toBe(count);
    await page.getByRole('region', { name: MIR_ALI }).waitFor();
  });

  it('steps back through discrete changes with the browser Back button', async () => {
    await page.getByRole('radio', { name: 'Pakistan', exact: true }).check();
    await waitForUrl(page, (p) => p.v === 'pak');
    await page.goBack();
    await waitForUrl(page, (p) => p.v === 'afg');
    expect(await page.getByRole('radio', { name: 'Afghanistan', exact: true }).isChecked()).toBe(true);
  });

  it('sends no request outside 127.0.0.1', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
