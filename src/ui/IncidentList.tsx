/**
 * The incident list, in step with filters and time. Above VIRTUAL_ABOVE rows
 * it renders only the rows that fit in its scroll box (fixed row height),
 * each with aria-setsize / aria-posinset so the whole list is announced.
 * The list is one Tab stop (roving tabindex): arrows, Page Up/Down and
 * Home/End move between rows, Enter opens the row's panel.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { actions } from '../state/actions.ts';
import type { AppState } from '../state/reducer.ts';
import { selectDataset, selectListIndices } from '../state/selectors.ts';
import { incidentAtOrUndefined } from '../domain/dataset.ts';
import { LIST } from './copy.ts';
import { useDispatch, useSettledSelect, useUpdating } from './hooks.ts';
import { IncidentRow } from './IncidentRow.tsx';
import { SKIP_TARGETS } from './skipTargets.ts';
import { SpotButton } from './SpotButton.tsx';
import { SortControls } from './SortControls.tsx';

/** Above this many rows the list virtualises. */
export const VIRTUAL_ABOVE = 200;
/** Fixed row heights (px) while virtualised: one headline, or three side by side. */
export const ROW_PX = { single: 64, compare: 104 } as const;

const selectView = (s: AppState) => s.view.claimView;
const selectCount = (s: AppState) => s.view.count;
const selectSelected = (s: AppState) => s.view.selectedId;

export function IncidentList() {
  // The settled state: after a claim view or Count choice the list follows the map's frame (aria-busy meanwhile).
  const dataset = useSettledSelect(selectDataset);
  const order = useSettledSelect(selectListIndices);
  const view = useSettledSelect(selectView);
  const count = useSettledSelect(selectCount);
  const selectedId = useSettledSelect(selectSelected);
  const updating = useUpdating();
  const dispatch = useDispatch();
  const box = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const [focusPos, setFocusPos] = useState<number | null>(null);
  // The row that holds the list's one Tab stop (1-based), kept inside the list as it shrinks.
  const [activePos, setActivePos] = useState(1);
  const n = order.length;
  const virtual = n > VIRTUAL_ABOVE;
  const rowPx = view === 'COMPARE' ? ROW_PX.compare : ROW_PX.single;

  useLayoutEffect(() => {
    const el = box.current;
    if (el === null) return;
    const measure = () => setScroll({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // A virtualised row scrolled into view is rendered only on the next commit: focus it then, before paint.
  useLayoutEffect(() => {
    if (focusPos === null) return;
    box.current?.querySelector<HTMLButtonElement>(`button[data-pos="${focusPos}"]`)?.focus();
  }, [focusPos, scroll]);

  const onSelect = useCallback((id: string) => dispatch(actions.incidentSelected(id)), [dispatch]);
  const onKey = useCallback(
    (e: React.KeyboardEvent, pos: number) => {
      const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity }[e.key];
      if (step === undefined) return;
      e.preventDefault();
      const next = Math.min(n, Math.max(1, pos + step));
      const el = box.current;
      const target = el?.querySelector<HTMLButtonElement>(`button[data-pos="${next}"]`) ?? null;
      if (virtual && el !== null) {
        const y = (next - 1) * rowPx;
        if (y < el.scrollTop) el.scrollTop = y;
        else if (y + rowPx > el.scrollTop + el.clientHeight) el.scrollTop = y + rowPx - el.clientHeight;
        setScroll({ top: el.scrollTop, height: el.clientHeight });
      } else {
        target?.scrollIntoView({ block: 'nearest' });
      }
      // Focus a rendered row in the key's own task: a Tab pressed right after must leave from this row, not the last.
      target?.focus();
      setActivePos(next);
      setFocusPos(next);
    },
    [n, virtual, rowPx],
  );

  if (dataset === null) return null;
  // Rows that fit in the box, and not one more than fit (partly visible rows at both edges count).
  const first = virtual ? Math.floor(scroll.top / rowPx) : 0;
  const last = virtual ? Math.min(n, Math.ceil((scroll.top + scroll.height) / rowPx)) : n;
  // A virtualised list may have scrolled the active row away: the first rendered row takes the Tab stop then.
  const active = Math.min(n, Math.max(1, activePos));
  const tabPos = active > first && active <= last ? active : first + 1;
  const rows = [];
  for (let k = first; k < last; k++) {
    const incident = incidentAtOrUndefined(dataset, order[k] ?? -1);
    if (incident === undefined) continue;
    rows.push(
      <IncidentRow
        key={incident.id}
        incident={incident}
        view={view}
        count={count}
        position={k + 1}
        size={n}
        top={virtual ? k * rowPx : null}
        selected={incident.id === selectedId}
        tabbable={k + 1 === tabPos}
        onSelect={onSelect}
        onFocusRow={setActivePos}
        onKey={onKey}
        extra={<SpotButton index={order[k] ?? -1} tabbable={k + 1 === tabPos} />}
      />,
    );
  }
  return (
    <section className="list-section" aria-busy={updating}>
      <SortControls />
      <div ref={box} className="list-scroll" id={SKIP_TARGETS.list} onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}>
        {n === 0 ? (
          <p className="empty">{LIST.empty}</p>
        ) : (
          <ul role="list" aria-label={LIST.name} className={virtual ? 'list virtual' : 'list'} style={virtual ? { height: n * rowPx } : undefined}>
            {rows}
          </ul>
        )}
      </div>
    </section>
  );
}
