/**
 * Talks and ceasefires as marks above the histogram; each moves the time
 * window to the event (when it is not already inside) and opens its detail
 * panel, which shows its place (Doha, Istanbul, …) on the map. Every mark is a target of at least 24 × 24 px; marks close in time
 * are set side by side (layoutMarks) with a leader line to their true dates.
 */
import { civilFromDay, firstDay, lastDay } from '../../domain/civilDate.ts';
import type { Incident } from '../../domain/types.ts';
import { windowAround } from '../../domain/windowAround.ts';
import { actions } from '../../state/actions.ts';
import { selectWindowDays } from '../../state/selectors.ts';
import { TIMELINE } from '../copy.ts';
import { dateText } from '../format.ts';
import { useDispatch, useStore } from '../hooks.ts';
import { layoutMarks, MARK_PX, type Extent } from './marks.ts';
import type { Scale } from './scale.ts';

/** Height of the leaders' band between the marks and the bars. */
const LEADER_PX = 6;

export function Annotations({ events, scale }: { events: Incident[]; scale: Scale }) {
  const dispatch = useDispatch();
  const store = useStore();
  const show = (e: Incident) => {
    const current = selectWindowDays(store.getState());
    const w = windowAround({ start: firstDay(e.start), end: lastDay(e.end ?? e.start) }, current, scale.span);
    if (w !== current) dispatch(actions.windowStepped({ start: civilFromDay(w.start), end: civilFromDay(w.end) }));
    dispatch(actions.incidentSelected(e.id));
  };
  const shown: { e: Incident; x: Extent }[] = [];
  for (const e of events) {
    const a = Math.max(scale.span.start, firstDay(e.start));
    const b = Math.min(scale.span.end, lastDay(e.end ?? e.start));
    if (b < scale.span.start || a > scale.span.end) continue;
    shown.push({ e, x: { x0: scale.x(a), x1: scale.x(b + 1) } });
  }
  const boxes = layoutMarks(
    shown.map((s) => s.x),
    scale.width,
  );
  return (
    <div className="annotations-row" style={{ height: MARK_PX + LEADER_PX }}>
      <svg className="leaders" width={scale.width} height={MARK_PX + LEADER_PX} aria-hidden="true">
        {shown.map(({ e, x }, k) => {
          const box = boxes[k];
          if (box === undefined) return null;
          const from = box.left + box.width / 2;
          const to = (x.x0 + x.x1) / 2;
          return (
            <g key={e.id}>
              <line x1={from} y1={MARK_PX - 4} x2={to} y2={MARK_PX + LEADER_PX - 2} />
              <rect x={x.x0} y={MARK_PX + LEADER_PX - 2} width={Math.max(2, x.x1 - x.x0)} height={2} />
            </g>
          );
        })}
      </svg>
      <ul className="annotations" aria-label={TIMELINE.annotations}>
        {shown.map(({ e }, k) => (
          <li key={e.id} style={{ left: boxes[k]?.left, width: boxes[k]?.width, height: MARK_PX }}>
            <button type="button" title={`${e.title} (${dateText(e)})`} aria-label={`${e.title}, ${dateText(e)}`} onClick={() => show(e)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
