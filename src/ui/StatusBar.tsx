/**
 * The one live status line: "N incidents" first (the test contract), then
 * killed and injured as each side of the view states them. Sides' figures
 * are never added together; incidents a side gave no figure for are counted
 * apart, never as 0 killed.
 */
import { SIDE_NAMES } from '../domain/vocab.ts';
import { selectTotals } from '../state/selectors.ts';
import { STATUS } from './copy.ts';
import { useSelect } from './hooks.ts';

export function StatusBar() {
  const t = useSelect(selectTotals);
  const parts = t.sides.map((s) => {
    const missing = s.incidents - s.withFigures;
    const figures = `${s.killed} ${STATUS.killed}, ${s.injured} ${STATUS.injured}`;
    const who = t.sides.length > 1 ? `${s.side}: ` : `${SIDE_NAMES[s.side]}: `;
    return `${who}${figures}${missing > 0 ? ` (${STATUS.noFigures(missing)})` : ''}`;
  });
  return (
    <p role="status" className="status">
      <strong>{STATUS.incidents(t.incidents)}</strong>
      {parts.length > 0 && ' · '}
      {parts.join(' · ')}
    </p>
  );
}
