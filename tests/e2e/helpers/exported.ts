/**
 * What an export of a view should hold, computed in node from the bundled
 * data with the app's own domain functions (the reference the downloads are
 * checked against), and small readers for the downloaded files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from 'playwright-core';
import { parseIncidentCollection } from '../../../src/data/parseIncidents.ts';
import { firstDay, lastDay } from '../../../src/domain/civilDate.ts';
import type { FilterQuery } from '../../../src/domain/filters.ts';
import type { Incident } from '../../../src/domain/types.ts';
import { visibleIncidents } from '../../../src/domain/visible.ts';

const text = readFileSync(fileURLToPath(new URL('../../../geo/incidents.geojson', import.meta.url)), 'utf8');
/** The bundled incidents, parsed as the app parses them. */
export const bundled: readonly Incident[] = parseIncidentCollection(JSON.parse(text), 'geo/incidents.geojson').dataset.incidents;

/** The visible incidents of a view, by the domain's reference definition. */
export function expectedVisible(q: FilterQuery, start: string, end: string): Incident[] {
  return visibleIncidents(bundled, q, { start: firstDay(start), end: lastDay(end) });
}

/** Clicks "Export", then the menu item, and returns the download. */
export async function exportAs(page: Page, item: RegExp): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('menuitem', { name: item }).click()]);
  return download;
}

/** The bytes of a download. */
export async function bytesOf(d: Download): Promise<Buffer> {
  const path = await d.path();
  return readFileSync(path);
}

/** Width and height from a PNG's IHDR chunk (throws on a file that is not a PNG). */
export function pngSize(b: Buffer): { width: number; height: number } {
  if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || b.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error('not a PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * Per region of a PNG (x, y, w, h in image px), decoded in the page: the share
 * of dark pixels (text, lines) and the number of distinct colours.
 */
export async function inkIn(page: Page, png: Buffer, regions: [number, number, number, number][]): Promise<{ dark: number; colours: number }[]> {
  return page.evaluate(
    async ({ src, regions }) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      if (ctx === null) throw new Error('no 2D context');
      ctx.drawImage(img, 0, 0);
      return regions.map(([x, y, w, h]) => {
        const d = ctx.getImageData(x, y, w, h).data;
        let dark = 0;
        const colours = new Set<number>();
        for (let k = 0; k < d.length; k += 4) {
          if ((d[k] ?? 0) + (d[k + 1] ?? 0) + (d[k + 2] ?? 0) < 3 * 140) dark++;
          colours.add(((d[k] ?? 0) << 16) | ((d[k + 1] ?? 0) << 8) | (d[k + 2] ?? 0));
        }
        return { dark: dark / (w * h), colours: colours.size };
      });
    },
    { src: `data:image/png;base64,${png.toString('base64')}`, regions },
  );
}
