/**
 * Overlapping points aggregate at low zoom into counted discs whose counts
 * follow the time window exactly: each disc's members are, by brute force over
 * the bundled file, the visible incidents of its grid cells (one cell, or
 * several whose discs would have overlapped); no two discs overlap; every
 * incident is drawn once, as a point or inside a disc.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { daySpan, firstDay } from '../../src/domain/civilDate.ts';
import { CELL_PX, mercatorX, mercatorY } from '../../src/domain/clusters.ts';
import { clusterRadius } from '../../src/map/incidents/clusters.ts';
import { bundledIncidents, launch, openApp, rows, shot, statusCount, waitForUrl, type Browser } from './helpers/browser.ts';

const ZOOM = 5;

interface Row {
  id: string;
  cell: string;
  span: [number, number];
  /** World pixels at ZOOM. */
  x: number;
  y: number;
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
      const cell = `${Math.floor(mercatorY(lat) * size)}/${Math.floor(mercatorX(lon) * size)}`;
      return { id: f.properties.id, cell, span: daySpan(f.properties.start, f.properties.end), x: mercatorX(lon) * 512 * 2 ** ZOOM, y: mercatorY(lat) * 512 * 2 ** ZOOM };
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
  const owner = new Map<string, number>();
  const centres: { x: number; y: number; r: number }[] = [];
  discs.forEach((d, k) => {
    expect(d.memberIds.length).toBe(d.count);
    const members = d.memberIds.map((id) => byId.get(id));
    const cells = new Set(members.map((m) => m?.cell));
    expect(cells.has(undefined)).toBe(false);
    // A disc takes whole cells, and a cell belongs to one disc.
    for (const c of cells) {
      expect(owner.get(c ?? '')).toBeUndefined();
      owner.set(c ?? '', k);
    }
    const brute = visible.filter((r) => cells.has(r.cell)).map((r) => r.id).sort();
    expect([...d.memberIds].sort()).toEqual(brute);
    expect(d.count).toBeGreaterThanOrEqual(2);
    // Drawn at its members' centroid with clusterRadius(count).
    const x = members.reduce((s, m) => s + (m?.x ?? 0), 0) / d.count;
    const y = members.reduce((s, m) => s + (m?.y ?? 0), 0) / d.count;
    centres.push({ x, y, r: clusterRadius(d.count) });
  });
  for (let i = 0; i < centres.length; i++)
    for (let j = i + 1; j < centres.length; j++) {
      const a = centres[i]!;
      const c = centres[j]!;
      expect(Math.hypot(a.x - c.x, a.y - c.y)).toBeGreaterThanOrEqual(a.r + c.r);
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

  it('draws counted discs over exactly the cells holding two or more visible incidents, none overlapping another, and points elsewhere', async () => {
    const discs = await checkDiscs(page, all);
    expect(discs.length).toBeGreaterThan(0);
    // Cells of the whole span with ≥ 2 incidents are exactly the cells the discs take.
    const perCell = new Map<string, number>();
    for (const r of all) perCell.set(r.cell, (perCell.get(r.cell) ?? 0) + 1);
    const cellOf = new Map(all.map((r) => [r.id, r.cell]));
    const taken = new Set(discs.flatMap((d) => d.memberIds.map((id) => cellOf.get(id))));
    expect([...taken].sort()).toEqual([...perCell].filter(([, n]) => n >= 2).map(([c]) => c).sort());
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
    await rows(page).filter({ hasText: title }).first().getByRole('button').first().click();
    await waitForUrl(page, (q) => q.id === id);
    // The selection flies the map to it (800 ms), then the point is on screen though its cell may still be a disc.
    await page.waitForFunction((sel) => window.__atlas?.screenPositionOf(sel) !== null, id, { timeout: 5000 });
    await page.waitForTimeout(1000);
    expect(await page.evaluate((sel) => window.__atlas?.screenPositionOf(sel) ?? null, id)).not.toBeNull();
    expect(await page.evaluate(() => window.__atlas?.drawnCount() ?? -1)).toBe(await statusCount(page));
  });
});
