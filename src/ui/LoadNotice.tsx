/**
 * What the data door said: loading progress, a failure of the bundled data,
 * ONE notice when a ?data= file could not be used (parameter, path, cause, a
 * link to the page without it), and the exact count of records left out with
 * their problem lines. Data text is rendered as text, never as HTML.
 */
import type { DataFallback } from '../data/load/loadData.ts';
import type { LoadFailure } from '../data/load/protocol.ts';
import type { AppState } from '../state/reducer.ts';
import { LOAD } from './copy.ts';
import { useSelect } from './hooks.ts';
import { withoutParam } from './keepParam.ts';

const selectData = (s: AppState) => s.data;
const MAX_LINES = 200;

export function LoadNotice({ notices }: { notices: readonly string[] }) {
  const data = useSelect(selectData);
  return (
    <>
      {notices.map((n) => (
        <p key={n} className="notice warn">
          {n}
        </p>
      ))}
      {data.report?.fallback && <FallbackNotice fallback={data.report.fallback} />}
      <DataNotice data={data} />
    </>
  );
}

/** The plain-words cause of a failure (copy.ts). */
export function causeText(f: LoadFailure): string {
  const c = LOAD.cause;
  switch (f.kind) {
    case 'status':
      return c.status(f.status);
    case 'timeout':
      return c.timeout(f.seconds);
    case 'not-incidents':
      return c['not-incidents'](f.detail);
    case 'too-large':
      return c['too-large'](f.megabytes);
    default:
      return c[f.kind];
  }
}

function FallbackNotice({ fallback }: { fallback: DataFallback }) {
  const href = `${window.location.pathname}${withoutParam(window.location.search, fallback.param)}${window.location.hash}`;
  return (
    <div className="notice error" role="alert">
      <p>{LOAD.fallback(fallback.value, causeText(fallback.failure))}</p>
      <p>
        <a href={href}>{LOAD.withoutParam}</a>
      </p>
      {fallback.details.length > 0 && (
        <details>
          <summary>{LOAD.details}</summary>
          <pre>{fallback.details.slice(0, MAX_LINES).join('\n')}</pre>
        </details>
      )}
    </div>
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
  const problems = data.report?.errorCount ?? data.errors.length;
  const leftOut = data.report?.leftOut ?? data.errors.length;
  return (
    <details className="notice warn" open={problems <= 3}>
      <summary>{LOAD.rejected(leftOut, problems, data.dataset?.size ?? 0)}</summary>
      <pre>{data.errors.slice(0, MAX_LINES).join('\n')}</pre>
    </details>
  );
}
