/**
 * Keeps the view honest about the data once the data is in: a selected id
 * the data does not have is dropped, and a time window reaching outside the
 * data's span is clamped to it (or, lying wholly outside, reset to the whole
 * span). Each correction leaves a notice, so a shared link that pointed at
 * nothing says so instead of showing 0 incidents.
 */
import { civilFromDay, firstDay, lastDay } from '../domain/civilDate.ts';
import type { Dataset } from '../domain/dataset.ts';
import type { DayWindow } from '../domain/filters.ts';
import type { ViewState } from './viewState.ts';

type Civil = { start: string; end: string };

/** Why the view differs from what the URL asked for (worded by the UI). */
export type ViewNotice =
  | { kind: 'param-ignored'; name: string; reason: 'too-long' | 'invalid'; length: number }
  | { kind: 'unknown-id'; id: string }
  | { kind: 'window-outside'; asked: Civil; span: Civil }
  | { kind: 'window-clamped'; asked: Civil; span: Civil; shown: Civil };

/**
 * The view corrected against the data and its span (null span = no incidents:
 * the window is left as it is). Returns the same view object when nothing changed.
 * @example checkView({ ...v, selectedId: 'constructor' }, dataset, span).notices // → [{ kind: 'unknown-id', id: 'constructor' }]
 */
export function checkView(view: ViewState, dataset: Dataset, span: DayWindow | null): { view: ViewState; notices: ViewNotice[] } {
  const notices: ViewNotice[] = [];
  let next = view;
  // A Map lookup (or a parsed row number): an id such as "constructor" or "__proto__" is a key like any other, never an inherited property.
  if (view.selectedId !== null && dataset.indexOfId(view.selectedId) < 0) {
    notices.push({ kind: 'unknown-id', id: view.selectedId });
    next = { ...next, selectedId: null };
  }
  const w = view.window;
  if (w !== null && span !== null) {
    const [a, b] = [firstDay(w.start), lastDay(w.end)];
    const whole = { start: civilFromDay(span.start), end: civilFromDay(span.end) };
    if (b < span.start || a > span.end) {
      notices.push({ kind: 'window-outside', asked: w, span: whole });
      next = { ...next, window: null };
    } else if (a < span.start || b > span.end) {
      const shown = { start: civilFromDay(Math.max(a, span.start)), end: civilFromDay(Math.min(b, span.end)) };
      notices.push({ kind: 'window-clamped', asked: w, span: whole, shown });
      next = { ...next, window: shown };
    }
  }
  return { view: next, notices };
}
