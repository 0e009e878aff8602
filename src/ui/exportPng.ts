/**
 * Draws the PNG export: a header (title, time window, claim view and Count),
 * the map as drawn, the legend and the credits, on one 2D canvas at the
 * requested pixel ratio. Drawn by the app, not a DOM screenshot, so the image
 * says the same at any window size and carries its credits.
 */

/** What the sheet shows besides the map (all words from copy.ts, chosen by the caller). */
export interface SheetContent {
  title: string;
  /** Lines under the title: window, view and Count, counts. */
  lines: string[];
  legend: {
    coloursTitle: string;
    colours: { label: string; color: string }[];
    sizesTitle: string;
    sizes: { label: string; radius: number }[];
    line: { label: string; dash: number[] | null };
  };
  credits: string[];
}

/** A region of the image in image pixels: x, y, width, height. */
export type Region = [number, number, number, number];

/** The drawn image and where each part went (tests sample those regions). */
export interface DrawnSheet {
  canvas: HTMLCanvasElement;
  /** Every text drawn, in order. */
  texts: string[];
  regions: { header: Region; map: Region; legend: Region; credits: Region };
}

const FONT = '"Noto Sans", sans-serif';
const PAD = 16;
const INK = '#1d1d1f';
const MUTED = '#5d5d63';
const PAPER = '#ffffff';

/** Splits text into lines no wider than `max` (words kept whole; a single long word gets its own line). */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && ctx.measureText(next).width > max) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') out.push(line);
  return out;
}

/**
 * Lays the sheet out in CSS px on `ctx` (already scaled by the pixel ratio);
 * paints only when `map` is given, so a first pass can measure the height.
 */
function layout(ctx: CanvasRenderingContext2D, width: number, mapHeight: number, c: SheetContent, map: HTMLCanvasElement | null) {
  const texts: string[] = [];
  const text = (s: string, x: number, y: number, font: string, color = INK) => {
    ctx.font = font;
    ctx.fillStyle = color;
    ctx.textBaseline = 'top';
    if (map !== null) ctx.fillText(s, x, y);
    texts.push(s);
  };
  const inner = width - 2 * PAD;
  let y = PAD;
  text(c.title, PAD, y, `700 20px ${FONT}`);
  y += 28;
  ctx.font = `13px ${FONT}`;
  for (const l of c.lines) {
    for (const w of wrap(ctx, l, inner)) {
      text(w, PAD, y, `13px ${FONT}`, INK);
      y += 18;
    }
  }
  y += 8;
  const header: Region = [0, 0, width, y];
  const mapTop = y;
  if (map !== null) ctx.drawImage(map, 0, mapTop, width, mapHeight);
  y += mapHeight + 12;

  const legendTop = y;
  text(c.legend.coloursTitle, PAD, y, `600 12px ${FONT}`);
  y += 18;
  let x = PAD;
  ctx.font = `12px ${FONT}`;
  for (const { label, color } of c.legend.colours) {
    ctx.font = `12px ${FONT}`;
    const w = 18 + ctx.measureText(label).width + 14;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += 18;
    }
    if (map !== null) {
      ctx.fillStyle = color;
      ctx.fillRect(x, y + 2, 12, 12);
    }
    text(label, x + 18, y, `12px ${FONT}`);
    x += w;
  }
  y += 24;
  text(c.legend.sizesTitle, PAD, y, `600 12px ${FONT}`);
  y += 18;
  x = PAD;
  for (const { label, radius } of c.legend.sizes) {
    const cy = y + 24;
    if (map !== null) {
      ctx.beginPath();
      ctx.arc(x + 24, cy, radius, 0, 2 * Math.PI);
      ctx.fillStyle = '#888888';
      ctx.fill();
      ctx.strokeStyle = PAPER;
      ctx.stroke();
    }
    ctx.font = `11px ${FONT}`;
    const lw = ctx.measureText(label).width;
    text(label, x + 24 - lw / 2, cy + 26, `11px ${FONT}`, MUTED);
    x += Math.max(56, lw + 12);
  }
  y += 72;
  if (map !== null) {
    ctx.beginPath();
    ctx.setLineDash(c.legend.line.dash === null ? [] : c.legend.line.dash.map((d) => d * 3));
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#1a1a1a';
    ctx.moveTo(PAD, y + 8);
    ctx.lineTo(PAD + 34, y + 8);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.lineWidth = 1;
  }
  text(c.legend.line.label, PAD + 44, y, `12px ${FONT}`);
  y += 26;
  const legend: Region = [0, legendTop, width, y - legendTop];

  const creditsTop = y;
  ctx.font = `12px ${FONT}`;
  for (const l of c.credits) {
    for (const w of wrap(ctx, l, inner)) {
      text(w, PAD, y, `12px ${FONT}`, MUTED);
      y += 17;
    }
  }
  y += PAD - 4;
  const credits: Region = [0, creditsTop, width, y - creditsTop];
  return { height: Math.ceil(y), texts, regions: { header, map: [0, mapTop, width, mapHeight] as Region, legend, credits } };
}

/**
 * Draws the sheet around a map image (device px = CSS px × pixelRatio).
 * Regions are returned in image pixels.
 */
export async function drawSheet(map: HTMLCanvasElement, pixelRatio: number, content: SheetContent): Promise<DrawnSheet> {
  // The sheet's text uses the app's own bundled font; wait for it so the first export is not drawn in a fallback.
  await document.fonts?.load(`13px ${FONT}`).catch(() => undefined);
  const width = map.width / pixelRatio;
  const mapHeight = map.height / pixelRatio;
  const scratch = document.createElement('canvas').getContext('2d');
  if (scratch === null) throw new Error('no 2D canvas');
  const { height } = layout(scratch, width, mapHeight, content, null);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('no 2D canvas');
  ctx.scale(pixelRatio, pixelRatio);
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, width, height);
  const drawn = layout(ctx, width, mapHeight, content, map);
  const px = (r: Region): Region => r.map((v) => Math.round(v * pixelRatio)) as Region;
  return {
    canvas,
    texts: drawn.texts,
    regions: { header: px(drawn.regions.header), map: px(drawn.regions.map), legend: px(drawn.regions.legend), credits: px(drawn.regions.credits) },
  };
}

/** The canvas as PNG bytes. */
export function pngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b === null ? reject(new Error('the image could not be encoded')) : resolve(b)), 'image/png'));
}
