/**
 * Layers put together: the bundled data and each opened file, in the order
 * they were opened. An event id met again in a later layer is the same event
 * (UCDP exports share ids): the first layer's values are kept and the later
 * copy is left out, so removing the first layer hands the event to the next.
 */
import type { Incident } from '../../domain/types.ts';
import { differingFields } from './compare.ts';

/** One layer's incidents, in the order layers were opened. */
export interface LayerIncidents {
  name: string;
  incidents: readonly Incident[];
}

/** The union: incidents in layer order, and the layer each came from. */
export interface LayerUnion {
  incidents: Incident[];
  /** Index into the layers of each incident's layer. */
  layerOf: Uint8Array;
  /** Per layer: incidents it gave, and incidents left out because an earlier layer has the id. */
  counts: { shown: number; shadowed: number }[];
  /** The shown incident of each id (what a Dataset's index holds). */
  byId: Map<string, Incident>;
}

/**
 * Puts visible layers together, first layer first.
 * @example unionLayers([{name: 'a.csv', incidents: [x]}, {name: 'b.csv', incidents: [x2]}]).incidents // [x] (x2 has x's id)
 */
export function unionLayers(layers: readonly LayerIncidents[]): LayerUnion {
  const seen = new Map<string, Incident>();
  const incidents: Incident[] = [];
  const layerIx: number[] = [];
  const counts = layers.map((l, k) => {
    let shown = 0;
    let shadowed = 0;
    for (const i of l.incidents) {
      if (seen.has(i.id)) {
        shadowed++;
        continue;
      }
      seen.set(i.id, i);
      incidents.push(i);
      layerIx.push(k);
      shown++;
    }
    return { shown, shadowed };
  });
  return { incidents, layerOf: Uint8Array.from(layerIx), counts, byId: seen };
}

/** A later layer's event merged into an earlier layer's (the earlier one's values are kept). */
export interface CrossMerge {
  id: string;
  keptFrom: string;
  fields: string[];
}

/**
 * The events of `later` that an earlier layer already has, each with the
 * fields that differ: what the report of the later file lists.
 */
export function crossFileMerges(earlier: readonly LayerIncidents[], later: readonly Incident[]): CrossMerge[] {
  const first = new Map<string, { layer: string; incident: Incident }>();
  for (const l of earlier) for (const i of l.incidents) if (!first.has(i.id)) first.set(i.id, { layer: l.name, incident: i });
  const out: CrossMerge[] = [];
  for (const i of later) {
    const hit = first.get(i.id);
    if (hit !== undefined) out.push({ id: i.id, keptFrom: hit.layer, fields: differingFields(hit.incident, i) });
  }
  return out;
}
