/**
 * The one live status line: "N incidents" first (the test contract), then
 * killed and injured as each side of the view states them under the Count.
 * Sides' figures are never added together; qualifiers and ranges carry into
 * the sum; incidents a side gave no figure for are counted apart, never as
 * 0 killed, and a side with no injured figure says so. Until the data is in
 * it says so, with the loader's progress, and shows no count at all.
 */
import { useState } from 'react';
import type { SideTotals } from '../domain/totals.ts';
import { SIDE_NAMES } from '../domain/vocab.ts';
import type { AppState } from '../state/reducer.ts';
import { selectTotals } from '../state/selectors.ts';
import { LOAD, STATUS } from './copy.ts';
import { totalText } from './format.ts';
import { useSelect, useSettledSelect, useUpdating } from './hooks.ts';

const selectStatus = (s: AppState) => s.data.status;
const selectProgress = (s: AppState) => s.data.progress;

/** "PAK: over 250 killed, 29 injured in 1 incident (3 without a figure, 1 denied)". */
function sideText(s: SideTotals, named: boolean): string {
  const withFigures = s.kinds.figures;
  const apart = [
    s.incidents - withFigures - s.kinds.denied - s.kinds['none-reported'] > 0 ? STATUS.noFigures(s.incidents - withFigures - s.kinds.denied - s.kinds['none-reported']) : null,
    s.kinds.denied > 0 ? STATUS.denied(s.kinds.denied) : null,
    s.kinds['none-reported'] > 0 ? STATUS.noneReported(s.kinds['none-reported']) : null,
  ].filter((x) => x !== null);
  const figure = (f: SideTotals['killed'], what: 'killed' | 'injured') =>
    f.terms > 0 || f.dozens > 0 ? `${totalText(f, what)} ${STATUS.inIncidents(f.terms + f.dozens)}` : what === 'killed' ? STATUS.noKilledFigure : STATUS.noInjuredFigure;
  const who = named ? `${SIDE_NAMES[s.side]}: ` : `${s.side}: `;
  return `${who}${figure(s.killed, 'killed')}, ${figure(s.injured, 'injured')}${apart.length > 0 ? ` (${apart.join(', ')})` : ''}`;
}

export function StatusBar() {
  // The settled state, like the totals it shows: "ready" never comes before the totals of the data that made it so.
  const status = useSettledSelect(selectStatus);
  // Busy while the totals still show the previous claim view or Count: the change is announced once they follow.
  const updating = useUpdating();
  // One live region whose content changes, so the change from loading to the totals is announced.
  return (
    <div role="status" className={`status${status === 'ready' ? '' : ' loading'}`} aria-busy={updating}>
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

/** The count, then each side's totals; on a phone the totals fold to two lines until opened (all of it stays in the live text). */
function Totals() {
  const t = useSettledSelect(selectTotals);
  const [open, setOpen] = useState(false);
  const parts = t.sides.map((s) => sideText(s, t.sides.length === 1));
  return (
    <>
      <span className={`status-sides${open ? ' open' : ''}`}>
        <strong>{STATUS.incidents(t.incidents)}</strong>
        {parts.length > 0 && ' · '}
        {parts.join(' · ')}
      </span>
      {parts.length > 0 && (
        <button type="button" className="status-more linklike" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? STATUS.fewerTotals : STATUS.allTotals}
        </button>
      )}
    </>
  );
}
