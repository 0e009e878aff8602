/**
 * Skip links, the first Tab stops of the page: each moves focus to the first
 * control of a part of the app (the map canvas, the timeline, the list's row,
 * the filters). Focus is moved by script rather than by following the
 * fragment, so the URL (which has one writer, src/url/) never changes.
 */
import { SKIP } from './copy.ts';
import { focusPart, SKIP_TARGETS } from './skipTargets.ts';

export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label={SKIP.region}>
      {(Object.keys(SKIP_TARGETS) as (keyof typeof SKIP_TARGETS)[]).map((k) => (
        <a
          key={k}
          href={`#${SKIP_TARGETS[k]}`}
          onClick={(e) => {
            e.preventDefault();
            focusPart(SKIP_TARGETS[k]);
          }}
        >
          {SKIP.links[k]}
        </a>
      ))}
    </nav>
  );
}
