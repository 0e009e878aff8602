/** The legend: actor colours, point sizes, uncertainty rings, clusters and the Durand Line's style under the view. */
import { useLayoutEffect, useRef, useState } from 'react';
import { ATTRIBUTION_OPTION_NAMES, ATTRIBUTION_OPTIONS } from '../domain/vocab.ts';
import { DURAND_DASH } from '../map/style/durandLine.ts';
import { ACTOR_COLORS } from '../map/style/colors.ts';
import type { AppState } from '../state/reducer.ts';
import { LEGEND, MAP_WORDS } from './copy.ts';
import { useSelect } from './hooks.ts';
import { radiusFor } from './mapModel.ts';

const selectView = (s: AppState) => s.view.claimView;
const selectHasSelection = (s: AppState) => s.view.selectedId !== null;

/**
 * The open legend is about 250 × 430 px in the map's lower-left corner, where
 * the default view draws the south-western half of the Durand Line and its
 * label: it starts open only on a map area this large, which leaves the line
 * clear of it.
 */
export const LEGEND_ROOM = { width: 1000, height: 1100 };

export function Legend() {
  const view = useSelect(selectView);
  const hasSelection = useSelect(selectHasSelection);
  // Until the user chooses: open only on a map large enough that it leaves the line clear (LEGEND_ROOM) and with
  // no panel (beside an open panel it would cover the point the map flew to); on a phone or a laptop, closed.
  const [choice, setChoice] = useState<boolean | null>(null);
  const [roomy, setRoomy] = useState(false);
  const box = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const area = box.current?.parentElement;
    setRoomy(area !== null && area !== undefined && area.clientWidth >= LEGEND_ROOM.width && area.clientHeight >= LEGEND_ROOM.height);
  }, []);
  const open = choice ?? (roomy && !hasSelection);
  const setOpen = (v: boolean) => setChoice(v);
  const dash = DURAND_DASH[view];
  return (
    <section ref={box} className={`legend${open ? '' : ' closed'}`} aria-label={LEGEND.title}>
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? LEGEND.hide : LEGEND.show}
      </button>
      {open && (
        <div className="legend-body">
          <p className="legend-h">{LEGEND.colours}</p>
          <ul className="legend-colours">
            {ATTRIBUTION_OPTIONS.map((a) => (
              <li key={a}>
                <span className="swatch" style={{ background: ACTOR_COLORS[a] }} />
                {ATTRIBUTION_OPTION_NAMES[a]}
              </li>
            ))}
          </ul>
          <p className="legend-h">{view === 'COMPARE' ? LEGEND.sizesCompare : LEGEND.sizes}</p>
          <svg className="legend-sizes" width="190" height="52" aria-hidden="true">
            {[Number.NaN, 1, 10, 100].map((k, i) => (
              <g key={i} transform={`translate(${22 + i * 46},22)`}>
                <circle r={radiusFor(k)} fill="#888" stroke="#fff" />
                <text y="46" textAnchor="middle" fontSize="11">
                  {Number.isNaN(k) ? LEGEND.sizeNone : k}
                </text>
              </g>
            ))}
          </svg>
          <p className="legend-line">
            <svg width="34" height="14" aria-hidden="true">
              <circle cx="17" cy="7" r="6" fill="rgba(120,120,120,.15)" stroke="#777" strokeDasharray="2 2" />
            </svg>
            {LEGEND.uncertainty}
          </p>
          <p className="legend-line">
            <svg width="34" height="18" aria-hidden="true">
              <circle cx="17" cy="9" r="8" fill="#343a40" />
              <text x="17" y="12.5" textAnchor="middle" fontSize="10" fill="#fff">
                12
              </text>
            </svg>
            {LEGEND.cluster}
          </p>
          <p className="legend-line">
            <svg width="34" height="14" aria-hidden="true">
              <line x1="2" y1="7" x2="32" y2="7" stroke="#1a1a1a" strokeWidth="3" strokeDasharray={dash === null ? undefined : dash.map((d) => d * 3).join(' ')} />
            </svg>
            {MAP_WORDS.durand[view]}
          </p>
          <p className="legend-line">
            <svg width="34" height="14" aria-hidden="true">
              <line x1="2" y1="7" x2="32" y2="7" stroke="#6f6a60" strokeWidth="1" strokeDasharray="1 2" />
            </svg>
            {LEGEND.fata}
          </p>
          <p className="legend-line">
            <svg width="34" height="14" aria-hidden="true">
              <line x1="2" y1="7" x2="32" y2="7" stroke="#b8b2a6" strokeWidth="1" strokeDasharray="4 2" />
            </svg>
            {LEGEND.province}
          </p>
        </div>
      )}
    </section>
  );
}
