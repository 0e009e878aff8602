/**
 * Play / pause and speed. While playing, each animation frame asks
 * playbackWindow where the window is after the elapsed time and dispatches it
 * (history: replace); playback stops at the end of the span.
 */
import { useEffect } from 'react';
import { actions, PLAYBACK_SPEEDS, type PlaybackSpeed } from '../../state/actions.ts';
import { playbackStart, playbackWindow } from '../../state/playback.ts';
import type { AppState } from '../../state/reducer.ts';
import { selectSpan, selectWindowDays } from '../../state/selectors.ts';
import { civilWindow } from '../../domain/visible.ts';
import { TIMELINE } from '../copy.ts';
import { useDispatch, useSelect, useStore } from '../hooks.ts';

const selectPlayback = (s: AppState) => s.playback;

export function PlayControls() {
  const { playing, speed } = useSelect(selectPlayback);
  const dispatch = useDispatch();
  const store = useStore();

  useEffect(() => {
    if (!playing) return;
    const s0 = store.getState();
    const span = selectSpan(s0);
    if (span === null) return;
    const from = playbackStart(selectWindowDays(s0), span);
    const t0 = performance.now();
    let last = '';
    let frame = requestAnimationFrame(function tick(now) {
      const { window, ended } = playbackWindow(from, span, speed, now - t0);
      const w = civilWindow(window);
      const key = `${w.start}/${w.end}/${ended}`;
      if (key !== last) {
        last = key;
        dispatch(actions.playbackTicked(w, ended));
      }
      if (!ended) frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, store, dispatch]);

  return (
    <div className="play">
      <button type="button" className="play-btn" aria-pressed={playing} onClick={() => dispatch(actions.playbackToggled())}>
        {playing ? `❚❚ ${TIMELINE.pause}` : `▶ ${TIMELINE.play}`}
      </button>
      <label>
        <span className="visually-hidden">{TIMELINE.speed}</span>
        <select
          value={speed}
          aria-label={TIMELINE.speed}
          onChange={(e) => {
            const v = Number(e.target.value);
            const sp = PLAYBACK_SPEEDS.find((x) => x === v);
            if (sp !== undefined) dispatch(actions.playbackSpeedChosen(sp as PlaybackSpeed));
          }}
        >
          {TIMELINE.speeds.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
