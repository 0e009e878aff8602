/** Hover tooltip over the map: title, date and the headline(s) under the view. */
import { viewHeadlines } from '../domain/compare.ts';
import type { ClaimView } from '../domain/filters.ts';
import type { Incident } from '../domain/types.ts';
import type { Count } from '../domain/vocab.ts';
import { SIDE_SHORT } from './copy.ts';
import { dateText, headlineText } from './format.ts';

interface Props {
  incident: Incident;
  view: ClaimView;
  count: Count;
  x: number;
  y: number;
}

export function Tooltip({ incident, view, count, x, y }: Props) {
  const heads = viewHeadlines(incident, view, count);
  return (
    // Placed beside the pointer: screen geometry, the same in every script direction.
    <div className="tooltip" style={{ left: x + 12, top: y + 12 }} aria-hidden="true">
      <p className="tt-title">{incident.title}</p>
      <p className="tt-date">{dateText(incident)}</p>
      {heads.map((h) => (
        <p key={h.side} className="tt-head">
          {heads.length > 1 && <b>{SIDE_SHORT[h.side]} </b>}
          {headlineText(h.headline)}
        </p>
      ))}
    </div>
  );
}
