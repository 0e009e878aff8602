/**
 * The loaded incidents with an id index, and the three kinds of entry the
 * app treats differently: timeline events (talks, ceasefires), sector
 * markers (parts of a parent incident) and counted incidents (the rest).
 */
import type { Incident } from './types.ts';

/** The incidents in data order, plus a lookup by id. */
export interface Dataset {
  incidents: Incident[];
  byId: ReadonlyMap<string, Incident>;
}

/** Builds a dataset; with duplicate ids the first incident wins the index. */
export function makeDataset(incidents: Incident[]): Dataset {
  const byId = new Map<string, Incident>();
  for (const i of incidents) if (!byId.has(i.id)) byId.set(i.id, i);
  return { incidents, byId };
}

/** Talks and ceasefires: shown on the timeline, never counted, never framing the map's default extent. */
export function isTimelineEvent(i: Incident): boolean {
  return i.type === 'talks-ceasefire';
}

/** A sector marker: a place of a parent incident, whose figures are the parent's. */
export function isSectorMarker(i: Incident): boolean {
  return i.parentId !== null;
}

/** An incident counted in totals and histograms: neither a timeline event nor a sector marker. */
export function isCountedIncident(i: Incident): boolean {
  return !isTimelineEvent(i) && !isSectorMarker(i);
}
