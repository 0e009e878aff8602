/**
 * The panel's headline under the view and Count, each side's stance, and for
 * a sector marker the plain statement that casualties were reported only for
 * the whole offensive, with a link to it.
 */
import { viewHeadlines } from '../../domain/compare.ts';
import type { ClaimView } from '../../domain/filters.ts';
import { sideStance } from '../../domain/stance.ts';
import type { Incident } from '../../domain/types.ts';
import { SIDE_NAMES, type Count } from '../../domain/vocab.ts';
import { actions } from '../../state/actions.ts';
import { PANEL, SIDE_SHORT, STANCE } from '../copy.ts';
import { headlineText } from '../format.ts';
import { useDispatch } from '../hooks.ts';

export function PanelHeadline({ incident, parent, view, count }: { incident: Incident; parent: Incident | undefined; view: ClaimView; count: Count }) {
  const dispatch = useDispatch();
  if (incident.parentId !== null) {
    return (
      <p className="panel-headline sector-note">
        {PANEL.sectorNote}{' '}
        {parent !== undefined && (
          <button type="button" className="linklike" onClick={() => dispatch(actions.incidentSelected(parent.id))}>
            {parent.title}
          </button>
        )}
      </p>
    );
  }
  const heads = viewHeadlines(incident, view, count);
  return (
    <>
      <p className="panel-headline">
        {heads.map((h) => (
          <span key={h.side} className={`head kind-${h.headline.kind}`}>
            <abbr className={`side-code side-code-${h.side}`} title={SIDE_NAMES[h.side]}>
              {SIDE_SHORT[h.side]}
            </abbr>{' '}
            {headlineText(h.headline)}
            {h.headline.kind === 'figures' && (
              <span className="by">
                {' '}
                — {h.headline.claimant}
                {h.headline.date !== null && `, ${h.headline.date}`}
              </span>
            )}
          </span>
        ))}
      </p>
      <dl className="stances" aria-label={PANEL.stance}>
        {heads.map((h) => (
          <div key={h.side} className="stance">
            <dt>
              <abbr className={`side-code side-code-${h.side}`} title={SIDE_NAMES[h.side]}>
                {SIDE_SHORT[h.side]}
              </abbr>
            </dt>
            <dd className={`stance-${sideStance(incident, h.side)}`}>{STANCE[sideStance(incident, h.side)]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
