/** A load that cannot go on, with its cause (protocol.ts LoadFailure); the UI words the cause. */
import type { LoadFailure } from './protocol.ts';

export class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    message: string,
  ) {
    super(message);
  }
}
