/** The claim view: a radio group named "Claims" (Pakistan / Afghanistan / Independent / Compare). */
import { CLAIM_VIEWS } from '../domain/filters.ts';
import { actions } from '../state/actions.ts';
import type { AppState } from '../state/reducer.ts';
import { CLAIMS } from './copy.ts';
import { useDispatch, useSelect } from './hooks.ts';

const selectView = (s: AppState) => s.view.claimView;

export function ClaimsToggle() {
  const view = useSelect(selectView);
  const dispatch = useDispatch();
  return (
    <div className="claims">
      <div role="radiogroup" aria-label={CLAIMS.group} aria-describedby="claims-hint" className="segmented">
        {CLAIM_VIEWS.map((v) => (
          <label key={v} className={v === view ? 'on' : ''}>
            <input type="radio" name="claims" value={v} checked={v === view} onChange={() => dispatch(actions.claimViewChosen(v))} />
            <span>{CLAIMS.views[v]}</span>
          </label>
        ))}
      </div>
      <p id="claims-hint" className="hint">
        {CLAIMS.hint[view]}
      </p>
    </div>
  );
}
