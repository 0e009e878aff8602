/**
 * The one live status line: "N incidents" first (the test contract), then
 * killed and injured as each side of the view states them. Sides' figures
 * are never added together; incidents a side gave no figure for are counted
 * apart, never as 0 killed. Until the data is in it says so, with the
 * loader's progress, and shows no count at all: "0 incidents" would be a lie.
 */
import { SIDE_NAMES } from '../domain/vocab.ts';
import type { AppState } from '../state/reducer.ts';
import { selectTotals } from '../state/selectors.ts';
import { LOAD, STATUS } from './copy.ts';
import { useSelect } from './hooks.ts';

const selectStatus = (s: AppState) => s.data.status;
const selectProgress = (s: AppState) => s.data.progress;

export function StatusBar() {
  const status = useSelect(selectStatus);
  // One live region whose content changes, so the change from loading to the totals is announced.
  return (
    <div role="status" className={`status${status === 'ready' ? '' : ' loading'}`}>
      {status === 'ready' ? <Totals /> : <Loading failed={status === 'error'} />}
    </div>
  );
}

/** While loading: words and a progress bar (indeterminate while the size is unknown). */
function Loading({ failed }: { failed: boolean }) {
  const progress = useSelect(selectProgress);
  if (failed) return <>{LOAD.notLoaded}</>;
  const pct = progress === null ? null : Math.round(progress * 100);
  return (
    <>
      <span>{pct === null ? LOAD.loading : LOAD.loadingPct(pct)}</span>
      <progress aria-label={LOAD.loading} max={100} value={pct ?? undefined} />
    </>
  );
}

function Totals() {
  const t = useSelect(selectTotals);
  const parts = t.sides.map((s) => {
    const missing = s.incidents - s.withFigures;
    const figures = `${s.killed} ${STATUS.killed}, ${s.injured} ${STATUS.injured}`;
    const who = t.sides.length > 1 ? `${s.side}: ` : `${SIDE_NAMES[s.side]}: `;
    return `${who}${figures}${missing > 0 ? ` (${STATUS.noFigures(missing)})` : ''}`;
  });
  return (
    <>
      <strong>{STATUS.incidents(t.incidents)}</strong>
      {parts.length > 0 && ' · '}
      {parts.join(' · ')}
    </>
  );
}
