/**
 * The fast drawing path draws exactly the incidents the domain filter
 * selects: on a generated dataset loaded through ?data=, for a sample of time
 * windows, claim views and attribution filters, the count read back from what
 * the GPU drew equals the status line's count and an independent count from
 * the file. A keyboard step is drawn in the key's own task, so the very next
 * frame carries it; the incidents are drawn before the basemap has loaded.
 * And ?data= refuses anything that is not a path on this site.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CompactHeader, decodeRow, type CompactRow } from '../../src/data/load/compact.ts';
import { LOAD } from '../../src/ui/copy.ts';
import { daySpan, firstDay } from '../../src/domain/civilDate.ts';
import { generate } from '../../scripts/generate.ts';
import { bundledIncidents, launch, openApp, statusCount, waitReady, type Browser } from './helpers/browser.ts';

const N = 900; // under 1,000 so the status number has no thousands separator
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const file = `${dist}perf-data/perf.rows.ndjson`;

/** [first, last] day of every generated incident, read from the file (not from the app). */
function spans(): [number, number][] {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const header = CompactHeader.parse(JSON.parse(lines[0]!));
  return lines.slice(1).map((l) => {
    const p = decodeRow(header, JSON.parse(l) as CompactRow).properties;
    return daySpan(p.start, p.end);
  });
}

async function windowOf(page: Page): Promise<[number, number]> {
  const start = await page.getByRole('slider', { name: 'Start date' }).getAttribute('aria-valuetext');
  const end = await page.getByRole('slider', { name: 'End date' }).getAttribute('aria-valuetext');
  return [firstDay(start ?? ''), firstDay(end ?? '')];
}

/** Waits until the frame after the status line shows `count` is committed, then reads the GPU count once. */
async function drawnWhenShown(page: Page, count: number): Promise<number> {
  await page.waitForFunction((n) => new RegExp(`^${n} incidents?`).test(document.querySelector('[role=status]')?.textContent?.trim() ?? ''), count);
  return page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(window.__atlas?.drawnCount() ?? -1)))));
}

describe('fast path draws what the filter selects', () => {
  let b: Browser;
  let page: Page;
  let all: [number, number][];
  const inWindow = ([a, z]: [number, number]) => all.filter(([s, e]) => s <= z && e >= a).length;

  beforeAll(async () => {
    mkdirSync(`${dist}perf-data`, { recursive: true });
    await generate({ count: N, seed: 'perf-drawn', out: file });
    all = spans();
    b = await launch({ width: 1280, height: 800 });
    page = await openApp(b, inject('baseUrl'), '?data=perf-data/perf.rows.ndjson');
    await page.waitForFunction(() => (window.__atlas?.drawnCount() ?? 0) > 0);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('draws all generated incidents over the whole span', async () => {
    expect(await statusCount(page)).toBe(N);
    expect(await page.evaluate(() => window.__atlas?.drawnCount())).toBe(N);
  });

  it('draws exactly the status count, and the count from the file, for a sample of windows', async () => {
    const start = page.getByRole('slider', { name: 'Start date' });
    const end = page.getByRole('slider', { name: 'End date' });
    const moves: [typeof start, string, number][] = [
      [start, 'PageUp', 14], [end, 'PageDown', 30], [start, 'ArrowRight', 7], [start, 'PageUp', 3], [end, 'PageDown', 2], [start, 'ArrowRight', 1],
    ];
    const seen = new Set<number>();
    for (const [slider, key, times] of moves) {
      await slider.focus();
      for (let k = 0; k < times; k++) await slider.press(key);
      const expected = inWindow(await windowOf(page));
      seen.add(expected);
      expect(await drawnWhenShown(page, expected)).toBe(expected);
    }
    expect(seen.size).toBeGreaterThan(3);
  });

  it('draws a keyboard step before the next frame: that frame reads back the new count', async () => {
    // Page-side probe: at each key, note whether the layer's draw mark came before the next frame, and what the
    // GPU count is in the first frame after that draw (drawnCount's own redraw is not mistaken for it).
    await page.evaluate(() => {
      const w = window as unknown as { __probe: { drawnBeforeFrame: boolean; count: number }[] };
      w.__probe = [];
      let inCount = false;
      let waiting: { drawnBeforeFrame: boolean; count: number } | null = null;
      const mark0 = performance.mark.bind(performance);
      performance.mark = (name: string, opts?: PerformanceMarkOptions) => {
        const m = mark0(name, opts);
        const rec = waiting;
        if (name === 'atlas:incidents-drawn' && !inCount && rec !== null) {
          waiting = null;
          requestAnimationFrame(() => {
            inCount = true;
            rec.count = window.__atlas?.drawnCount() ?? -1;
            inCount = false;
            w.__probe.push(rec);
          });
        }
        return m;
      };
      document.addEventListener('keydown', () => {
        const rec = { drawnBeforeFrame: false, count: -2 };
        waiting = rec;
        requestAnimationFrame(() => {
          rec.drawnBeforeFrame = waiting !== rec;
        });
      }, true);
    });
    const start = page.getByRole('slider', { name: 'Start date' });
    await start.focus();
    const counts = new Set<number>();
    for (let k = 0; k < 12; k++) {
      await start.press('PageDown');
      await page.waitForFunction((n) => (window as unknown as { __probe: unknown[] }).__probe.length > n, k);
      const expected = inWindow(await windowOf(page));
      const got = await page.evaluate((n) => (window as unknown as { __probe: { drawnBeforeFrame: boolean; count: number }[] }).__probe[n]!, k);
      expect(got).toEqual({ drawnBeforeFrame: true, count: expected });
      counts.add(expected);
    }
    expect(counts.size).toBeGreaterThan(3);
  });

  it('draws exactly the status count after a claim-view switch and an attribution toggle', async () => {
    await page.getByRole('radiogroup', { name: 'Claims' }).getByRole('radio', { name: 'Afghanistan' }).check();
    const before = await statusCount(page);
    expect(await drawnWhenShown(page, before)).toBe(before);
    await page.getByRole('group', { name: 'Attribution' }).getByRole('checkbox', { name: 'TTP' }).uncheck();
    await page.waitForFunction((n) => !new RegExp(`^${n} incidents?`).test(document.querySelector('[role=status]')?.textContent?.trim() ?? ''), before);
    const after = await statusCount(page);
    expect(after).toBeLessThan(before);
    expect(await drawnWhenShown(page, after)).toBe(after);
  });

  it('sends no request outside 127.0.0.1', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});

describe('incidents before the basemap', () => {
  let b: Browser;
  afterAll(async () => {
    await b?.close();
  });

  it("draws the incidents before maplibre's load when the basemap layers and fonts are slow to arrive", async () => {
    b = await launch({ width: 1280, height: 800 });
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    const delayed: string[] = [];
    await page.route(/\/assets\/(countries|provinces|places|rivers|durand-line|fata-2018)-[^/]*\.geojson$|\.woff2$/, async (route) => {
      delayed.push(route.request().url());
      await new Promise((r) => setTimeout(r, 4000));
      await route.continue();
    });
    await page.goto(new URL('?data=perf-data/perf.rows.ndjson', inject('baseUrl')).href);
    await waitReady(page);
    const marks = await page.evaluate(() => ({
      drawn: performance.getEntriesByName('atlas:first-incidents-drawn')[0]?.startTime ?? NaN,
      load: performance.getEntriesByName('atlas:map-load')[0]?.startTime ?? NaN,
    }));
    expect(delayed.length).toBeGreaterThan(3);
    expect(marks.drawn).toBeLessThan(marks.load);
    // The basemap waited for the delayed files; the incidents did not.
    expect(marks.load - marks.drawn).toBeGreaterThan(1000);
    expect(await page.evaluate(() => window.__atlas?.drawnCount())).toBe(N);
    expect(b.outside).toEqual([]);
  });
});

describe('?data= refuses other origins', () => {
  let b: Browser;
  afterAll(async () => {
    await b?.close();
  });

  it('shows the message naming the parameter and the value, and keeps the bundled data', async () => {
    b = await launch({ width: 1280, height: 800 });
    const page = await openApp(b, inject('baseUrl'), '?data=https://example.com/x');
    await page.waitForFunction(() => (window.__atlas?.drawnCount() ?? 0) > 0);
    const message = LOAD.fallback('https://example.com/x', LOAD.cause.refused);
    expect(message).toBe('?data="https://example.com/x" could not be used: it is not a path on this site (only same-origin paths can be loaded). The bundled data is shown instead.');
    expect(await page.getByRole('alert').innerText()).toContain(message);
    const counted = bundledIncidents().filter((i) => i.type !== 'talks-ceasefire' && i.parentId === null).length;
    expect(await statusCount(page)).toBe(counted);
    expect(b.outside).toEqual([]);
  });
});
