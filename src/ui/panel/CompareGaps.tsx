/** The same casualty group as each side counts it, with the gap (e.g. Pakistani security forces killed: PAK 23, AFG 58). */
import { COMPARE_SIDES } from '../../domain/filters.ts';
import { formatFigure } from '../../domain/figures.ts';
import type { GroupComparison } from '../../domain/compare.ts';
import type { Side } from '../../domain/vocab.ts';
import { PANEL, STATUS } from '../copy.ts';

export function CompareGaps({ rows, claimants }: { rows: GroupComparison[]; claimants: Partial<Record<Side, string>> }) {
  const shared = rows.filter((r) => Object.keys(r.bySide).length >= 2);
  if (shared.length === 0) return null;
  return (
    <section className="compare-gaps">
      <h3>{PANEL.compare}</h3>
      <ul>
        {shared.map((r) => (
          <li key={r.group}>
            <span className="gap-group">
              {r.group} — {STATUS.killed}:
            </span>{' '}
            {COMPARE_SIDES.filter((s) => r.bySide[s] !== undefined).map((s, i) => (
              <span key={s} className="gap-side">
                {i > 0 && ' vs '}
                <abbr className={`side-code side-code-${s}`}>{s}</abbr> {claimants[s] !== undefined && <span className="gap-claimant">{claimants[s]} </span>}
                <b>{formatFigure(r.bySide[s]?.killed ?? null)}</b>
              </span>
            ))}
            {r.killedGap !== null && r.killedGap > 0 && <span className="gap"> (gap {r.killedGap})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
