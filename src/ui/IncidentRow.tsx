/**
 * One row of the incident list: date (with its precision where it is not to
 * the day, and the verification where it is not verified), title and the
 * headline(s) under the view.
 */
import { memo, useMemo } from 'react';
import { viewHeadlines } from '../domain/compare.ts';
import type { ClaimView } from '../domain/filters.ts';
import type { Incident } from '../domain/types.ts';
import type { Count } from '../domain/vocab.ts';
import { DATE_PRECISION, SIDE_SHORT, VERIFICATION } from './copy.ts';
import { dateText, headlineText } from './format.ts';

interface Props {
  incident: Incident;
  view: ClaimView;
  count: Count;
  position: number;
  size: number;
  top: number | null;
  selected: boolean;
  /** Whether this row holds the list's one Tab stop. */
  tabbable: boolean;
  onSelect: (id: string) => void;
  onFocusRow: (position: number) => void;
  onKey: (e: React.KeyboardEvent, position: number) => void;
  /** Shown after the row's button (the "more at this spot" button of SpotButton.tsx). */
  extra?: React.ReactNode;
}

export const IncidentRow = memo(function IncidentRow({ incident, view, count, position, size, top, selected, tabbable, onSelect, onFocusRow, onKey, extra }: Props) {
  const heads = useMemo(() => viewHeadlines(incident, view, count), [incident, view, count]);
  return (
    <li
      className={`row${selected ? ' selected' : ''}${view === 'COMPARE' ? ' compare' : ''}`}
      aria-setsize={size}
      aria-posinset={position}
      style={top === null ? undefined : { top }}
    >
      <button
        type="button"
        tabIndex={tabbable ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        data-pos={position}
        data-id={incident.id}
        onClick={() => onSelect(incident.id)}
        onFocus={() => onFocusRow(position)}
        onKeyDown={(e) => onKey(e, position)}
      >
        <span className="row-date">
          {dateText(incident)}
          {incident.datePrecision !== 'day' && <span className="row-tag">{DATE_PRECISION[incident.datePrecision]}</span>}
          {incident.verification !== 'verified' && <span className="row-tag">{VERIFICATION[incident.verification]}</span>}
        </span>
        <span className="row-title">{incident.title}</span>
        {heads.length === 1 ? (
          <span className={`row-head kind-${heads[0]?.headline.kind}`}>{heads[0] ? headlineText(heads[0].headline) : ''}</span>
        ) : (
          <span className="row-compare">
            {heads.map((h) => (
              <span key={h.side} className={`cmp kind-${h.headline.kind}`}>
                <abbr className="cmp-side">{SIDE_SHORT[h.side]}</abbr> {headlineText(h.headline)}
              </span>
            ))}
          </span>
        )}
      </button>
      {extra}
    </li>
  );
});
