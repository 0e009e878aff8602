/**
 * On a list row whose incident shares its map position with others now
 * visible: says so, and opens the same "Incidents here" list a click on that
 * spot of the map opens (keyboard users reach the whole stack from the list).
 * The list is one Tab stop (arrows move between rows): the chip is a Tab stop
 * only on the row that holds it, right after that row, and it is not a
 * second row button (role="button" on a span), so the rows stay the list's
 * only buttons.
 */
import { sharedSpots } from '../domain/clusters.ts';
import { idAtOrUndefined } from '../domain/dataset.ts';
import { memoLast } from '../state/memo.ts';
import type { AppState } from '../state/reducer.ts';
import { selectColumns, selectDataset, selectVisibleIndices } from '../state/selectors.ts';
import { HERE } from './copy.ts';
import { openHere } from './here.ts';
import { useSettledSelect } from './hooks.ts';

const spotsOf = memoLast((cols: ReturnType<typeof selectColumns>, visible: Int32Array) => (cols === null ? new Map<number, number[]>() : sharedSpots(cols.lon, cols.lat, visible)));
/** Visible incidents sharing a position, by dataset index. */
export const selectSpots = (s: AppState): ReadonlyMap<number, number[]> => spotsOf(selectColumns(s), selectVisibleIndices(s));

export function SpotButton({ index, tabbable }: { index: number; tabbable: boolean }) {
  // The settled state, with the list it sits in.
  const group = useSettledSelect(selectSpots).get(index);
  const dataset = useSettledSelect(selectDataset);
  if (group === undefined || dataset === null) return null;
  const text = HERE.spot(group.length - 1);
  const open = (opener: HTMLElement) => openHere({ ids: group.flatMap((i) => idAtOrUndefined(dataset, i) ?? []), at: null, zoomTo: null, opener });
  return (
    <span
      role="button"
      tabIndex={tabbable ? 0 : -1}
      className="row-spot"
      onClick={(e) => open(e.currentTarget)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        open(e.currentTarget);
      }}
    >
      {text}
    </span>
  );
}
