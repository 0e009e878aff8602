/**
 * "Incidents here": the small list a click on several incidents opens (a
 * shared position, marks overlapping on screen, or a counted disc), one item
 * per incident with its date, title and the view's headline; each opens the
 * detail panel. Sector markers are listed under their parent. A counted disc
 * also offers "Zoom to these". Escape or Close returns focus to the opener.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { viewHeadlines } from '../domain/compare.ts';
import { incidentById, sectorsOf, type Dataset } from '../domain/dataset.ts';
import type { ClaimView } from '../domain/filters.ts';
import type { Count } from '../domain/vocab.ts';
import type { Incident } from '../domain/types.ts';
import { actions } from '../state/actions.ts';
import { HERE, SIDE_SHORT } from './copy.ts';
import { dateText, headlineText } from './format.ts';
import { closeHere, type HereList } from './here.ts';
import { useDispatch } from './hooks.ts';

/** Parents in the order first met, each with its sectors (sector markers are listed under their parent). */
export function groupUnderParents(ids: readonly string[], dataset: Dataset): { parent: Incident; sectors: Incident[] }[] {
  const out = new Map<string, { parent: Incident; sectors: Incident[] }>();
  for (const id of ids) {
    const inc = incidentById(dataset, id);
    const parent = inc?.parentId != null ? (incidentById(dataset, inc.parentId) ?? inc) : inc;
    if (parent == null || out.has(parent.id)) continue;
    out.set(parent.id, { parent, sectors: sectorsOf(dataset, dataset.indexOfId(parent.id)) });
  }
  return [...out.values()];
}

function Item({ incident, view, count, onOpen }: { incident: Incident; view: ClaimView; count: Count; onOpen: (id: string) => void }) {
  const heads = viewHeadlines(incident, view, count);
  return (
    <button type="button" className="here-item" data-incident-id={incident.id} onClick={() => onOpen(incident.id)}>
      <span className="here-date">{dateText(incident)}</span>
      <span className="here-title">{incident.title}</span>
      <span className="here-head">{heads.map((h) => `${heads.length > 1 ? `${SIDE_SHORT[h.side]} ` : ''}${headlineText(h.headline)}`).join(' · ')}</span>
    </button>
  );
}

interface Props {
  list: HereList;
  dataset: Dataset;
  view: ClaimView;
  count: Count;
}

export function IncidentsHere({ list, dataset, view, count }: Props) {
  const dispatch = useDispatch();
  const box = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  const groups = useMemo(() => groupUnderParents(list.ids, dataset), [list.ids, dataset]);
  const close = () => {
    closeHere();
    list.opener?.focus();
  };
  const open = (id: string) => {
    closeHere();
    dispatch(actions.incidentSelected(id));
  };

  // Beside the click, kept inside the map area; on a phone a sheet along the bottom of the screen instead.
  const sheet = typeof window !== 'undefined' && window.matchMedia?.('(max-width: 700px)').matches === true;
  useLayoutEffect(() => {
    const el = box.current;
    const area = el?.parentElement;
    if (!el || !area || list.at === null || sheet) return setPos(null);
    const left = Math.max(8, Math.min(list.at.x + 12, area.clientWidth - el.offsetWidth - 8));
    const top = Math.max(8, Math.min(list.at.y + 12, area.clientHeight - el.offsetHeight - 8));
    setPos({ left, top });
  }, [list, sheet]);

  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>('.here-item')?.focus();
  }, [list]);

  return (
    <div
      ref={box}
      className={`here${sheet ? ' sheet' : list.at === null ? ' docked' : ''}`}
      role="dialog"
      aria-label={HERE.title}
      style={pos === null ? undefined : { insetInlineStart: pos.left, insetBlockStart: pos.top }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <div className="here-bar">
        <h2 className="here-h">
          {HERE.title} <span className="here-n">({HERE.count(list.ids.length)})</span>
        </h2>
        <button type="button" className="here-close" aria-label={HERE.close} onClick={close}>
          ×
        </button>
      </div>
      <ul className="here-list">
        {groups.map(({ parent, sectors }) => (
          <li key={parent.id}>
            <Item incident={parent} view={view} count={count} onOpen={open} />
            {sectors.length > 0 && (
              <ul className="here-sectors" aria-label={HERE.sectors}>
                {sectors.map((s) => (
                  <li key={s.id}>
                    <Item incident={s} view={view} count={count} onOpen={open} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {list.zoomTo !== null && (
        <button
          type="button"
          className="here-zoom"
          onClick={() => {
            list.zoomTo?.();
            closeHere();
          }}
        >
          {HERE.zoom}
        </button>
      )}
    </div>
  );
}
