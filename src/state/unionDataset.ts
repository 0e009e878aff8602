/**
 * The visible layers as one Dataset without copying the first one: its rows
 * keep their indices (a columnar bundled dataset is never decoded for it), and
 * each later layer adds the incidents whose id no earlier layer has — the
 * rule of data/import/union.ts (the first-opened layer keeps an id both have).
 */
import { makeDataset, type Dataset, type DatasetCodes } from '../domain/dataset.ts';
import type { Incident } from '../domain/types.ts';
import { COUNTRIES, INCIDENT_TYPES } from '../domain/vocab.ts';

/** The union and, per incident, the index of the layer it came from. */
export interface DatasetUnion {
  dataset: Dataset;
  layerOf: Uint8Array;
  /** Per layer: incidents it gave, and incidents left out because an earlier layer has the id. */
  counts: { shown: number; shadowed: number }[];
}

/** Codes of the union when the first layer has codes: its own, then the added incidents' (each its own attribution sample). */
function unionCodes(base: DatasetCodes, extra: readonly Incident[], dataset: Dataset): DatasetCodes {
  const n0 = base.type.length;
  const n = n0 + extra.length;
  const type = new Uint8Array(n);
  const country = new Uint8Array(n);
  const samples = base.attributionSamples.length;
  const attribution = samples + extra.length > 0xffff ? new Uint32Array(n) : new Uint16Array(n);
  const uncertaintyKm = new Float32Array(n);
  type.set(base.type);
  country.set(base.country);
  attribution.set(base.attribution);
  uncertaintyKm.set(base.uncertaintyKm);
  extra.forEach((i, j) => {
    type[n0 + j] = Math.max(0, INCIDENT_TYPES.indexOf(i.type));
    country[n0 + j] = Math.max(0, COUNTRIES.indexOf(i.country));
    attribution[n0 + j] = samples + j;
    uncertaintyKm[n0 + j] = i.locationPrecision !== 'exact' ? i.uncertaintyKm : 0;
  });
  const sectors = [...base.sectors];
  extra.forEach((i, j) => {
    const parent = i.parentId === null ? -1 : dataset.indexOfId(i.parentId);
    if (parent >= 0) sectors.push({ index: n0 + j, parent });
  });
  return { type, country, attribution, uncertaintyKm, attributionSamples: [...base.attributionSamples, ...extra], sectors };
}

/**
 * Puts layers together, first layer first.
 * @example unionDatasets([bundled, makeDataset(fileIncidents)]).dataset.size // bundled.size + the file's new ids
 */
export function unionDatasets(layers: readonly Dataset[]): DatasetUnion {
  const [first, ...rest] = layers;
  if (first === undefined) return { dataset: makeDataset([]), layerOf: new Uint8Array(0), counts: [] };
  // The first layer's ids are unique (the loader and the importers drop repeats), so all its rows are shown.
  const counts = [{ shown: first.size, shadowed: 0 }];
  const extra: Incident[] = [];
  const extraLayer: number[] = [];
  const extraIndex = new Map<string, number>();
  rest.forEach((d, k) => {
    let shown = 0;
    let shadowed = 0;
    for (let j = 0; j < d.size; j++) {
      const i = d.incidentAt(j);
      if (first.indexOfId(i.id) >= 0 || extraIndex.has(i.id)) {
        shadowed++;
        continue;
      }
      extraIndex.set(i.id, first.size + extra.length);
      extra.push(i);
      extraLayer.push(k + 1);
      shown++;
    }
    counts.push({ shown, shadowed });
  });
  const n0 = first.size;
  const layerOf = new Uint8Array(n0 + extra.length);
  layerOf.set(extraLayer, n0);
  const dataset: { -readonly [K in keyof Dataset]: Dataset[K] } = {
    size: n0 + extra.length,
    incidentAt: (i) => (i < n0 ? first.incidentAt(i) : (extra[i - n0] as Incident)),
    idAt: (i) => (i < n0 ? first.idAt(i) : (extra[i - n0] as Incident).id),
    indexOfId(id) {
      const k = first.indexOfId(id);
      return k >= 0 ? k : (extraIndex.get(id) ?? -1);
    },
  };
  if (first.codes) dataset.codes = unionCodes(first.codes, extra, dataset);
  return { dataset, layerOf, counts };
}
