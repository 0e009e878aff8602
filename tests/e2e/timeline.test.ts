import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bundledIncidents, launch, openApp, params, rows, shot, statusCount, waitForUrl, type Browser } from './helpers/browser.ts';

describe('time window', () => {
  let b: Browser;
  let page: Page;
  let whole: number;
  beforeAll(async () => {
    b = await launch();
    page = await openApp(b, inject('baseUrl'));
    whole = await statusCount(page);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('moves the start by a day with an arrow key and by a month with PageUp', async () => {
    const start = page.getByRole('slider', { name: 'Start date' });
    await start.focus();
    const before = await start.getAttribute('aria-valuetext');
    await page.keyboard.press('ArrowRight');
    const day = await start.getAttribute('aria-valuetext');
    expect(Date.parse(`${day}T00:00Z`) - Date.parse(`${before}T00:00Z`)).toBe(86_400_000);
    await page.keyboard.press('PageUp');
    const month = await start.getAttribute('aria-valuetext');
    expect(month?.slice(8)).toBe(day?.slice(8));
    expect(month?.slice(0, 7)).not.toBe(day?.slice(0, 7));
  });

  it('narrows the visible set, the list, the status and the URL from the keyboard', async () => {
    const start = page.getByRole('slider', { name: 'Start date' });
    await start.focus();
    for (let k = 0; k < 36; k++) await page.keyboard.press('PageUp');
    const from = await start.getAttribute('aria-valuetext');
    const n = await statusCount(page);
    expect(n).toBeLessThan(whole);
    expect(n).toBeGreaterThan(0);
    expect(await rows(page).count()).toBe(n);
    expect(await page.evaluate(() => window.__atlas?.drawnCount() ?? -1)).toBe(n);
    const p = await waitForUrl(page, (q) => q.w !== undefined && q.w.startsWith(from ?? 'x'));
    expect(p.w).toContain(from);
  });

  it('End jumps the end handle to the end of the span and Home to the start handle', async () => {
    const start = page.getByRole('slider', { name: 'Start date' });
    const end = page.getByRole('slider', { name: 'End date' });
    await end.focus();
    await page.keyboard.press('Home');
    expect(await end.getAttribute('aria-valuetext')).toBe(await start.getAttribute('aria-valuetext'));
    await page.keyboard.press('End');
    expect(await end.getAttribute('aria-valuetext')).toMatch(/^2025-/);
  });

  it('follows a pointer drag of the end handle while dragging, not only on release', async () => {
    await page.getByRole('button', { name: 'Whole span' }).click();
    await waitForUrl(page, (q) => q.w === undefined);
    const end = page.getByRole('slider', { name: 'End date' });
    const box = await end.boundingBox();
    if (box === null) throw new Error('no end handle');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x - 300, y, { steps: 8 });
    await page.waitForTimeout(100);
    const during = await statusCount(page);
    const endDuring = await end.getAttribute('aria-valuetext');
    expect(during).toBeLessThan(whole);
    expect(await rows(page).count()).toBe(during);
    await page.mouse.move(box.x - 500, y, { steps: 4 });
    await page.mouse.up();
    const after = await statusCount(page);
    expect(after).toBeLessThanOrEqual(during);
    expect((await end.getAttribute('aria-valuetext')) ?? '').not.toBe(endDuring);
    const endText = (await end.getAttribute('aria-valuetext')) ?? 'x';
    await waitForUrl(page, (q) => q.w?.endsWith(endText) === true);
  });

  it('drags the whole window keeping its length', async () => {
    const start = page.getByRole('slider', { name: 'Start date' });
    const end = page.getByRole('slider', { name: 'End date' });
    const len = (a: string | null, b: string | null) => (Date.parse(b ?? '') - Date.parse(a ?? '')) / 86_400_000;
    const before = len(await start.getAttribute('aria-valuetext'), await end.getAttribute('aria-valuetext'));
    const s = await start.boundingBox();
    const e = await end.boundingBox();
    if (s === null || e === null) throw new Error('no handles');
    const mid = (s.x + e.x + e.width) / 2;
    const y = s.y + s.height / 2;
    await page.mouse.move(mid, y);
    await page.mouse.down();
    await page.mouse.move(mid + 120, y, { steps: 6 });
    await page.mouse.up();
    expect(len(await start.getAttribute('aria-valuetext'), await end.getAttribute('aria-valuetext'))).toBe(before);
    expect(params(page).w).toBeDefined();
  });

  it('plays the window forward and pauses', async () => {
    await page.getByRole('button', { name: 'Whole span' }).click();
    const start = page.getByRole('slider', { name: 'Start date' });
    const before = await start.getAttribute('aria-valuetext');
    await page.getByLabel('Speed').selectOption('90');
    await page.getByRole('button', { name: /Play/ }).click();
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: /Pause/ }).click();
    const paused = await start.getAttribute('aria-valuetext');
    expect((paused ?? '') > (before ?? '')).toBe(true);
    await page.waitForTimeout(400);
    expect(await start.getAttribute('aria-valuetext')).toBe(paused);
    expect(await rows(page).count()).toBe(await statusCount(page));
  });

  it('marks talks and ceasefires on the timeline, not in the list', async () => {
    const talks = bundledIncidents().filter((i) => i.type === 'talks-ceasefire');
    const marks = page.getByRole('list', { name: 'Talks and ceasefires' }).getByRole('button');
    expect(await marks.count()).toBe(talks.length);
    for (const t of talks) expect(await rows(page).filter({ hasText: t.title }).count()).toBe(0);
  });

  const DAY = 86_400_000;
  const ms = (civil: string | null) => Date.parse(`${civil ?? ''}T00:00Z`);
  const ends = async () => ({
    start: await page.getByRole('slider', { name: 'Start date' }).getAttribute('aria-valuetext'),
    end: await page.getByRole('slider', { name: 'End date' }).getAttribute('aria-valuetext'),
  });
  const wholeSpan = async () => {
    const button = page.getByRole('button', { name: 'Whole span' });
    if (await button.isEnabled()) await button.click();
  };

  it('"Time window" moves both ends by a day with the arrow keys and by a month with Page Up, keeping its length', async () => {
    await wholeSpan();
    const start = page.getByRole('slider', { name: 'Start date' });
    await start.focus();
    for (let k = 0; k < 12; k++) await page.keyboard.press('PageUp');
    // Room on both sides: the window is a year inside the span.
    await page.getByRole('slider', { name: 'End date' }).focus();
    for (let k = 0; k < 12; k++) await page.keyboard.press('PageDown');
    const before = await ends();
    const win = page.getByRole('slider', { name: 'Time window', exact: true });
    expect(await win.getAttribute('aria-valuetext')).toBe(`${before.start} to ${before.end}`);
    await win.focus();
    await page.keyboard.press('ArrowLeft');
    const left = await ends();
    expect(ms(left.start) - ms(before.start)).toBe(-DAY);
    expect(ms(left.end) - ms(before.end)).toBe(-DAY);
    expect(await win.getAttribute('aria-valuetext')).toBe(`${left.start} to ${left.end}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const right = await ends();
    expect(ms(right.start) - ms(before.start)).toBe(DAY);
    expect(ms(right.end) - ms(before.end)).toBe(DAY);
    await page.keyboard.press('PageUp');
    const month = await ends();
    expect(month.start?.slice(5, 7)).not.toBe(right.start?.slice(5, 7));
    expect(ms(month.end) - ms(month.start)).toBe(ms(right.end) - ms(right.start));
    expect(await rows(page).count()).toBe(await statusCount(page));
  });

  it('Home on the start handle stops where "Whole span" starts, and "Whole span" is offered whenever the window is narrower', async () => {
    await wholeSpan();
    const whole = await ends();
    expect(await page.getByRole('button', { name: 'Whole span' }).isDisabled()).toBe(true);
    const start = page.getByRole('slider', { name: 'Start date' });
    await start.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('button', { name: 'Whole span' }).isEnabled()).toBe(true);
    await page.keyboard.press('Home');
    expect((await ends()).start).toBe(whole.start);
    expect(await start.getAttribute('aria-valuemin')).toBe(await page.getByRole('slider', { name: 'Time window', exact: true }).getAttribute('aria-valuemin'));
    await page.keyboard.press('ArrowLeft');
    expect((await ends()).start).toBe(whole.start);
  });

  it('merges the two date labels into one when the window is narrow, so they never collide', async () => {
    await wholeSpan();
    const end = page.getByRole('slider', { name: 'End date' });
    await end.focus();
    await page.keyboard.press('Home');
    for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
    const { start: s, end: e } = await ends();
    const labels = page.locator('.track .handle-label, .track .window-label');
    expect(await labels.allInnerTexts()).toEqual([`${s} – ${e}`]);
    await page.getByRole('slider', { name: 'Time window', exact: true }).focus();
    await shot(page, 'desktop-timeline-narrow-window');
    const box = await labels.first().boundingBox();
    const track = await page.locator('.track').boundingBox();
    if (box === null || track === null) throw new Error('no label or track');
    expect(box.x).toBeGreaterThanOrEqual(track.x - 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(track.x + track.width + 0.5);
    await wholeSpan();
    const w = await ends();
    expect(await labels.allInnerTexts()).toEqual([w.start, w.end]);
  });

  it('gives every talks mark a target of at least 24 × 24 px, none overlapping another', async () => {
    const marks = page.getByRole('list', { name: 'Talks and ceasefires' }).getByRole('button');
    const boxes = [];
    for (const m of await marks.all()) boxes.push(await m.boundingBox());
    expect(boxes.length).toBeGreaterThan(3);
    for (const b of boxes) {
      if (b === null) throw new Error('a mark is not rendered');
      expect(b.width).toBeGreaterThanOrEqual(24);
      expect(b.height).toBeGreaterThanOrEqual(24);
    }
    const sorted = boxes.flatMap((b) => (b === null ? [] : [b])).sort((a, b) => a.x - b.x);
    for (let k = 1; k < sorted.length; k++) expect(sorted[k]!.x).toBeGreaterThanOrEqual(sorted[k - 1]!.x + sorted[k - 1]!.width - 0.5);
  });

  it('sends no request outside 127.0.0.1', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
