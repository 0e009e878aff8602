/**
 * The time window that shows a timeline event (talks, a ceasefire): the
 * current window when it already holds the event, otherwise the same length
 * centred on it (or just the event where it is longer), kept inside `bounds`.
 */
import type { DayWindow } from './filters.ts';

/**
 * @example windowAround({ start: 100, end: 100 }, { start: 0, end: 30 }, { start: 0, end: 1000 }) // → { start: 85, end: 115 }
 */
export function windowAround(event: DayWindow, current: DayWindow, bounds: DayWindow): DayWindow {
  if (current.start <= event.start && current.end >= event.end) return current;
  const length = Math.max(current.end - current.start, event.end - event.start);
  const mid = Math.floor((event.start + event.end) / 2);
  let start = mid - Math.floor(length / 2);
  start = Math.max(bounds.start, Math.min(start, bounds.end - length));
  return { start, end: Math.min(bounds.end, start + length) };
}
