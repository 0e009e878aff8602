/** Place facts of the panel: place with precision and uncertainty, province, district, distance to the Durand Line. */
import { lineDistance, type LineDistance } from '../../domain/lineDistance.ts';
import type { Incident } from '../../domain/types.ts';
import { PANEL } from '../copy.ts';
import { useDurandDistance } from './useDurandDistance.ts';

function distanceText(d: LineDistance): string {
  if (d.kind === 'about') return PANEL.distanceText.about(d.km);
  if (d.kind === 'range') return PANEL.distanceText.range(d.min, d.max);
  return PANEL.distanceText.eitherSide(d.withinKm);
}

export function PlaceFacts({ incident }: { incident: Incident }) {
  const km = useDurandDistance(incident.lon, incident.lat);
  return (
    <>
      <dt>{PANEL.place}</dt>
      <dd>
        {incident.place}{' '}
        <span className="muted">
          ({incident.locationPrecision}
          {incident.uncertaintyKm > 0 && `, ${PANEL.uncertainty(incident.uncertaintyKm)}`})
        </span>
        <span className="wording">{incident.locationWording}</span>
        <span className="wording">{incident.coordinateBasis}</span>
        {incident.coordinateNote !== null && <span className="wording">{incident.coordinateNote}</span>}
        {!incident.coordinatesVerified && <span className="flag">{PANEL.coordsUnverified}</span>}
        {incident.secondaryLocations.length > 0 && (
          <span className="wording">
            {PANEL.secondary}: {incident.secondaryLocations.map((l) => l.name + (l.note !== null ? ` (${l.note})` : '')).join('; ')}
          </span>
        )}
      </dd>
      <dt>{PANEL.province}</dt>
      <dd>
        {incident.province} · {PANEL.district}: {incident.district}
      </dd>
      <dt>{PANEL.distance}</dt>
      <dd data-testid="durand-distance">{km === null ? '…' : distanceText(lineDistance(km, incident.uncertaintyKm))}</dd>
    </>
  );
}
