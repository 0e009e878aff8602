/**
 * The loaded incidents behind one small interface, and the three kinds of
 * entry the app treats differently: timeline events (talks, ceasefires),
 * sector markers (parts of a parent incident) and counted incidents (the rest).
 *
 * A dataset is either a plain array of incident objects (makeDataset: the
 * bundled data, opened files, tests) or columns with records decoded on
 * demand (src/data/load/columnar.ts: a million synthetic incidents). Code
 * that needs every incident reads the typed tables (src/state/tables.ts);
 * it asks for an incident object only for what it shows.
 */
import type { Incident } from './types.ts';

/**
 * Per-incident codes a columnar dataset holds, so the tables never decode a
 * record for what the codes already say. `attribution[i]` indexes
 * `attributionSamples`: incidents that share it share `claimedBy` and
 * `attribution` (so any sample gives each view's attribution mask).
 */
export interface DatasetCodes {
  /** Index into INCIDENT_TYPES / COUNTRIES of each incident. */
  type: Uint8Array;
  country: Uint8Array;
  attribution: Uint16Array | Uint32Array;
  attributionSamples: readonly Pick<Incident, 'claimedBy' | 'attribution'>[];
  /** The drawn uncertainty radius of each incident (0 for an exact site). */
  uncertaintyKm: Float32Array;
  /** Sector markers with their parent's index. */
  sectors: readonly { index: number; parent: number }[];
}

/** The incidents in data order: a count, one incident by index, and an index by id. */
export interface Dataset {
  readonly size: number;
  /** The incident at index i (0 ≤ i < size); a columnar dataset builds it on demand, so treat it as read-only. */
  incidentAt(i: number): Incident;
  /** The id of the incident at index i (without building the incident). */
  idAt(i: number): string;
  /** Index of the incident with this id (the first, with duplicates), or -1. */
  indexOfId(id: string): number;
  /** Present on a columnar dataset. */
  readonly codes?: DatasetCodes;
}

/** A dataset held as incident objects (what makeDataset builds). */
export interface ObjectDataset extends Dataset {
  readonly incidents: readonly Incident[];
}

/** Builds a dataset of incident objects; with duplicate ids the first incident wins the index. */
export function makeDataset(incidents: readonly Incident[]): ObjectDataset {
  let index: Map<string, number> | null = null;
  return {
    size: incidents.length,
    incidents,
    incidentAt: (i) => incidents[i] as Incident,
    idAt: (i) => (incidents[i] as Incident).id,
    indexOfId(id) {
      if (index === null) {
        index = new Map();
        for (let k = 0; k < incidents.length; k++) if (!index.has((incidents[k] as Incident).id)) index.set((incidents[k] as Incident).id, k);
      }
      return index.get(id) ?? -1;
    },
  };
}

/** The incident at an index, or undefined when the index is outside the data (-1, a stale index). */
export function incidentAtOrUndefined(d: Dataset | null | undefined, i: number): Incident | undefined {
  return d && Number.isInteger(i) && i >= 0 && i < d.size ? d.incidentAt(i) : undefined;
}

/** The id at an index, or undefined when the index is outside the data. */
export function idAtOrUndefined(d: Dataset | null | undefined, i: number): string | undefined {
  return d && Number.isInteger(i) && i >= 0 && i < d.size ? d.idAt(i) : undefined;
}

/** The incident with an id, or null. */
export function incidentById(d: Dataset, id: string): Incident | null {
  const k = d.indexOfId(id);
  return k < 0 ? null : d.incidentAt(k);
}

/** Every incident as objects, in data order (what a union of layers or an export walks; a columnar dataset decodes each). */
export function allIncidents(d: Dataset): readonly Incident[] {
  if ('incidents' in d) return (d as ObjectDataset).incidents;
  return Array.from({ length: d.size }, (_, k) => d.incidentAt(k));
}

/** Sector markers with their parent's index (a parent the data lacks leaves its marker out). */
export function sectorPairs(d: Dataset): readonly { index: number; parent: number }[] {
  if (d.codes) return d.codes.sectors;
  const out: { index: number; parent: number }[] = [];
  for (let k = 0; k < d.size; k++) {
    const parentId = d.incidentAt(k).parentId;
    if (parentId === null) continue;
    const parent = d.indexOfId(parentId);
    if (parent >= 0) out.push({ index: k, parent });
  }
  return out;
}

/** The sector markers of the incident at `index`, as incidents. */
export function sectorsOf(d: Dataset, index: number): Incident[] {
  return sectorPairs(d).flatMap((p) => (p.parent === index ? [d.incidentAt(p.index)] : []));
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
