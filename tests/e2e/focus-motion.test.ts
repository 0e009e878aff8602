/**
 * Focus and motion: the About dialog is a native modal <dialog> (Tab and
 * Shift+Tab stay inside, Escape closes, focus returns to its button), the page
 * has one banner landmark, and a selection moves the camera instantly under
 * prefers-reduced-motion (animated otherwise).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openApp, rows, type Browser } from './helpers/browser.ts';

/** Whether the focused element is inside the open dialog (the dialog box itself counts as outside its controls). */
const focusInDialog = (page: Page) =>
  page.evaluate(() => {
    const d = document.querySelector('dialog[open]');
    const a = document.activeElement;
    return d !== null && a !== null && a !== d && d.contains(a);
  });

/**
 * Clicks the list row at `index` and reads the camera in the same task, right after the click was handled (React
 * handles a click and its effects synchronously): an instant move has already arrived, an animated one has only begun.
 */
async function selectAndLook(page: Page, index: number): Promise<{ moving: boolean; zoom: number }> {
  const button = await rows(page).nth(index).getByRole('button').first().elementHandle();
  if (button === null) throw new Error(`no row ${index}`);
  return button.evaluate((el) => {
    (el as HTMLElement).click();
    return { moving: window.__atlas?.moving() ?? false, zoom: window.__atlas?.camera().zoom ?? -1 };
  });
}

describe('focus and motion', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch();
    page = await openApp(b, inject('baseUrl'));
  });
  afterAll(async () => {
    await b?.close();
  });

  it('opens About as a modal dialog with focus inside; Shift+Tab right away stays inside', async () => {
    const opener = page.getByRole('button', { name: 'About the data' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'About Durand Atlas' });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).toBe(true);
    expect(await focusInDialog(page)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await focusInDialog(page)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await focusInDialog(page)).toBe(true);
  });

  it('keeps Tab inside the dialog all the way round, both ways', async () => {
    const stops = await page.locator('dialog[open]').locator('a[href], button').count();
    for (let k = 0; k < stops + 2; k++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(page)).toBe(true);
    }
    for (let k = 0; k < stops + 2; k++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInDialog(page)).toBe(true);
    }
  });

  it('has one banner landmark with the dialog open', async () => {
    expect(await page.getByRole('banner').count()).toBe(1);
  });

  it('closes with Escape, after Shift+Tab, and gives focus back to its button', async () => {
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('About the data');
    expect(await page.getByRole('banner').count()).toBe(1);
    // And it opens again.
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'About Durand Atlas' }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('moves the camera instantly on selection under prefers-reduced-motion: reduce', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await selectAndLook(page, 0)).toEqual({ moving: false, zoom: 7 });
  });

  it('animates the same move without that preference', async () => {
    await page.getByRole('button', { name: 'Close' }).click();
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // Back below zoom 6, where a selection always flies in (to zoom 7).
    for (let k = 0; k < 2; k++) await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForFunction(() => window.__atlas?.moving() === false && (window.__atlas?.camera().zoom ?? 99) < 6);
    const seen = await selectAndLook(page, 0);
    expect(seen.moving).toBe(true);
    expect(seen.zoom).toBeLessThan(6);
    expect(b.errors).toEqual([]);
  });
});
