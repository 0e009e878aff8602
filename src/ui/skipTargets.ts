/** The parts of the app skip links lead to: their ids, and how focus moves into one. */

/** Ids of the skip targets, set on the parts themselves. */
export const SKIP_TARGETS = { map: 'map', timeline: 'timeline', list: 'incident-list', filters: 'filters' } as const;

// Elements out of the Tab order (tabindex -1, e.g. the list's other rows) are skipped.
const FOCUSABLE = ['[tabindex="0"]', 'a[href]', 'button:not(:disabled)', 'input:not(:disabled)', 'select:not(:disabled)']
  .map((s) => `${s}:not([tabindex="-1"])`)
  .join(', ');

/** Focuses the first focusable element inside `id`, or the element itself. */
export function focusPart(id: string): void {
  const el = document.getElementById(id);
  if (el === null) return;
  const inner = el.querySelector<HTMLElement>(FOCUSABLE);
  if (inner !== null) {
    inner.focus();
    return;
  }
  if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.focus();
}
