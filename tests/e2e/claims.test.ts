import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openApp, rows, settled, shot, waitForUrl, type Browser } from './helpers/browser.ts';

// Titles of the foundation issue's reference incidents (geo/incidents.geojson).
const OCT = 'Afghan retaliatory offensive on Pakistani border posts and Pakistani counter-strikes (11-12 Oct 2025)';
const MIR_ALI = 'Suicide car bombing of army convoy (bomb-disposal unit) at Khadi, Mir Ali';
const KHOST = 'Reported Pakistani strikes in Khost (Gurbuz), Kunar and Paktika';

describe('claim view in the list', () => {
  let b: Browser;
  let page: Page;
  const row = (title: string) => rows(page).filter({ hasText: title });
  const choose = async (name: string) => {
    await page.getByRole('radiogroup', { name: 'Claims' }).getByRole('radio', { name, exact: true }).check();
    // The list follows the map's frame: read it once it has.
    await settled(page);
  };
  beforeAll(async () => {
    b = await launch();
    page = await openApp(b, inject('baseUrl'));
  });
  afterAll(async () => {
    await b?.close();
  });

  it('answers a claim view click at once on the bundled data: list and status change in the click\'s own task, nothing busy', async () => {
    // Click and read in one script, with no frame in between: small data is never a frame behind the click.
    const read = () =>
      page.evaluate(async (name) => {
        const radio = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.labels?.[0]?.textContent?.trim() === name);
        radio?.click();
        // React flushes a click's render in a microtask; a frame needs a task, so none comes before the read.
        for (let i = 0; i < 5; i++) await Promise.resolve();
        return {
          checked: radio?.checked ?? false,
          busy: document.querySelectorAll('[aria-busy="true"]').length,
          status: document.querySelector('.status')?.textContent ?? '',
          compareRows: document.querySelectorAll('#incident-list li.compare').length,
        };
      }, 'Afghanistan');
    const after = await read();
    expect(after.checked).toBe(true);
    expect(after.busy).toBe(0);
    expect(after.status).toContain('Afghanistan: over 230');
    expect(after.status).not.toContain('PAK:');
    expect(after.compareRows).toBe(0);
    await page.getByRole('radiogroup', { name: 'Claims' }).getByRole('radio', { name: 'Compare', exact: true }).check();
    await settled(page);
  });

  it('offers the four views in a radio group named "Claims"', async () => {
    const group = page.getByRole('radiogroup', { name: 'Claims' });
    for (const name of ['Pakistan', 'Afghanistan', 'Independent', 'Compare']) {
      expect(await group.getByRole('radio', { name, exact: true }).count()).toBe(1);
    }
  });

  it('shows each row with its date as YYYY-MM-DD', async () => {
    expect(await row(OCT).innerText()).toContain('2025-10-11');
    expect(await row(MIR_ALI).innerText()).toContain('2025-06-28');
    expect(await row(KHOST).innerText()).toContain('2025-11-24');
  });

  it('shows Pakistan\'s headlines: over 223 killed on 11–12 Oct, 13 at Mir Ali, "denied" at Khost', async () => {
    await choose('Pakistan');
    await waitForUrl(page, (q) => q.v === 'pak');
    expect(await row(OCT).innerText()).toMatch(/over 223 killed/);
    expect(await row(MIR_ALI).innerText()).toMatch(/\b13 killed/);
    expect(await row(KHOST).innerText()).toMatch(/denied/);
    expect(await page.evaluate(() => window.__atlas?.durandDepiction())).toEqual({ label: 'International border (Durand Line)', dash: [1, 0] });
  });

  it('shows Afghanistan\'s headlines: 67 on 11–12 Oct, "no claim" at Mir Ali, 10 at Khost', async () => {
    await choose('Afghanistan');
    expect(await row(OCT).innerText()).toMatch(/\b67 killed/);
    expect(await row(MIR_ALI).innerText()).toMatch(/no claim/);
    expect(await row(MIR_ALI).innerText()).not.toMatch(/\b0 killed/);
    expect(await row(KHOST).innerText()).toMatch(/\b10 killed/);
    expect(await page.evaluate(() => window.__atlas?.durandDepiction())).toEqual({ label: 'Durand Line — not recognised by Afghanistan', dash: [2, 1.5] });
  });

  it('shows independent headlines: "no claim" on 11–12 Oct, 16 at Mir Ali', async () => {
    await choose('Independent');
    expect(await row(OCT).innerText()).toMatch(/no claim/);
    expect(await row(MIR_ALI).innerText()).toMatch(/at least 16 killed/);
    expect(await page.evaluate(() => window.__atlas?.durandDepiction()?.label)).toBe('Durand Line (de facto boundary)');
  });

  it('puts PAK, AFG and INDEPENDENT side by side under Compare', async () => {
    await choose('Compare');
    const oct = await row(OCT).innerText();
    expect(oct).toMatch(/PAK\s+over 223 killed/);
    expect(oct).toMatch(/AFG\s+67 killed/);
    expect(oct).toMatch(/INDEPENDENT\s+no claim/);
    const khost = await row(KHOST).innerText();
    expect(khost).toMatch(/PAK\s+denied/);
    expect(khost).toMatch(/AFG\s+10 killed/);
    await shot(page, 'desktop-compare');
  });

  it('shows the gap for the same category in the panel: Pakistani security forces killed, PAK 23 vs AFG 58 (a claimed kill)', async () => {
    await row(OCT).getByRole('button').first().click();
    const panel = page.getByRole('region', { name: OCT });
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toMatch(/PAK\s+ISPR\s+23 killed[^\n]*vs\s+AFG[^\n]*58 killed[^\n]*claimed kill[^\n]*gap 35/);
    await shot(page, 'desktop-panel-compare');
  });
});
