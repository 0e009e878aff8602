/**
 * TEMPORARY stand-in for helper A's dataset.ts / figures.ts / headline.ts until they land (issue 2).
 * Deleted as soon as the real modules are in the repo.
 */
import type { Figure, Incident } from './types.ts';
import type { Side } from './vocab.ts';

export interface Dataset {
  incidents: Incident[];
  byId: ReadonlyMap<string, Incident>;
}
export function makeDataset(incidents: Incident[]): Dataset {
  return { incidents, byId: new Map(incidents.map((i) => [i.id, i])) };
}
export function isTimelineEvent(i: Incident): boolean {
  return i.type === 'talks-ceasefire';
}
export function isSectorMarker(i: Incident): boolean {
  return i.parentId !== null;
}
export function isCountedIncident(i: Incident): boolean {
  return !isTimelineEvent(i) && !isSectorMarker(i);
}
export function figureValue(f: Figure | null): number | null {
  return f === null ? null : f.n;
}
export interface GroupFigure {
  group: string;
  killed: Figure | null;
  injured: Figure | null;
  sourceRef: string;
}
export type Headline =
  | { kind: 'figures'; killed: Figure | null; injured: Figure | null; claimant: string; date: string | null; groups: GroupFigure[] }
  | { kind: 'denied' }
  | { kind: 'no-claim'; acknowledged: boolean };
export function headline(incident: Incident, side: Side, _byId: ReadonlyMap<string, Incident>): Headline {
  const rows = incident.claims.filter((c) => c.side === side && !c.aggregate);
  if (incident.stances[side] === 'denied') return { kind: 'denied' };
  const first = rows[0];
  if (!first) return { kind: 'no-claim', acknowledged: incident.stances[side] === 'acknowledged' };
  const sum = (fs: (Figure | null)[]): Figure | null => {
    const ns = fs.filter((f): f is Figure => f !== null);
    if (ns.length === 0) return null;
    return { n: ns.reduce((a, f) => a + (f.n ?? 0), 0), max: null, qualifier: null };
  };
  return {
    kind: 'figures',
    killed: sum(rows.map((r) => r.killed)),
    injured: sum(rows.map((r) => r.injured)),
    claimant: first.claimant,
    date: first.date,
    groups: rows.map((r) => ({ group: r.group, killed: r.killed, injured: r.injured, sourceRef: r.sourceRef })),
  };
}
