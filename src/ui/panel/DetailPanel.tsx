/**
 * The detail panel of the selected incident: a region named by its title
 * (a bottom sheet on a phone). Every value from data is rendered as text.
 */
import { useEffect, useRef } from 'react';
import { compareCategories } from '../../domain/compare.ts';
import { incidentById, sectorsOf } from '../../domain/dataset.ts';
import { INCIDENT_TYPE_NAMES } from '../../domain/vocab.ts';
import { actions } from '../../state/actions.ts';
import type { AppState } from '../../state/reducer.ts';
import { selectDataset, selectSelectedIncident } from '../../state/selectors.ts';
import { DATE_PRECISION, PANEL, VERIFICATION } from '../copy.ts';
import { CopyIncidentLink } from '../CopyLink.tsx';
import { dateText } from '../format.ts';
import { useDispatch, useSelect } from '../hooks.ts';
import { Attributions } from './Attributions.tsx';
import { ClaimsTable } from './ClaimsTable.tsx';
import { CompareGaps } from './CompareGaps.tsx';
import { PanelHeadline } from './PanelHeadline.tsx';
import { PlaceFacts } from './PlaceFacts.tsx';
import { Sources } from './Sources.tsx';

const selectView = (s: AppState) => s.view.claimView;
const selectCount = (s: AppState) => s.view.count;

export function DetailPanel() {
  const incident = useSelect(selectSelectedIncident);
  const dataset = useSelect(selectDataset);
  const view = useSelect(selectView);
  const count = useSelect(selectCount);
  const dispatch = useDispatch();
  const heading = useRef<HTMLHeadingElement>(null);
  const id = incident?.id;
  useEffect(() => {
    if (id !== undefined) heading.current?.focus({ preventScroll: true });
  }, [id]);
  if (incident === null || dataset === null) return null;
  const close = () => {
    // Focus goes back to the incident's row in the list, where keyboard users came from.
    const row = document.querySelector<HTMLButtonElement>('.list .row.selected button');
    dispatch(actions.incidentSelected(null));
    row?.focus();
  };
  const parent = incident.parentId === null ? undefined : (incidentById(dataset, incident.parentId) ?? undefined);
  const parts = sectorsOf(dataset, dataset.indexOfId(incident.id));
  return (
    <section className="panel" role="region" aria-labelledby="panel-title" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <header className="panel-head">
        <h2 id="panel-title" ref={heading} tabIndex={-1}>
          {incident.title}
        </h2>
        <button type="button" className="close" onClick={close} aria-label={PANEL.close}>
          ×
        </button>
      </header>
      <div className="panel-body">
        <PanelHeadline incident={incident} parent={parent} view={view} count={count} />
        <CopyIncidentLink id={incident.id} />
        {parent !== undefined && (
          <p>
            {PANEL.partOf}:{' '}
            <button type="button" className="linklike" onClick={() => dispatch(actions.incidentSelected(parent.id))}>
              {parent.title}
            </button>
          </p>
        )}
        {parts.length > 0 && (
          <p>
            {PANEL.parts}:{' '}
            {parts.map((p, k) => (
              <span key={p.id}>
                {k > 0 && ', '}
                <button type="button" className="linklike" onClick={() => dispatch(actions.incidentSelected(p.id))}>
                  {p.place}
                </button>
              </span>
            ))}
          </p>
        )}
        <dl className="facts">
          <dt>{PANEL.dates}</dt>
          <dd>
            {dateText(incident)} <span className="muted">({DATE_PRECISION[incident.datePrecision]})</span>
            {incident.dateWording !== null && <span className="wording">{incident.dateWording}</span>}
          </dd>
          <PlaceFacts incident={incident} />
          <dt>{PANEL.type}</dt>
          <dd>
            {INCIDENT_TYPE_NAMES[incident.type]} <span className="wording">{incident.typeWording}</span>
          </dd>
          <Attributions incident={incident} />
          <dt>{PANEL.verification}</dt>
          <dd>
            {VERIFICATION[incident.verification]} <span className="wording">{incident.verificationWording}</span>
          </dd>
        </dl>
        <ClaimsTable incident={incident} />
        <CompareGaps rows={compareCategories(incident)} />
        {incident.notes !== null && (
          <section>
            <h3>{PANEL.notes}</h3>
            <p className="notes">{incident.notes}</p>
          </section>
        )}
        <Sources incident={incident} />
      </div>
    </section>
  );
}
