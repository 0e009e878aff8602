/**
 * Text that cannot break the layout: an incident whose title is one long
 * unbroken word wraps in the panel, the list and the tooltip; the panel's
 * close button stays on screen and works, on a desktop and in the phone's
 * bottom sheet. The data comes through ?data= from a fixture served by the test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bundledIncidents, launch, openApp, shot, type Browser } from './helpers/browser.ts';

// 180 characters without a break: about 1,800 px of bold text, wider than the panel on any screen.
const LONG = `Longword${'x'.repeat(172)}`;
const FIXTURE = 'e2e-fixtures/long-title.geojson';

/** The bundled incidents, every title replaced by LONG (so any tooltip shows it); returns the first counted one's id. */
function fixture(): { body: string; id: string } {
  const fc = JSON.parse(readFileSync(fileURLToPath(new URL('../../geo/incidents.geojson', import.meta.url)), 'utf8')) as {
    features: { properties: { id: string; title: string; type: string; parentId: string | null } }[];
  };
  for (const f of fc.features) f.properties.title = LONG;
  const target = fc.features.find((f) => f.properties.type !== 'talks-ceasefire' && f.properties.parentId === null);
  if (target === undefined) throw new Error('no counted incident in the bundled data');
  return { body: JSON.stringify(fc), id: target.properties.id };
}

async function open(b: Browser): Promise<{ page: Page; id: string }> {
  const { body, id } = fixture();
  await b.context.route(`**/${FIXTURE}`, (route) => route.fulfill({ body, contentType: 'application/geo+json' }));
  const page = await openApp(b, inject('baseUrl'), `?data=${FIXTURE}&id=${id}`);
  await page.getByRole('region', { name: LONG }).waitFor();
  return { page, id };
}

/** Asserts the element's box lies inside the viewport. */
async function inViewport(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  const vp = page.viewportSize();
  expect(box, selector).not.toBeNull();
  if (box === null || vp === null) return;
  expect(box.x, selector).toBeGreaterThanOrEqual(0);
  expect(box.y, selector).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, selector).toBeLessThanOrEqual(vp.width);
  expect(box.y + box.height, selector).toBeLessThanOrEqual(vp.height);
}

/** True when no descendant of the element is wider than it (nothing spills out sideways). */
const fits = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.scrollWidth <= el.clientWidth + 1);

for (const [label, viewport] of [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  describe(`a long unbroken title (${label} ${viewport.width}×${viewport.height})`, () => {
    let b: Browser;
    let page: Page;
    beforeAll(async () => {
      b = await launch(viewport);
      ({ page } = await open(b));
    });
    afterAll(async () => {
      await b?.close();
    });

    it('wraps in the panel and keeps the close button on screen', async () => {
      await shot(page, `${label}-long-title-panel`);
      await inViewport(page, '.panel .panel-head .close');
      expect(await fits(page, '.panel')).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });

    it('the close button closes the panel', async () => {
      await page.locator('.panel .panel-head .close').click();
      expect(await page.locator('.panel').count()).toBe(0);
    });

    it('stays inside the list row', async () => {
      const row = page.locator('.list .row', { hasText: 'Longword' }).first();
      expect(await fits(page, '.list-scroll')).toBe(true);
      const rowBox = await row.boundingBox();
      const listBox = await page.locator('.list').boundingBox();
      expect(rowBox !== null && listBox !== null && rowBox.x + rowBox.width <= listBox.x + listBox.width + 1).toBe(true);
    });

    it('wraps in the tooltip', async () => {
      if (viewport.width < 600) return; // no hover on a touch screen
      const ids = bundledIncidents().map((i) => i.id);
      const positions = await page.evaluate((xs) => xs.map((i) => window.__atlas?.screenPositionOf(i) ?? null), ids);
      // A point drawn on its own (screenPositionOf answers for a disc's members too, at the disc, which has no tooltip).
      const inDisc = new Set((await page.evaluate(() => window.__atlas?.clusters() ?? [])).flatMap((d) => d.memberIds));
      const at = positions.find((p, k) => p !== null && !inDisc.has(ids[k] ?? '')) ?? null;
      expect(at).not.toBeNull();
      if (at === null) return;
      await page.mouse.move(at.x, at.y);
      await page.locator('.tooltip').waitFor();
      expect(await page.locator('.tooltip .tt-title').innerText()).toBe(LONG);
      expect(await fits(page, '.tooltip')).toBe(true);
      const box = await page.locator('.tooltip').boundingBox();
      expect(box !== null && box.width <= 320).toBe(true);
      await shot(page, `${label}-long-title-tooltip`);
    });

    it('shows the About dialog inside the screen', async () => {
      await page.mouse.move(1, 1);
      await page.getByRole('button', { name: 'About the data' }).click();
      await page.getByRole('dialog').waitFor();
      await inViewport(page, 'dialog[open] .close');
      expect(await fits(page, 'dialog[open] .modal-body')).toBe(true);
      await shot(page, `${label}-about`);
      await page.keyboard.press('Escape');
      expect(b.errors).toEqual([]);
      expect(b.outside).toEqual([]);
    });
  });
}
