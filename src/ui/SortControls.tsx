/** Sort the list by date or casualties, ascending or descending. */
import { actions } from '../state/actions.ts';
import type { AppState } from '../state/reducer.ts';
import type { Sort } from '../state/viewState.ts';
import { LIST } from './copy.ts';
import { useDispatch, useSelect } from './hooks.ts';

const selectSort = (s: AppState) => s.view.sort;

/** Choosing a key starts in its natural order: dates oldest first, casualties largest first. */
export const FIRST_DIR: Record<Sort['key'], Sort['dir']> = { date: 'asc', casualties: 'desc' };

export function SortControls() {
  const sort = useSelect(selectSort);
  const dispatch = useDispatch();
  return (
    <div className="sort">
      <label>
        {LIST.sort}{' '}
        <select value={sort.key} onChange={(e) => {
            const key = e.target.value === 'casualties' ? 'casualties' : 'date';
            dispatch(actions.sortChosen({ key, dir: FIRST_DIR[key] }));
          }}
        >
          <option value="date">{LIST.sortKeys.date}</option>
          <option value="casualties">{LIST.sortKeys.casualties}</option>
        </select>
      </label>
      <button
        type="button"
        className="dir"
        aria-label={`${LIST.sort} ${LIST.sortKeys[sort.key]}: ${LIST.dir[sort.dir]}`}
        onClick={() => dispatch(actions.sortChosen({ ...sort, dir: sort.dir === 'asc' ? 'desc' : 'asc' }))}
      >
        {sort.dir === 'asc' ? '↑' : '↓'} {LIST.dir[sort.dir]}
      </button>
    </div>
  );
}
