import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseIncidentCollection } from '../../src/data/parseIncidents.ts';
import { launch, openApp, shot, statusCount, type Browser } from './helpers/browser.ts';
import { bytesOf, expectedVisible, exportAs, inkIn, pngSize } from './helpers/exported.ts';

// A filtered view: October 2025, Pakistan's account, TTP unchecked.
const VIEW = '?w=2025-10-01..2025-10-31&v=pak&ha=TTP';
const expected = expectedVisible({ claimView: 'PAK', hiddenActors: ['TTP'], hiddenTypes: [], hiddenCountries: [] }, '2025-10-01', '2025-10-31');
const BASE_NAME = 'durand-atlas_2025-10-01_2025-10-31_pak_all-killed';

describe('export what you see', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch();
    page = await openApp(b, inject('baseUrl'), VIEW);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('the view is filtered and the app shows the reference set', async () => {
    expect(expected.length).toBeGreaterThan(2);
    expect(await statusCount(page)).toBe(expected.length);
  });

  it('"Export" opens a menu of GeoJSON, CSV and PNG that the keyboard walks and Escape closes', async () => {
    const button = page.getByRole('button', { name: 'Export', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual(['GeoJSON (incidents, claims, sources)', 'CSV (one row per claim)', 'PNG image (1×)', 'PNG image (2×)']);
    await shot(page, 'desktop-export-menu');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('CSV (one row per claim)');
    await page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export');
  });

  it('GeoJSON: the visible incidents with every claim and source, re-openable by the app', async () => {
    const d = await exportAs(page, /GeoJSON/);
    expect(d.suggestedFilename()).toBe(`${BASE_NAME}.geojson`);
    const back = parseIncidentCollection(JSON.parse((await bytesOf(d)).toString('utf8')), d.suggestedFilename());
    expect(back.errors).toEqual([]);
    expect(back.dataset.incidents.map((i) => i.id)).toEqual(expected.map((i) => i.id));
    expect(back.dataset.incidents).toEqual(expected);
  });

  it('CSV: a header, one row per claim plus one per incident without a claim', async () => {
    const d = await exportAs(page, /CSV/);
    expect(d.suggestedFilename()).toBe(`${BASE_NAME}.csv`);
    const text = (await bytesOf(d)).toString('utf8');
    expect(text.startsWith('\uFEFFincident_id,title,')).toBe(true);
    const header = text.slice(1).split('\r\n')[0]?.split(',') ?? [];
    expect(header).toEqual(expect.arrayContaining(['headline_PAK_all_killed', 'categories', 'record_kind', 'superseded', 'partial', 'claimed_kill', 'stance_PAK']));
    const lines = text.slice(1).trimEnd().split('\r\n');
    // No cell of this view holds a line break, so lines are rows.
    const rows = lines.slice(1);
    expect(rows).toHaveLength(expected.reduce((n, i) => n + Math.max(1, i.claims.length), 0));
    const ids = rows.map((r) => r.split(',')[0]);
    expect([...new Set(ids)]).toEqual(expected.map((i) => i.id));
  });

  it('PNG: the map as drawn with its legend and credits, at 1× and 2×', async () => {
    const mapBox = await page.locator('.map-canvas canvas').first().boundingBox();
    const d = await exportAs(page, /PNG image \(1/);
    expect(d.suggestedFilename()).toBe(`${BASE_NAME}.png`);
    const png = await bytesOf(d);
    const size = pngSize(png);
    const drawn = await page.evaluate(() => window.__atlasExport);
    expect(drawn?.name).toBe(d.suggestedFilename());
    expect(size).toEqual({ width: Math.round(mapBox?.width ?? 0), height: drawn?.height });
    expect(size.height).toBeGreaterThan(Math.round(mapBox?.height ?? 0) + 200);
    const sources = new Set(expected.flatMap((i) => i.sources.map((s) => s.url))).size;
    expect(drawn?.texts).toEqual(
      expect.arrayContaining(['Time window: 2025-10-01 – 2025-10-31', 'Claims: Pakistan · Count: All killed', 'Colour: attribution under the current view', 'Borders, provinces, rivers: Natural Earth', 'Places: GeoNames (CC BY 4.0)', `Incidents: ${sources} sources`]),
    );
    const r = drawn?.regions;
    if (r === undefined) throw new Error('no regions');
    const [map, legend, credits] = await inkIn(page, png, [r.map, r.legend, r.credits]);
    // The basemap has land, water, borders, labels and incidents: many colours. Legend and credits carry text.
    expect(map?.colours).toBeGreaterThan(200);
    expect(legend?.dark).toBeGreaterThan(0.01);
    expect(credits?.dark).toBeGreaterThan(0.01);

    const d2 = await exportAs(page, /PNG image \(2/);
    expect(d2.suggestedFilename()).toBe(`${BASE_NAME}_2x.png`);
    const size2 = pngSize(await bytesOf(d2));
    expect(size2.width).toBe(size.width * 2);
    // The export put the map back as it was: 1 device pixel per CSS pixel, the camera not written to the URL.
    expect(await page.evaluate(() => document.querySelector('.map-canvas canvas')?.getAttribute('width'))).toBe(String(Math.round(mapBox?.width ?? 0)));
    expect(new URL(page.url()).searchParams.get('map')).toBeNull();
  });

  it('sends no request outside 127.0.0.1 and throws no error', () => {
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
