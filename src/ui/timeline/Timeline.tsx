/** The timeline: controls, then the weekly histogram with talks/ceasefire marks, the window and its two handles, then the year axis. */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { actions } from '../../state/actions.ts';
import type { AppState } from '../../state/reducer.ts';
import { selectHistograms, selectSpan, selectTimelineEvents, selectWindowDays } from '../../state/selectors.ts';
import { TIMELINE } from '../copy.ts';
import { useDispatch, useSelect, useSettledSelect, useUpdating } from '../hooks.ts';
import { SKIP_TARGETS } from '../skipTargets.ts';
import { Annotations } from './Annotations.tsx';
import { Histogram } from './Histogram.tsx';
import { PlayControls } from './PlayControls.tsx';
import { makeScale, yearTicks } from './scale.ts';
import { WindowSlider } from './WindowSlider.tsx';

/** Height of the bars: lower on a narrow (phone) timeline, where the page's first screen is short. */
const barsPx = (width: number) => (width < 500 ? 48 : 64);

const selectMetric = (s: AppState) => s.view.histogramMetric;

export function Timeline() {
  const span = useSelect(selectSpan);
  const win = useSelect(selectWindowDays);
  // The bars follow a claim view or Count choice after the map's frame; the window and its handles answer at once.
  const histograms = useSettledSelect(selectHistograms);
  const updating = useUpdating();
  const events = useSelect(selectTimelineEvents);
  const metric = useSelect(selectMetric);
  const dispatch = useDispatch();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useLayoutEffect(() => {
    const el = box.current;
    if (el === null) return;
    // The content width: clientWidth includes the padding that keeps the handles' labels inside.
    const measure = () => {
      const cs = getComputedStyle(el);
      setWidth(Math.max(100, el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)));
    };
    const ro = new ResizeObserver(measure);
    measure();
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // The span covers talks and ceasefires too (e.g. the Nov 2021 ceasefire), so the axis, Home and "Whole span" agree.
  const scale = useMemo(() => (span === null ? null : makeScale(span, width)), [span, width]);
  // "Whole span" selects the data's span; it is offered whenever the window is anything else.
  const whole = span === null || (win.start === span.start && win.end === span.end);

  return (
    <section className="timeline" id={SKIP_TARGETS.timeline} aria-label={TIMELINE.region}>
      <div className="timeline-controls">
        <PlayControls />
        <label>
          {TIMELINE.metric}{' '}
          <select value={metric} onChange={(e) => dispatch(actions.histogramMetricChosen(e.target.value === 'killed' ? 'killed' : 'incidents'))}>
            <option value="incidents">{TIMELINE.metrics.incidents}</option>
            <option value="killed">{TIMELINE.metrics.killed}</option>
          </select>
        </label>
        <button type="button" disabled={whole} onClick={() => dispatch(actions.windowReset())}>
          {TIMELINE.whole}
        </button>
        <span id="timeline-keys" className="hint">
          {TIMELINE.keys}
        </span>
        <span id="timeline-window-keys" className="visually-hidden">
          {TIMELINE.windowKeys}
        </span>
      </div>
      <div ref={box} className="track-box">
        {scale !== null && span !== null && (
          <div className="track" style={{ width: scale.width }}>
            <Annotations events={events} scale={scale} />
            <div className="bars" style={{ height: barsPx(width) }} aria-busy={updating}>
              <Histogram histograms={histograms} scale={scale} height={barsPx(width)} />
              <WindowSlider win={win} limits={span} scale={scale} height={barsPx(width)} />
            </div>
            <div className="axis" aria-hidden="true">
              {yearTicks(scale.span).map((t) => (
                <span key={t.day} style={{ left: scale.x(t.day) }}>
                  {t.label}
                </span>
              ))}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
