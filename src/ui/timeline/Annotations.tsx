/** Talks and ceasefires as marks above the histogram; each opens its detail panel. */
import { firstDay, lastDay } from '../../domain/civilDate.ts';
import type { Incident } from '../../domain/types.ts';
import { actions } from '../../state/actions.ts';
import { TIMELINE } from '../copy.ts';
import { dateText } from '../format.ts';
import { useDispatch } from '../hooks.ts';
import type { Scale } from './scale.ts';

export function Annotations({ events, scale }: { events: Incident[]; scale: Scale }) {
  const dispatch = useDispatch();
  return (
    <ul className="annotations" aria-label={TIMELINE.annotations}>
      {events.map((e) => {
        const a = Math.max(scale.span.start, firstDay(e.start));
        const b = Math.min(scale.span.end, lastDay(e.end ?? e.start));
        if (b < scale.span.start || a > scale.span.end) return null;
        const x = scale.x(a);
        return (
          <li key={e.id} style={{ left: x, width: Math.max(6, scale.x(b + 1) - x) }}>
            <button type="button" title={`${e.title} (${dateText(e)})`} aria-label={`${e.title}, ${dateText(e)}`} onClick={() => dispatch(actions.incidentSelected(e.id))} />
          </li>
        );
      })}
    </ul>
  );
}
