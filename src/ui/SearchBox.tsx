/**
 * The search box: filters the list to incidents whose names match, fades the
 * other points on the map, and says "N of M match". "/" focuses it from
 * anywhere but another text field.
 */
import { useEffect, useRef } from 'react';
import { MAX_QUERY } from '../domain/search.ts';
import { actions } from '../state/actions.ts';
import type { AppState } from '../state/reducer.ts';
import { selectMatchingIndices, selectSearchMask, selectVisibleIndices } from '../state/selectors.ts';
import { SEARCH } from './copy.ts';
import { useDispatch, useSelect, useSettledSelect } from './hooks.ts';

const selectSearch = (s: AppState) => s.view.search;

/** True where "/" is text the user is typing, not a shortcut. */
function typingIn(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  return t.isContentEditable || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || (t instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'range'].includes(t.type));
}

export function SearchBox() {
  const search = useSelect(selectSearch);
  // What the search finds follows a claim view choice with the list (the settled state); the box itself answers at once.
  const mask = useSettledSelect(selectSearchMask);
  const matching = useSettledSelect(selectMatchingIndices);
  const visible = useSettledSelect(selectVisibleIndices);
  const dispatch = useDispatch();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="search" role="search">
      <input
        ref={input}
        type="search"
        className="search-input"
        aria-label={SEARCH.label}
        aria-describedby="search-hint"
        placeholder={SEARCH.placeholder}
        value={search}
        maxLength={MAX_QUERY}
        onChange={(e) => dispatch(actions.searchTyped(e.currentTarget.value))}
      />
      <p id="search-hint" className="search-hint" aria-live="polite">
        {mask === null ? SEARCH.hint : SEARCH.matches(matching.length, visible.length)}
      </p>
    </div>
  );
}
