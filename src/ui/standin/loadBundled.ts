/**
 * Stand-in for helper E's src/data/load (bundled data or ?data=) until it
 * lands: fetches the bundled geo/incidents.geojson from the same origin and
 * parses it with the one incident parser.
 */
import incidentsUrl from '../../../geo/incidents.geojson?url';
import { parseIncidentCollection } from '../../data/parseIncidents.ts';
import type { Dataset } from '../../domain/dataset.ts';

/** Loads the bundled incidents. */
export async function loadBundled(): Promise<{ dataset: Dataset; errors: string[] }> {
  const res = await fetch(incidentsUrl);
  if (!res.ok) throw new Error(`${incidentsUrl}: HTTP ${res.status}`);
  return parseIncidentCollection(await res.json(), 'geo/incidents.geojson');
}
