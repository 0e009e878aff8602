/**
 * A fetch that fails one way: 404 and other statuses, a network error, and a
 * server that sends no byte for `stallMs` (default 15 s) all become a
 * LoadError with its cause, so the page never waits forever ("Loading
 * incidents…" for good) and never parses an error page as data.
 */
import { LoadError } from './loadError.ts';

/** Give up when the server has sent nothing for this long (headers or body). */
export const STALL_MS = 15_000;

/** The response body, guarded by the stall timer, and its announced length. */
export async function fetchGuarded(url: string, label: string, stallMs = STALL_MS): Promise<{ body: ReadableStream<Uint8Array>; total: number | null }> {
  const seconds = Math.round(stallMs / 1000);
  const stalled = new LoadError({ kind: 'timeout', seconds }, `${label}: no answer for ${seconds} s`);
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      abort.abort(stalled);
    }, stallMs);
  };
  arm();
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', signal: abort.signal });
  } catch (e) {
    clearTimeout(timer);
    if (timedOut) throw stalled;
    throw new LoadError({ kind: 'network' }, `${label}: the request failed (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!res.ok || res.body === null) {
    clearTimeout(timer);
    void res.body?.cancel();
    if (res.status === 404) throw new LoadError({ kind: 'not-found' }, `${label}: not found (HTTP 404)`);
    throw new LoadError({ kind: 'status', status: res.status }, `${label}: the server answered ${res.status}`);
  }
  const length = Number(res.headers.get('content-length'));
  const source = res.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(c) {
      arm();
      try {
        const { done, value } = await source.read();
        if (done) {
          clearTimeout(timer);
          c.close();
        } else c.enqueue(value);
      } catch (e) {
        clearTimeout(timer);
        c.error(timedOut ? stalled : new LoadError({ kind: 'network' }, `${label}: the download broke off (${e instanceof Error ? e.message : String(e)})`));
      }
    },
    cancel(reason) {
      clearTimeout(timer);
      return source.cancel(reason);
    },
  });
  return { body, total: Number.isFinite(length) && length > 0 ? length : null };
}
