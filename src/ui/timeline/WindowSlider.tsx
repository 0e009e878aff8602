/**
 * The time window: two role=slider handles ("Start date", "End date", value
 * text YYYY-MM-DD) and the window body between them, itself a slider ("Time
 * window", value text naming both dates) that moves the whole window keeping
 * its length. Keyboard steps go through stepWindow / moveWindow; pointer
 * drags of a handle or of the body dispatch on every move: the store has the
 * map draw it at once and lets React (this component too) follow after the
 * frame, so steps read the store's window, never a props value a frame old.
 * Every limit is `limits`, the span "Whole span" selects, never the wider
 * axis the talks marks may extend.
 */
import { useRef } from 'react';
import { civilFromDay } from '../../domain/civilDate.ts';
import type { DayWindow } from '../../domain/filters.ts';
import { civilWindow } from '../../domain/visible.ts';
import { actions } from '../../state/actions.ts';
import { TIMELINE } from '../copy.ts';
import { selectWindowDays } from '../../state/selectors.ts';
import { useDispatch, useStore } from '../hooks.ts';
import { moveWindow, shiftWindow, stepWindow, windowLabels, type HandleKind, type Scale } from './scale.ts';

interface Props {
  win: DayWindow;
  /** The days the window may cover: the data's span (what "Whole span" selects). */
  limits: DayWindow;
  scale: Scale;
  height: number;
}

type Drag = { kind: HandleKind | 'body'; startX: number; from: DayWindow; left: number };

export function WindowSlider({ win, limits, scale, height }: Props) {
  const dispatch = useDispatch();
  const store = useStore();
  const drag = useRef<Drag | null>(null);
  /** The window as the store has it now (props may lag a frame behind a drag or a held key). */
  const current = () => selectWindowDays(store.getState());

  const send = (w: DayWindow) => dispatch(actions.windowDragged(civilWindow(w)));

  const onKeyDown = (kind: HandleKind | 'body') => (e: React.KeyboardEvent) => {
    const now = current();
    const next = kind === 'body' ? moveWindow(now, limits, e.key) : stepWindow(now, limits, kind, e.key);
    if (next === null) return;
    e.preventDefault();
    if (next.start !== now.start || next.end !== now.end) dispatch(actions.windowStepped(civilWindow(next)));
  };

  const onPointerDown = (e: React.PointerEvent<HTMLElement>) => {
    const kind = e.currentTarget.dataset.kind as Drag['kind'];
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    (e.currentTarget as HTMLElement).focus();
    const track = (e.currentTarget as HTMLElement).closest('.track');
    drag.current = { kind, startX: e.clientX, from: current(), left: track?.getBoundingClientRect().left ?? 0 };
  };
  const onPointerMove = (e: React.PointerEvent) => {
    const d = drag.current;
    if (d === null) return;
    const day = scale.day(e.clientX - d.left);
    if (d.kind === 'start') send({ start: Math.max(limits.start, Math.min(day, d.from.end)), end: d.from.end });
    else if (d.kind === 'end') send({ start: d.from.start, end: Math.min(limits.end, Math.max(day, d.from.start)) });
    else send(shiftWindow(d.from, limits, day - scale.day(d.startX - d.left)));
  };
  const onPointerUp = (e: React.PointerEvent) => {
    drag.current = null;
    (e.currentTarget as HTMLElement).releasePointerCapture(e.pointerId);
  };

  const x0 = scale.x(win.start);
  const x1 = scale.x(win.end + 1);
  // Each end's label inside the window while both fit, else one "start – end" label: dates never collide.
  const labels = windowLabels(x0, x1, scale.width);
  const handle = (kind: HandleKind, day: number, x: number) => (
    <div
      role="slider"
      tabIndex={0}
      className={`handle handle-${kind}`}
      aria-label={kind === 'start' ? TIMELINE.start : TIMELINE.end}
      aria-valuemin={kind === 'start' ? limits.start : win.start}
      aria-valuemax={kind === 'start' ? win.end : limits.end}
      aria-valuenow={day}
      aria-valuetext={civilFromDay(day)}
      aria-describedby="timeline-keys"
      style={{ left: x, height }}
      data-kind={kind}
      onKeyDown={onKeyDown(kind)}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <span className="grip" />
      {!labels.merged && <span className="handle-label">{civilFromDay(day)}</span>}
    </div>
  );
  const len = win.end - win.start;
  return (
    <>
      <div className="shade" style={{ left: 0, width: Math.max(0, x0), height }} />
      <div className="shade" style={{ left: x1, width: Math.max(0, scale.width - x1), height }} />
      {handle('start', win.start, x0)}
      <div
        role="slider"
        tabIndex={0}
        className="window-body"
        style={{ left: x0, width: Math.max(2, x1 - x0), height }}
        aria-label={TIMELINE.window}
        aria-valuemin={limits.start}
        aria-valuemax={Math.max(limits.start, limits.end - len)}
        aria-valuenow={win.start}
        aria-valuetext={TIMELINE.windowText(civilFromDay(win.start), civilFromDay(win.end))}
        aria-describedby="timeline-window-keys"
        data-kind="body"
        onKeyDown={onKeyDown('body')}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      />
      {handle('end', win.end, x1)}
      {labels.merged && (
        <span className="window-label" style={{ left: labels.centre, top: height }} aria-hidden="true">
          {TIMELINE.range(civilFromDay(win.start), civilFromDay(win.end))}
        </span>
      )}
    </>
  );
}
