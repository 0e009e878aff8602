/**
 * Splits a byte stream into lines without ever holding the whole file as one
 * string (V8 cannot hold much over 512 MB in one): chunks are decoded as they
 * arrive and only the unfinished tail is carried over.
 */

/** Feeds decoded text in, hands complete lines out (without the newline). */
export class LineSplitter {
  private tail = '';
  private readonly decoder = new TextDecoder();

  /** Adds a chunk; returns the lines it completed. */
  push(chunk: Uint8Array): string[] {
    const text = this.tail + this.decoder.decode(chunk, { stream: true });
    const lines = text.split('\n');
    this.tail = lines.pop() ?? '';
    return lines;
  }

  /** Flushes the last line (a file need not end with a newline). */
  end(): string[] {
    const last = this.tail + this.decoder.decode();
    this.tail = '';
    return last.trim() === '' ? [] : [last];
  }
}
