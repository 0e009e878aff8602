/**
 * The parse worker: fetches a dataset and parses it off the main thread
 * (see parseStream.ts), so a large file never freezes the page.
 */
// First: zod must be configured before any schema is built (see zodSetup.ts).
import '../zodSetup.ts';
import { parseStream } from './parseStream.ts';
import type { LoadRequest, WorkerMessage } from './protocol.ts';

const post = (m: WorkerMessage): void => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<LoadRequest>) => {
  const { url, label } = e.data;
  try {
    const res = await fetch(url, { credentials: 'same-origin' });
    if (!res.ok || !res.body) throw new Error(`${label}: could not be loaded (HTTP ${res.status})`);
    const length = Number(res.headers.get('content-length'));
    await parseStream(res.body, Number.isFinite(length) && length > 0 ? length : null, label, post);
  } catch (err) {
    post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
