/** The timeline's day ↔ pixel scale, the keyboard steps of its handles and window, and where the date labels go (pure). */
import { addMonths, civilFromDay, firstDay } from '../../domain/civilDate.ts';
import type { DayWindow } from '../../domain/filters.ts';

/** Maps days of `span` onto [0, width] pixels. */
export interface Scale {
  span: DayWindow;
  width: number;
  x(day: number): number;
  /** The day under pixel x, clamped to the span. */
  day(x: number): number;
}

export function makeScale(span: DayWindow, width: number): Scale {
  const days = Math.max(1, span.end - span.start + 1);
  return {
    span,
    width,
    x: (day) => ((day - span.start) / days) * width,
    day: (x) => Math.min(span.end, Math.max(span.start, span.start + Math.floor((x / Math.max(1, width)) * days))),
  };
}

/** Day numbers of 1 January of each year inside the span (axis ticks). */
export function yearTicks(span: DayWindow): { day: number; label: string }[] {
  const out: { day: number; label: string }[] = [];
  const y0 = Number(civilFromDay(span.start).slice(0, 4));
  for (let y = y0; ; y++) {
    const d = firstDay(`${y}-01-01`);
    if (d > span.end) break;
    if (d >= span.start) out.push({ day: d, label: String(y) });
  }
  return out;
}

export type HandleKind = 'start' | 'end';

/**
 * The window after a key press on one handle, or null for keys it ignores:
 * arrows ±1 day, PageUp/PageDown ±1 month, Home/End to the handle's limits.
 * A handle never passes the other one or leaves the span.
 */
export function stepWindow(w: DayWindow, span: DayWindow, handle: HandleKind, key: string): DayWindow | null {
  const value = handle === 'start' ? w.start : w.end;
  const lo = handle === 'start' ? span.start : w.start;
  const hi = handle === 'start' ? w.end : span.end;
  let next: number;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      next = value - 1;
      break;
    case 'ArrowRight':
    case 'ArrowUp':
      next = value + 1;
      break;
    case 'PageDown':
      next = addMonths(value, -1);
      break;
    case 'PageUp':
      next = addMonths(value, 1);
      break;
    case 'Home':
      next = lo;
      break;
    case 'End':
      next = hi;
      break;
    default:
      return null;
  }
  next = Math.min(hi, Math.max(lo, next));
  return handle === 'start' ? { start: next, end: w.end } : { start: w.start, end: next };
}

/** The window moved by `delta` days, kept inside the span with its length unchanged. */
export function shiftWindow(w: DayWindow, span: DayWindow, delta: number): DayWindow {
  const len = w.end - w.start;
  const start = Math.min(span.end - len, Math.max(span.start, w.start + delta));
  return { start, end: start + len };
}

/**
 * The whole window after a key press on it, or null for keys it ignores:
 * arrows ±1 day, PageUp/PageDown ±1 month (of its start), Home/End to the
 * span's ends. Its length never changes and it never leaves the span.
 */
export function moveWindow(w: DayWindow, span: DayWindow, key: string): DayWindow | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return shiftWindow(w, span, -1);
    case 'ArrowRight':
    case 'ArrowUp':
      return shiftWindow(w, span, 1);
    case 'PageDown':
      return shiftWindow(w, span, addMonths(w.start, -1) - w.start);
    case 'PageUp':
      return shiftWindow(w, span, addMonths(w.start, 1) - w.start);
    case 'Home':
      return shiftWindow(w, span, span.start - w.start);
    case 'End':
      return shiftWindow(w, span, span.end - w.end);
    default:
      return null;
  }
}

/** Width (px) a YYYY-MM-DD handle label takes at the timeline's 10 px font, padding included, with room to spare. */
export const DATE_LABEL_PX = 72;

/**
 * Where the window's date labels go, given its pixel ends on a track `width`
 * wide: one label inside each end while both fit between them, otherwise a
 * single "start – end" label centred on the window and kept on the track, so
 * the two dates never collide.
 */
export function windowLabels(x0: number, x1: number, width: number): { merged: false } | { merged: true; centre: number } {
  if (x1 - x0 >= 2 * DATE_LABEL_PX + 8) return { merged: false };
  const half = DATE_LABEL_PX + 8;
  return { merged: true, centre: Math.min(Math.max(half, (x0 + x1) / 2), Math.max(half, width - half)) };
}
