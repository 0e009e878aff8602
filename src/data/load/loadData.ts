/**
 * What the app loads: the bundled data, or a `?data=` file — and when that
 * file cannot be used for any reason (a refused path, 404, 500, no answer for
 * 15 s, not JSON, a web page, empty, nothing valid in it), the bundled data
 * with ONE fallback record naming the parameter, the path and the cause.
 */
import { resolveDataParam } from './dataParam.ts';
import { loadDataset, type LoadProgress, type LoadResult } from './loadDataset.ts';
import { LoadError } from './loadError.ts';
import type { LoadFailure } from './protocol.ts';

/** The `?data=` file could not be used: what was asked, why not, and the lines that say more. */
export interface DataFallback {
  param: 'data';
  value: string;
  failure: LoadFailure;
  /** Problem lines of the refused file (when it was read but nothing in it was valid). */
  details: string[];
}

/** What the notice says about a load: exact counts, and the ?data= fallback if any. */
export interface LoadReport {
  /** Problems in the shown data (all of them; only the first MAX_ERRORS lines are kept). */
  errorCount: number;
  /** Records of the shown data left out. */
  leftOut: number;
  fallback: DataFallback | null;
}

/** The report of an outcome. */
export function reportOf(o: DataOutcome): LoadReport {
  return { errorCount: o.result.errorCount, leftOut: o.result.leftOut, fallback: o.fallback };
}

/** A loaded dataset and, when a `?data=` file was given up on, why. */
export interface DataOutcome {
  result: LoadResult;
  /** The label the data is known by ('geo/incidents.geojson' or the ?data= value). */
  source: string;
  fallback: DataFallback | null;
}

/** The bundled data's label in messages. */
export const BUNDLED_LABEL = 'geo/incidents.geojson';

/**
 * Loads the `?data=` file when given and usable, else the bundled data.
 * Rejects only when the bundled data itself cannot be loaded.
 */
export async function loadData(dataValue: string | null, pageUrl: string, bundledUrl: string, onProgress?: (p: LoadProgress) => void, stallMs?: number): Promise<DataOutcome> {
  const bundled = async (fallback: DataFallback | null): Promise<DataOutcome> => ({ result: await loadDataset(bundledUrl, onProgress, BUNDLED_LABEL, stallMs), source: BUNDLED_LABEL, fallback });
  if (dataValue === null) return bundled(null);
  const give = (failure: LoadFailure, details: string[] = []): Promise<DataOutcome> => bundled({ param: 'data', value: dataValue, failure, details });
  const requested = resolveDataParam(dataValue, pageUrl);
  if (!requested.ok) return give({ kind: 'refused' });
  let result: LoadResult;
  try {
    result = await loadDataset(requested.url, onProgress, dataValue, stallMs);
  } catch (e) {
    const failure: LoadFailure = e instanceof LoadError ? e.failure : { kind: 'network' };
    // The cause says it all for a status, a timeout or an empty file; the engine's words help for the rest.
    const telling = failure.kind === 'not-json' || failure.kind === 'not-incidents' || failure.kind === 'network';
    return give(failure, telling ? [e instanceof Error ? e.message : String(e)] : []);
  }
  if (result.dataset.size === 0) return give({ kind: 'no-incidents' }, result.errors);
  return { result, source: dataValue, fallback: null };
}
