/**
 * The time window: two role=slider handles ("Start date", "End date", value
 * text YYYY-MM-DD) and the window body between them. Keyboard steps go
 * through stepWindow; pointer drags of a handle or of the body dispatch at
 * most once per animation frame, so the map, list and totals follow live.
 */
import { useEffect, useRef } from 'react';
import { civilFromDay } from '../../domain/civilDate.ts';
import type { DayWindow } from '../../domain/filters.ts';
import { civilWindow } from '../../domain/visible.ts';
import { actions } from '../../state/actions.ts';
import { TIMELINE } from '../copy.ts';
import { useDispatch } from '../hooks.ts';
import { shiftWindow, stepWindow, type HandleKind, type Scale } from './scale.ts';

interface Props {
  win: DayWindow;
  scale: Scale;
  height: number;
}

type Drag = { kind: HandleKind | 'body'; startX: number; from: DayWindow; left: number };

export function WindowSlider({ win, scale, height }: Props) {
  const dispatch = useDispatch();
  const drag = useRef<Drag | null>(null);
  const pending = useRef<DayWindow | null>(null);
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const send = (w: DayWindow) => {
    pending.current = w;
    if (frame.current !== 0) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const next = pending.current;
      pending.current = null;
      if (next !== null) dispatch(actions.windowDragged(civilWindow(next)));
    });
  };

  const onKeyDown = (handle: HandleKind) => (e: React.KeyboardEvent) => {
    const next = stepWindow(win, scale.span, handle, e.key);
    if (next === null) return;
    e.preventDefault();
    if (next.start !== win.start || next.end !== win.end) dispatch(actions.windowStepped(civilWindow(next)));
  };

  const onPointerDown = (e: React.PointerEvent<HTMLElement>) => {
    const kind = e.currentTarget.dataset.kind as Drag['kind'];
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    if (kind !== 'body') (e.currentTarget as HTMLElement).focus();
    const track = (e.currentTarget as HTMLElement).closest('.track');
    drag.current = { kind, startX: e.clientX, from: win, left: track?.getBoundingClientRect().left ?? 0 };
  };
  const onPointerMove = (e: React.PointerEvent) => {
    const d = drag.current;
    if (d === null) return;
    const day = scale.day(e.clientX - d.left);
    if (d.kind === 'start') send({ start: Math.min(day, d.from.end), end: d.from.end });
    else if (d.kind === 'end') send({ start: d.from.start, end: Math.max(day, d.from.start) });
    else send(shiftWindow(d.from, scale.span, day - scale.day(d.startX - d.left)));
  };
  const onPointerUp = (e: React.PointerEvent) => {
    drag.current = null;
    (e.currentTarget as HTMLElement).releasePointerCapture(e.pointerId);
  };

  const x0 = scale.x(win.start);
  const x1 = scale.x(win.end + 1);
  // Labels point into the window, or outwards when it is too narrow for both, unless that leaves the track.
  const outward = (kind: HandleKind) => x1 - x0 < 160 && (kind === 'start' ? x0 > 80 : x1 < scale.width - 80);
  const handle = (kind: HandleKind, day: number, x: number) => (
    <div
      role="slider"
      tabIndex={0}
      className={`handle handle-${kind}${outward(kind) ? ' narrow' : ''}`}
      aria-label={kind === 'start' ? TIMELINE.start : TIMELINE.end}
      aria-valuemin={kind === 'start' ? scale.span.start : win.start}
      aria-valuemax={kind === 'start' ? win.end : scale.span.end}
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
      <span className="handle-label">{civilFromDay(day)}</span>
    </div>
  );
  return (
    <>
      <div className="shade" style={{ left: 0, width: Math.max(0, x0), height }} />
      <div className="shade" style={{ left: x1, width: Math.max(0, scale.width - x1), height }} />
      <div className="window-body" style={{ left: x0, width: Math.max(2, x1 - x0), height }} aria-hidden="true"
        data-kind="body"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      />
      {handle('start', win.start, x0)}
      {handle('end', win.end, x1)}
    </>
  );
}
