/**
 * Each category of dead as each side counts it under that category alone,
 * with the gap between precise figures (e.g. Pakistani security forces
 * killed: PAK 23 vs AFG 58, a claimed kill).
 */
import type { CategoryComparison } from '../../domain/compare.ts';
import { COUNT, PANEL, SIDE_SHORT, STATUS } from '../copy.ts';
import { headlineText } from '../format.ts';

export function CompareGaps({ rows }: { rows: CategoryComparison[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="compare-gaps">
      <h3>{PANEL.compare}</h3>
      <ul>
        {rows.map((r) => (
          <li key={r.category}>
            <span className="gap-group">
              {COUNT.options[r.category]} — {STATUS.killed}:
            </span>{' '}
            {r.bySide.map((h, i) => (
              <span key={h.side} className="gap-side">
                {i > 0 && ' vs '}
                <abbr className={`side-code side-code-${h.side}`}>{SIDE_SHORT[h.side]}</abbr>{' '}
                {h.headline.kind === 'figures' && <span className="gap-claimant">{h.headline.claimant} </span>}
                <b>{headlineText(h.headline)}</b>
              </span>
            ))}
            {r.killedGap !== null && r.killedGap > 0 && <span className="gap"> ({PANEL.gap(r.killedGap)})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
