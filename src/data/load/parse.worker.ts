/**
 * The parse worker: fetches a dataset and parses it off the main thread
 * (see parseStream.ts), so a large file never freezes the page.
 */
// First: zod must be configured before any schema is built (see zodSetup.ts).
import '../zodSetup.ts';
import { fetchGuarded } from './fetchGuarded.ts';
import { LoadError } from './loadError.ts';
import { parseStream } from './parseStream.ts';
import type { LoadRequest, WorkerMessage } from './protocol.ts';

const post = (m: WorkerMessage): void => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<LoadRequest>) => {
  const { url, label, stallMs } = e.data;
  try {
    const { body, total } = await fetchGuarded(url, label, stallMs);
    await parseStream(body, total, label, post);
  } catch (err) {
    if (err instanceof LoadError) post({ kind: 'failed', failure: err.failure, message: err.message });
    else post({ kind: 'failed', failure: { kind: 'network' }, message: `${label}: ${err instanceof Error ? err.message : String(err)}` });
  }
};
