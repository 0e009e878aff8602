/**
 * Reading a file for the validator without trusting its size: a JSON
 * document is read whole up to a limit, a newline-delimited file is streamed
 * up to a limit, and either stops there however much more the file holds (a
 * file still growing, a /proc file that says 0 bytes).
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** At most `limit` bytes of `file`; null when it holds more. */
export function readCapped(file: string, limit: number): Buffer | null {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      chunks.push(buf.subarray(0, n));
      if (total > limit) return null;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** A byte stream of `file` that errors with `tooLarge` once more than `limit` bytes were read; closes the file when done. */
export function cappedStream(file: string, limit: number, tooLarge: string): ReadableStream<Uint8Array> {
  const fd = openSync(file, 'r');
  let total = 0;
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  return new ReadableStream<Uint8Array>({
    pull(c) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const n = buf.length === 0 ? 0 : readSync(fd, buf, 0, buf.length, null);
      total += n;
      if (total > limit) {
        close();
        c.error(new Error(tooLarge));
      } else if (n === 0) {
        close();
        c.close();
      } else c.enqueue(new Uint8Array(buf.buffer, buf.byteOffset, n));
    },
    cancel: close,
  });
}
