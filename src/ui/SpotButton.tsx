/**
 * On a list row whose incident shares its map position with others now
 * visible: says so, and opens the same "Incidents here" list a click on that
 * spot of the map opens (keyboard users reach the whole stack from the list).
 */
import { sharedSpots } from '../domain/clusters.ts';
import { memoLast } from '../state/memo.ts';
import type { AppState } from '../state/reducer.ts';
import { selectColumns, selectDataset, selectVisibleIndices } from '../state/selectors.ts';
import { HERE } from './copy.ts';
import { openHere } from './here.ts';
import { useSelect } from './hooks.ts';

const spotsOf = memoLast((cols: ReturnType<typeof selectColumns>, visible: Int32Array) => (cols === null ? new Map<number, number[]>() : sharedSpots(cols.lon, cols.lat, visible)));
/** Visible incidents sharing a position, by dataset index. */
export const selectSpots = (s: AppState): ReadonlyMap<number, number[]> => spotsOf(selectColumns(s), selectVisibleIndices(s));

export function SpotButton({ index, title }: { index: number; title: string }) {
  const group = useSelect(selectSpots).get(index);
  const dataset = useSelect(selectDataset);
  if (group === undefined || dataset === null) return null;
  const text = HERE.spot(group.length - 1);
  return (
    <button
      type="button"
      className="row-spot"
      aria-label={`${title}: ${text}`}
      onClick={(e) => openHere({ ids: group.flatMap((i) => dataset.incidents[i]?.id ?? []), at: null, zoomTo: null, opener: e.currentTarget })}
    >
      {text}
    </button>
  );
}
