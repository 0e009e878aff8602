/**
 * The map as an atlas (issue 9): every incident reachable from the map
 * through "Incidents here", the world drawn around the region with no empty
 * band at the minimum zoom, country and ranked place names clear of the
 * incident marks, and a talks mark that shows its venue.
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Page } from 'playwright-core';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstDay } from '../../src/domain/civilDate.ts';
import { BASE } from '../../src/map/style/colors.ts';
import { bundledIncidents, launch, openApp, params, shot, waitForUrl, type Browser } from './helpers/browser.ts';

const MIR_ALI = ['mir-ali-post-attack-2024-03-16', 'mir-ali-convoy-bombing-2025-06-28', 'mir-ali-camp-attack-2025-10-17'];
const DOHA = 'doha-ceasefire-2025-10-19';
const all = bundledIncidents();
const titleOf = (id: string) => all.find((i) => i.id === id)?.title ?? '';
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until the labels have been laid out around the marks of a still map. */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await page.waitForFunction(() => window.__atlas?.labelsSettled === true, undefined, { timeout: 15_000 });
  await page.waitForTimeout(300);
}

const labels = (page: Page) => page.evaluate(() => window.__atlas?.renderedLabels() ?? []);
const here = (page: Page) => page.getByRole('dialog', { name: 'Incidents here', exact: true });
const hereIds = (page: Page) => here(page).locator('[data-incident-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-incident-id') ?? ''));

/** Clicks where a click reaches the incident (its point, or the disc it is counted in). */
async function clickIncident(page: Page, id: string): Promise<void> {
  const p = await page.evaluate((i) => window.__atlas?.screenPositionOf(i) ?? null, id);
  if (p === null) throw new Error(`${id} is not reachable on screen`);
  await page.mouse.click(p.x, p.y);
}

describe('the atlas at 1440×900', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch();
    page = await openApp(b, inject('baseUrl'));
    await settled(page);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('names the two countries and the main cities at the default view, clear of the incident marks', async () => {
    expect(await labels(page)).toEqual(expect.arrayContaining(['Afghanistan', 'Pakistan', 'Islamabad', 'Kabul', 'Quetta', 'Peshawar']));
    // The legend starts closed where it would cover the line's south-western half.
    await expect.poll(() => page.getByRole('region', { name: 'Legend' }).getByRole('button').getAttribute('aria-expanded')).toBe('false');
    await shot(page, 'desktop-atlas-default');
  });

  it('opens each of the three Mir Ali incidents from the map through "Incidents here"', async () => {
    await page.goto(new URL('?map=13/32.97/70.27', inject('baseUrl')).href);
    await page.waitForFunction(() => window.__atlas?.ready === true, undefined, { timeout: 45_000 });
    await settled(page);
    for (const id of MIR_ALI) {
      await clickIncident(page, id);
      await expect.poll(() => hereIds(page)).toEqual(expect.arrayContaining(MIR_ALI));
      expect((await hereIds(page)).length).toBe(3);
      if (id === MIR_ALI[0]) await shot(page, 'desktop-incidents-here-stack');
      await here(page).getByRole('button', { name: new RegExp(escaped(titleOf(id))) }).click();
      await waitForUrl(page, (q) => q.id === id);
      await expect.poll(() => here(page).count()).toBe(0);
      await page.waitForTimeout(900);
    }
  });

  it('lists exactly a counted disc’s members, and zooms to them', async () => {
    await page.goto(new URL('?map=5/33.5/70.5', inject('baseUrl')).href);
    await page.waitForFunction(() => window.__atlas?.ready === true, undefined, { timeout: 45_000 });
    await settled(page);
    const discs = await page.evaluate(() => window.__atlas?.clusters() ?? []);
    const disc = [...discs].sort((x, y) => y.count - x.count)[0];
    if (disc === undefined) throw new Error('no counted disc at zoom 5');
    expect(disc.count).toBeGreaterThanOrEqual(3);
    await clickIncident(page, disc.memberIds[0] as string);
    await expect.poll(async () => (await hereIds(page)).sort()).toEqual([...disc.memberIds].sort());
    await shot(page, 'desktop-incidents-here-disc');
    await here(page).getByRole('button', { name: 'Zoom to these', exact: true }).click();
    const q = await waitForUrl(page, (p) => Number((p.map ?? '0').split('/')[0]) > 5);
    expect(Number(q.map?.split('/')[0])).toBeGreaterThan(5);
    await expect.poll(() => here(page).count()).toBe(0);
  });

  it('draws land wherever Natural Earth 1:50m has a country at the minimum zoom', async () => {
    await page.goto(new URL('?map=3/30/65', inject('baseUrl')).href);
    await page.waitForFunction(() => window.__atlas?.ready === true, undefined, { timeout: 45_000 });
    await settled(page);
    await shot(page, 'desktop-atlas-min-zoom');
    expect(params(page).map?.split('/')[0]).toBe('3');
    // Only the basemap: the incident layer, the legend and the controls are hidden for the reading (from script: the
    // page's policy allows no inline style sheet).
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.incident-layer, .incident-layer-labels, .legend, .maplibregl-control-container')) el.style.visibility = 'hidden';
    });
    await page.waitForTimeout(200);
    const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
    if (box === null) throw new Error('no map canvas');
    const png = (await page.screenshot({ clip: box })).toString('base64');
    const step = 8;
    const samples = await page.evaluate(
      async ({ png, box, step }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        const out: { ll: [number, number][]; rgb: [number, number, number] }[] = [];
        for (let y = 6; y < c.height - 6; y += step) {
          for (let x = 6; x < c.width - 6; x += step) {
            const at = (dx: number, dy: number) => window.__atlas?.lngLatAt(box.x + x + dx + 0.5, box.y + y + dy + 0.5) ?? [NaN, NaN];
            const k = (y * c.width + x) * 4;
            out.push({ ll: [at(0, 0), at(-4, 0), at(4, 0), at(0, -4), at(0, 4)], rgb: [px[k] ?? 0, px[k + 1] ?? 0, px[k + 2] ?? 0] });
          }
        }
        return out;
      },
      { png, box, step },
    );
    const require = (await import('node:module')).createRequire(import.meta.url);
    const topo = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
    const land = topoFeature(topo, topo.objects.countries).features.map((f) => ({ f: f as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>, b: bbox(f) }));
    const onLand = ([x, y]: [number, number]) => land.some(({ f, b }) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3] && booleanPointInPolygon([x, y], f));
    const clear = [0, 2, 4].map((i) => Number.parseInt(BASE.background.slice(1 + i, 3 + i), 16));
    const isClear = (rgb: number[]) => rgb.every((v, i) => Math.abs(v - (clear[i] as number)) <= 3);
    let landSamples = 0;
    let seaClear = 0;
    const bare: string[] = [];
    for (const s of samples) {
      const centre = s.ll[0] as [number, number];
      if (!onLand(centre)) {
        if (isClear(s.rgb)) seaClear++;
        continue;
      }
      landSamples++;
      // A clear pixel on land counts unless it is on a coast or border (a neighbour 4 px away is not land).
      if (isClear(s.rgb) && s.ll.every(onLand)) bare.push(centre.map((v) => v.toFixed(2)).join(','));
    }
    expect(landSamples).toBeGreaterThan(3000);
    // The check can fail: the sea is drawn in the clear colour.
    expect(seaClear).toBeGreaterThan(500);
    expect(bare).toEqual([]);
  }, 120_000);

  it('moves the window to the Doha talks and shows Doha when its mark is clicked', async () => {
    await page.goto(new URL('?w=2023-01-01..2023-06-30', inject('baseUrl')).href);
    await page.waitForFunction(() => window.__atlas?.ready === true, undefined, { timeout: 45_000 });
    const mark = page.getByRole('list', { name: 'Talks and ceasefires' }).getByRole('button', { name: new RegExp(`^${escaped(titleOf(DOHA))}`) });
    await mark.click();
    await waitForUrl(page, (q) => q.id === DOHA);
    const day = firstDay(all.find((i) => i.id === DOHA)?.start ?? '');
    const start = firstDay((await page.getByRole('slider', { name: 'Start date' }).getAttribute('aria-valuetext')) ?? '');
    const end = firstDay((await page.getByRole('slider', { name: 'End date' }).getAttribute('aria-valuetext')) ?? '');
    expect(start).toBeLessThanOrEqual(day);
    expect(end).toBeGreaterThanOrEqual(day);
    await page.waitForTimeout(1200);
    await settled(page);
    expect(await labels(page)).toContain('Doha');
    await shot(page, 'desktop-talks-doha');
  });
});

describe('the atlas at 390×844', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch({ width: 390, height: 844 });
    page = await openApp(b, inject('baseUrl'));
    await settled(page);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('names the two countries, Kabul and Islamabad at the default view', async () => {
    expect(await labels(page)).toEqual(expect.arrayContaining(['Afghanistan', 'Pakistan', 'Kabul', 'Islamabad']));
    await shot(page, 'phone-atlas-default');
  });

  it('lists a counted disc’s members on a tap (and any mark overlapping the disc there)', async () => {
    const discs = await page.evaluate(() => window.__atlas?.clusters() ?? []);
    const disc = [...discs].sort((x, y) => y.count - x.count)[0];
    if (disc === undefined) throw new Error('no counted disc on the phone');
    await clickIncident(page, disc.memberIds[0] as string);
    await expect.poll(() => hereIds(page)).toEqual(expect.arrayContaining(disc.memberIds));
    await shot(page, 'phone-incidents-here');
    await page.keyboard.press('Escape');
    await expect.poll(() => here(page).count()).toBe(0);
  });
});
