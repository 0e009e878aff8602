/**
 * Hostile files through ?data=, served by the test (Playwright answers the
 * worker's request): each bad feature is named in a notice and left out while
 * every other incident shows and the controls work; each way a file can fail
 * shows ONE notice (parameter, path, cause) over the bundled data.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bundledIncidents, launch, shot, statusCount, waitForUrl, waitReady, type Browser } from './helpers/browser.ts';

type Feature = { id?: string; geometry: { coordinates: number[] }; properties: Record<string, unknown> };
const bundled = JSON.parse(readFileSync(fileURLToPath(new URL('../../geo/incidents.geojson', import.meta.url)), 'utf8')) as { type: string; features: Feature[] };
const counted = bundledIncidents().filter((i) => i.type !== 'talks-ceasefire' && i.parentId === null).length;
const base = bundled.features.find((f) => f.properties.type !== 'talks-ceasefire' && f.properties.parentId === null) as Feature;

/** The bundled features plus one copy of a real incident, renamed `hostile-one` and broken by `edit`. */
function withHostile(edit: (f: Feature) => void): string {
  const f = structuredClone(base);
  f.properties.id = 'hostile-one';
  delete f.id;
  edit(f);
  return JSON.stringify({ ...bundled, features: [...bundled.features, f] });
}

describe('?data= with hostile content', () => {
  let b: Browser;
  let page: Page;
  const served = new Map<string, { status: number; body: string } | 'never'>();
  beforeAll(async () => {
    b = await launch();
    page = b.context.pages()[0] ?? (await b.context.newPage());
    await b.context.route('**/hostile/**', (route) => {
      const answer = served.get(new URL(route.request().url()).pathname.replace(/^.*\/hostile\//, ''));
      if (answer === 'never') return; // the server never answers
      if (answer === undefined) return route.continue();
      return route.fulfill({ status: answer.status, contentType: 'application/json', body: answer.body });
    });
  });
  afterAll(async () => {
    await b?.close();
  });

  const open = async (path: string): Promise<void> => {
    await page.goto(new URL(`?data=hostile/${path}`, inject('baseUrl')).href);
    await waitReady(page);
  };

  it.each([
    ['9999-12-31', 'year.geojson', (f: Feature) => (f.properties.start = '9999-12-31'), 'properties.start: expected a date in the years 1900–2100, found "9999-12-31"'],
    ['2025-02-30', 'feb30.geojson', (f: Feature) => (f.properties.start = '2025-02-30'), 'properties.start: expected a calendar date (YYYY-MM-DD or YYYY-MM), found "2025-02-30"'],
    ['longitude 200, latitude 95', 'lonlat.geojson', (f: Feature) => (f.geometry.coordinates = [200, 95]), 'geometry.coordinates: expected a longitude within ±180 and a latitude within ±90, found [200, 95]'],
    ['a 1 MB title', 'title.geojson', (f: Feature) => (f.properties.title = 'W'.repeat(1 << 20)), 'properties.title: expected a text of at most 500 characters, found a text of 1,048,576 characters'],
  ])('an incident with %s is named and left out; the other incidents show and the controls work', async (_what, file, edit, line) => {
    served.set(file, { status: 200, body: withHostile(edit) });
    await open(file);
    const notice = page.locator('details.notice');
    expect(await notice.locator('summary').innerText()).toBe(`1 record left out of the data file (1 problem); the ${bundled.features.length} valid incidents are shown.`);
    expect(await notice.locator('pre').innerText()).toBe(`hostile/${file}: feature hostile-one: ${line}`);
    expect(await statusCount(page)).toBe(counted);
    await page.getByRole('radio', { name: 'Afghanistan', exact: true }).check();
    expect((await waitForUrl(page, (p) => p.v === 'afg')).data).toBe(`hostile/${file}`);
    await page.getByRole('list', { name: 'Incidents' }).getByRole('listitem').first().getByRole('button').first().click();
    await page.locator('#panel-title').waitFor();
    if (file === 'title.geojson') await shot(page, 'hostile-title-desktop');
    expect(b.errors).toEqual([]);
  });

  const failures: [string, string, { status: number; body: string } | 'never' | null, string][] = [
    ['a missing file (a real 404 from the preview server)', 'missing.geojson', null, 'not found'],
    ['a 500', 'boom.geojson', { status: 500, body: 'oops' }, 'the server answered 500'],
    ['an empty file', 'empty.geojson', { status: 200, body: '' }, 'the file is empty'],
    ['a web page instead of JSON', 'page.geojson', { status: 200, body: '<!doctype html><title>x</title>' }, 'the server sent a web page, not data'],
    ['a file with nothing valid', 'none.geojson', { status: 200, body: JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature' }] }) }, 'no incidents in the file'],
    ['a server that never answers', 'silent.geojson', 'never', 'no answer for 15 s'],
  ];
  it.each(failures)('%s shows one notice naming ?data=, the path and the cause, and the bundled data', async (_what, file, answer, cause) => {
    if (answer !== null) served.set(file, answer);
    await open(file);
    const alert = page.getByRole('alert');
    expect(await alert.count()).toBe(1);
    expect(await alert.locator('p').first().innerText()).toBe(`?data="hostile/${file}" could not be used: ${cause}. The bundled data is shown instead.`);
    const link = alert.getByRole('link', { name: 'Open the page without ?data=' });
    expect(new URL((await link.getAttribute('href')) ?? '', page.url()).searchParams.has('data')).toBe(false);
    expect(await statusCount(page)).toBe(counted);
    expect(await page.locator('details.notice').count()).toBe(0);
    if (file === 'silent.geojson') await shot(page, 'data-param-timeout-desktop');
  }, 60_000);

  it('shows the notice whole on a phone, with its link reachable', async () => {
    const phone = await launch({ width: 390, height: 844 });
    try {
      const p = phone.context.pages()[0] ?? (await phone.context.newPage());
      await p.goto(new URL('?data=hostile/missing-on-phone.geojson', inject('baseUrl')).href);
      await waitReady(p);
      const alert = p.getByRole('alert');
      await alert.scrollIntoViewIfNeeded();
      const box = await alert.boundingBox();
      expect(box !== null && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      await alert.getByRole('link', { name: 'Open the page without ?data=' }).focus();
      await shot(p, 'data-param-404-phone');
    } finally {
      await phone.close();
    }
  });

  it('npm start answers a missing data path with a 404, not the page', async () => {
    const res = await fetch(new URL('hostile/not-here.geojson', inject('baseUrl')));
    expect([res.status, await res.text()]).toEqual([404, 'Not found\n']);
    const page200 = await fetch(new URL('./', inject('baseUrl')));
    expect(page200.status).toBe(200);
  });

  it('sends no request outside 127.0.0.1', () => {
    expect(b.outside).toEqual([]);
  });
});
