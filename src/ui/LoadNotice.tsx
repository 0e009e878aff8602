/** A failure, or the features the parser rejected (each message as text). */
import type { AppState } from '../state/reducer.ts';
import { LOAD } from './copy.ts';
import { useSelect } from './hooks.ts';

const selectData = (s: AppState) => s.data;

export function LoadNotice({ notices }: { notices: readonly string[] }) {
  const data = useSelect(selectData);
  return (
    <>
      {notices.map((n) => (
        <p key={n} className="notice warn">
          {n}
        </p>
      ))}
      <DataNotice data={data} />
    </>
  );
}

function DataNotice({ data }: { data: AppState['data'] }) {
  // Loading itself is shown by the status line (StatusBar), with its progress.
  if (data.status === 'loading' || data.status === 'idle') return null;
  if (data.status === 'error')
    return (
      <div className="notice error">
        <p>{LOAD.failed}</p>
        <pre>{data.errors.join('\n')}</pre>
      </div>
    );
  if (data.errors.length === 0) return null;
  return (
    <details className="notice warn">
      <summary>{LOAD.rejected(data.errors.length)}</summary>
      <pre>{data.errors.slice(0, 200).join('\n')}</pre>
    </details>
  );
}
