import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openApp, rows, settled, shot, statusCount, waitForUrl, type Browser } from './helpers/browser.ts';

// Issue 7: whose dead, on what record, who did it vs whom it targeted, silence.
const OCT = 'Afghan retaliatory offensive on Pakistani border posts and Pakistani counter-strikes (11-12 Oct 2025)';
const ORAKZAI = 'Orakzai ambush/IBO: Lt Col and Major among 11 soldiers killed';
const URGUN = 'Pakistani strikes in Urgun and Barmal (Paktika) killing three cricketers';

describe('the claims model in the app', () => {
  let b: Browser;
  let page: Page;
  const row = (title: string) => rows(page).filter({ hasText: title });
  beforeAll(async () => {
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('the Count control narrows every headline to one category, and is in the URL', async () => {
    page = await openApp(b, inject('baseUrl'));
    const count = page.getByRole('combobox', { name: 'Count' });
    expect(await count.locator('option').allInnerTexts()).toEqual(['All killed', 'Pakistani security forces', 'Afghan forces', 'Civilians', 'Militants and attackers']);
    expect(await row(ORAKZAI).innerText()).toMatch(/PAK\s+30 killed: 11 Pakistani security forces, 19 militants and attackers/);
    await count.selectOption({ label: 'Pakistani security forces' });
    await waitForUrl(page, (q) => q.count === 'pak-security');
    await settled(page);
    const oct = await row(OCT).innerText();
    expect(oct).toMatch(/PAK\s+23 killed/);
    expect(oct).toMatch(/AFG\s+58 killed, 30 injured \(claimed kill\)/);
    expect(oct).toMatch(/INDEPENDENT\s+no claim/);
    expect(await row(ORAKZAI).innerText()).toMatch(/PAK\s+11 killed/);
    await shot(page, 'desktop-count-security-forces');
  });

  it('names each side\'s stance in the panel; anonymous officials are never "acknowledged"', async () => {
    page = await openApp(b, inject('baseUrl'), '?id=paktika-urgun-strikes-2025-10-17');
    const panel = page.getByRole('region', { name: URGUN });
    await panel.waitFor();
    const stances = panel.getByRole('definition').filter({ hasText: /anonymous|on the record|statement/ });
    expect(await stances.allInnerTexts()).toEqual(expect.arrayContaining(['only anonymous officials, no figures', 'figures on the record']));
    expect(await panel.innerText()).not.toMatch(/PAK[^\n]*acknowledged/);
    expect(await panel.innerText()).toMatch(/Pakistan holds responsible\s+not stated by this side/);
    expect(await panel.innerText()).toMatch(/Target, per Pakistan\s+Hafiz Gul Bahadur group/);
    await shot(page, 'desktop-panel-stances');
  });

  it('offers "Not stated by this side" under Pakistan\'s view, with its count, and it hides the strikes Pakistan never attributed', async () => {
    page = await openApp(b, inject('baseUrl'), '?v=pak');
    const option = page.getByRole('group', { name: 'Attribution' }).getByRole('checkbox', { name: 'Not stated by this side', exact: true });
    const described = await option.getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).innerText()).toMatch(/\d+ incidents? shown only by this/);
    expect(await row(URGUN).count()).toBe(1);
    const before = await statusCount(page);
    await option.uncheck();
    await waitForUrl(page, (q) => (q.ha ?? '').includes('NOT_STATED'));
    expect(await row(URGUN).count()).toBe(0);
    expect(await statusCount(page)).toBeLessThan(before);
  });

  it('draws the sector markers of 11–12 Oct and opens one with the note that casualties were reported for the whole offensive', async () => {
    page = await openApp(b, inject('baseUrl'), '?w=2025-10-01..2025-10-31&map=7/33.5/70.5');
    await page.waitForFunction(() => (window.__atlas?.sectorIds().length ?? 0) === 3, undefined, { timeout: 10_000 });
    expect((await page.evaluate(() => window.__atlas?.sectorIds() ?? [])).sort()).toEqual([
      'border-clash-2025-10-12-angoor-adda',
      'border-clash-2025-10-12-bajaur',
      'border-clash-2025-10-12-kurram',
    ]);
    expect(await rows(page).filter({ hasText: /sector/i }).count()).toBe(0);
    await page.goto(new URL('?w=2025-10-01..2025-10-31&id=border-clash-2025-10-12-kurram', inject('baseUrl')).href);
    const note = page.getByText('Casualties were reported only for the whole offensive, not for this sector:');
    await note.waitFor();
    expect(await page.getByRole('button', { name: OCT }).count()).toBeGreaterThan(0);
  });

  it('totals a window where one side gave no figure apart, never as 0', async () => {
    page = await openApp(b, inject('baseUrl'), '?w=2025-06-28..2025-06-28');
    const status = await page.getByRole('status').innerText();
    expect(status).toMatch(/^1 incident/);
    expect(status).toMatch(/AFG: no killed figure, no injured figure \(1 without a figure\)/);
    expect(status).toMatch(/INDEPENDENT: at least 16 killed in 1 incident, no injured figure/);
    expect(status).toMatch(/PAK: 13 killed in 1 incident, 16 injured in 1 incident/);
    expect(status).not.toMatch(/\b0 (killed|injured)/);
  });
});
