/**
 * Overlapping points aggregate at low zoom into counted discs whose counts
 * follow the time window exactly: each disc's members are, by brute force over
 * the bundled file, the visible incidents of its grid cell; every incident is
 * drawn once, as a point or inside a disc.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { daySpan, firstDay } from '../../src/domain/civilDate.ts';
import { CELL_PX, mercatorX, mercatorY } from '../../src/domain/clusters.ts';
import { bundledIncidents, launch, openApp, rows, shot, statusCount, waitForUrl, type Browser } from './helpers/browser.ts';

const ZOOM = 5;

interface Row {
  id: string;
  cell: string;
  span: [number, number];
}

/** Counted incidents of the bundled file with their zoom-5 grid cell (512-px tiles, CELL_PX cells). */
function incidents(): Row[] {
  const fc = JSON.parse(readFileSync(fileURLToPath(new URL('../../geo/incidents.geojson', import.meta.url)), 'utf8')) as {
    features: { geometry: { coordinates: [number, number] }; properties: { id: string; start: string; end: string | null; parentId: string | null; type: string } }[];
  };
  const size = (512 * 2 ** ZOOM) / CELL_PX;
  return fc.features
    .filter((f) => f.properties.type !== 'talks-ceasefire' && f.properties.parentId === null)
    .map((f) => {
      const [lon, lat] = f.geometry.coordinates;
      return { id: f.properties.id, cell: `${Math.floor(mercatorY(lat) * size)}/${Math.floor(mercatorX(lon) * size)}`, span: daySpan(f.properties.start, f.properties.end) };
    });
}

type Disc = { count: number; memberIds: string[] };

async function windowDays(page: Page): Promise<[number, number]> {
  const a = await page.getByRole('slider', { name: 'Start date' }).getAttribute('aria-valuetext');
  const b = await page.getByRole('slider', { name: 'End date' }).getAttribute('aria-valuetext');
  return [firstDay(a ?? ''), firstDay(b ?? '')];
}

/** Checks every disc against the brute-force cell contents of the window; returns the discs. */
async function checkDiscs(page: Page, all: Row[]): Promise<Disc[]> {
  const [a, b] = await windowDays(page);
  const visible = all.filter((r) => r.span[0] <= b && r.span[1] >= a);
  const discs = await page.evaluate(() => window.__atlas?.clusters() ?? []);
  const byId = new Map(all.map((r) => [r.id, r]));
  for (const d of discs) {
    expect(d.memberIds.length).toBe(d.count);
    const cell = byId.get(d.memberIds[0] ?? '')?.cell;
    expect(cell).toBeDefined();
    const brute = visible.filter((r) => r.cell === cell).map((r) => r.id).sort();
    expect([...d.memberIds].sort()).toEqual(brute);
    expect(d.count).toBeGreaterThanOrEqual(2);
  }
  // Every visible incident is drawn once: as a point or inside a disc (GPU readback).
  expect(await page.evaluate(() => window.__atlas?.drawnCount() ?? -1)).toBe(visible.length);
  expect(await statusCount(page)).toBe(visible.length);
  return discs;
}

describe('clusters at low zoom', () => {
  let b: Browser;
  let page: Page;
  const all = incidents();
  beforeAll(async () => {
    b = await launch();
    page = await openApp(b, inject('baseUrl'), `?map=${ZOOM}/33.5/70.5`);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('draws a counted disc for each cell holding two or more visible incidents, and points elsewhere', async () => {
    const discs = await checkDiscs(page, all);
    expect(discs.length).toBeGreaterThan(0);
    // Cells of the whole span with ≥ 2 incidents are exactly the discs.
    const perCell = new Map<string, number>();
    for (const r of all) perCell.set(r.cell, (perCell.get(r.cell) ?? 0) + 1);
    expect(discs.length).toBe([...perCell.values()].filter((n) => n >= 2).length);
    await shot(page, 'desktop-clusters-z5');
  });

  it('follows a window narrowed with the keyboard', async () => {
    const before = await page.evaluate(() => window.__atlas?.clusters() ?? []);
    const start = page.getByRole('slider', { name: 'Start date' });
    await start.focus();
    for (let k = 0; k < 36; k++) await page.keyboard.press('PageUp');
    await page.waitForTimeout(300);
    const after = await checkDiscs(page, all);
    const total = (ds: Disc[]) => ds.reduce((s, d) => s + d.count, 0);
    expect(total(after)).toBeLessThan(total(before));
  });

  it('keeps a selected incident drawn above its disc', async () => {
    const discs = await page.evaluate(() => window.__atlas?.clusters() ?? []);
    const id = discs[0]?.memberIds[0];
    const title = bundledIncidents().find((i) => i.id === id)?.title;
    if (id === undefined || title === undefined) throw new Error('no disc member to select');
    await rows(page).filter({ hasText: title }).first().getByRole('button').click();
    await waitForUrl(page, (q) => q.id === id);
    // The selection flies the map to it (800 ms), then the point is on screen though its cell may still be a disc.
    await page.waitForFunction((sel) => window.__atlas?.screenPositionOf(sel) !== null, id, { timeout: 5000 });
    await page.waitForTimeout(1000);
    expect(await page.evaluate((sel) => window.__atlas?.screenPositionOf(sel) ?? null, id)).not.toBeNull();
    expect(await page.evaluate(() => window.__atlas?.drawnCount() ?? -1)).toBe(await statusCount(page));
  });
});
