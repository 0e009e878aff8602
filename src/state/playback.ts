/**
 * Playback arithmetic, pure: the UI keeps the start time of a run and asks
 * where the window is after `elapsedMs`, so rounding never stalls slow speeds.
 */
import type { DayWindow } from '../domain/filters.ts';

/** Length of the window playback starts with when the whole span is shown. */
export const PLAYBACK_DEFAULT_DAYS = 30;

/**
 * The window a run starts from: the current one, or — when it already reaches
 * the end of the span or covers all of it — one of the same length (30 days
 * if it was the whole span) at the start of the span.
 */
export function playbackStart(w: DayWindow, span: DayWindow): DayWindow {
  const whole = w.start <= span.start && w.end >= span.end;
  const len = whole ? PLAYBACK_DEFAULT_DAYS - 1 : w.end - w.start;
  if (!whole && w.end < span.end) return w;
  return { start: span.start, end: Math.min(span.end, span.start + len) };
}

/**
 * The window `elapsedMs` after a run started from `from`, moving `daysPerSecond`;
 * `ended` once its end reaches the end of the span (the window stops there).
 * @example playbackWindow({start: 0, end: 29}, {start: 0, end: 999}, 30, 1000) // → {window: {start: 30, end: 59}, ended: false}
 */
export function playbackWindow(from: DayWindow, span: DayWindow, daysPerSecond: number, elapsedMs: number): { window: DayWindow; ended: boolean } {
  const shift = Math.max(0, Math.floor((daysPerSecond * elapsedMs) / 1000));
  const room = Math.max(0, span.end - from.end);
  const d = Math.min(shift, room);
  return { window: { start: from.start + d, end: from.end + d }, ended: shift >= room };
}
