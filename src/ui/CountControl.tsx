/**
 * The Count: whose dead the figures count — all killed, or one category
 * (Pakistani security forces, Afghan forces, civilians, militants and
 * attackers). Sizes, sort, histogram and totals follow it; it is in the URL.
 */
import { COUNTS, type Count } from '../domain/vocab.ts';
import { actions } from '../state/actions.ts';
import type { AppState } from '../state/reducer.ts';
import { COUNT } from './copy.ts';
import { useDispatch, useSelect } from './hooks.ts';

const selectCount = (s: AppState) => s.view.count;

export function CountControl() {
  const count = useSelect(selectCount);
  const dispatch = useDispatch();
  return (
    <label className="count-control" title={COUNT.hint}>
      <span>{COUNT.name}</span>
      <select value={count} aria-label={COUNT.name} onChange={(e) => dispatch(actions.countChosen(e.target.value as Count))}>
        {COUNTS.map((c) => (
          <option key={c} value={c}>
            {COUNT.options[c]}
          </option>
        ))}
      </select>
    </label>
  );
}
