import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openApp, rows, shot, type Browser } from './helpers/browser.ts';

/** The id of the closest element with an id around the focused element, and the focused element's own attributes. */
async function focused(page: Page): Promise<{ inside: string[]; id: string | null; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const inside: string[] = [];
    for (let p = el; p !== null; p = p.parentElement) if (p.id !== '') inside.push(p.id);
    return { inside, id: el?.dataset.id ?? null, tag: el?.tagName ?? '' };
  });
}

describe('keyboard: skip links and the list', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch();
    page = await openApp(b, inject('baseUrl'));
  });
  afterAll(async () => {
    await b?.close();
  });

  it('offers four skip links as the first Tab stops, each moving focus into its part', async () => {
    const targets = [
      ['Skip to the map', 'map'],
      ['Skip to the timeline', 'timeline'],
      ['Skip to the list', 'incident-list'],
      ['Skip to the filters', 'filters'],
    ] as const;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (const [name] of targets) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
    }
    await shot(page, 'desktop-skip-link');
    for (const [name, id] of targets) {
      await page.getByRole('link', { name }).focus();
      await page.keyboard.press('Enter');
      const f = await focused(page);
      expect(f.inside).toContain(id);
      expect(f.tag).not.toBe('A');
    }
    expect(new URL(page.url()).hash).toBe('');
  });

  it('makes the list a single Tab stop, with arrow keys, Home/End inside it and Enter opening the panel', async () => {
    expect(await page.locator('#incident-list [tabindex="0"]').count()).toBe(1);
    await page.getByRole('link', { name: 'Skip to the list' }).focus();
    await page.keyboard.press('Enter');
    const ids = await rows(page).locator('button').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.id));
    expect((await focused(page)).id).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).id).toBe(ids[2]);
    await page.keyboard.press('End');
    expect((await focused(page)).id).toBe(ids[ids.length - 1]);
    await page.keyboard.press('Home');
    expect((await focused(page)).id).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    // One Tab leaves the list for the filters; Shift+Tab comes back to the row that had focus.
    await page.keyboard.press('Tab');
    expect((await focused(page)).inside).toContain('filters');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).id).toBe(ids[1]);
    await shot(page, 'desktop-list-focus');
    const title = (await rows(page).nth(1).locator('.row-title').innerText()).trim();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: title }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('draws the focus ring of a row entirely inside the list box', async () => {
    await page.getByRole('link', { name: 'Skip to the list' }).focus();
    await page.keyboard.press('Enter');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const box = (document.getElementById('incident-list') as HTMLElement).getBoundingClientRect();
      const out = parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth);
      return { style: cs.outlineStyle, left: r.left - Math.max(0, out), right: r.right + Math.max(0, out), boxLeft: box.left, boxRight: box.right };
    });
    expect(ring.style).toBe('solid');
    expect(ring.left).toBeGreaterThanOrEqual(ring.boxLeft);
    expect(ring.right).toBeLessThanOrEqual(ring.boxRight);
  });

  it('sorts by casualties starting with the largest figure', async () => {
    await page.getByRole('radio', { name: 'Pakistan', exact: true }).check();
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('casualties');
    const list = await rows(page).evaluateAll((lis) =>
      lis.map((li) => ({ id: (li.querySelector('button') as HTMLElement).dataset.id ?? '', head: li.querySelector('.row-head')?.textContent ?? '' })),
    );
    // The killed figure each row shows under Pakistan's view ("over 223 killed", "10–12 killed"; "no claim" has none).
    const killed = list.map((r) => {
      const m = /([\d,]+)(?:–([\d,]+))? killed/.exec(r.head);
      return m === null ? null : Number((m[2] ?? m[1] ?? '').replace(/,/g, ''));
    });
    const max = Math.max(...killed.flatMap((k) => (k === null ? [] : [k])));
    expect(max).toBeGreaterThan(0);
    expect(list[0]?.id).toBe(list[killed.indexOf(max)]?.id);
    expect(killed[0]).toBe(max);
    expect(await page.getByRole('button', { name: /Sort by Casualties/ }).innerText()).toContain('descending');
  });

  it('sends no request outside 127.0.0.1', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
