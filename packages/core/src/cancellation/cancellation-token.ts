import { DriftError } from '../errors/drift-error.js';

/**
 * Cancellation shared between the main thread and worker threads (ARCHITECTURE §3 rule 4):
 * an `AbortSignal` for async code and an `Int32Array` on a `SharedArrayBuffer` that workers read
 * between files with {@link isCancelledFlag}. Cancelling is one-way.
 */
export class CancellationToken {
  /** Slot 0 is 1 once cancelled. Post it to workers; it is shared, not copied. */
  readonly flag: Int32Array;
  readonly #controller = new AbortController();

  /** @param signal an outside signal (e.g. from a caller) that cancels this token too. */
  constructor(signal?: AbortSignal) {
    this.flag = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    if (signal !== undefined) {
      if (signal.aborted) this.cancel();
      else signal.addEventListener('abort', () => this.cancel(), { once: true });
    }
  }

  /** Cancels: sets the shared flag and aborts {@link signal}. Idempotent. */
  cancel(): void {
    if (Atomics.exchange(this.flag, 0, 1) === 0) this.#controller.abort();
  }

  get isCancelled(): boolean {
    return isCancelledFlag(this.flag);
  }

  /** Aborted when the token is cancelled. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** @throws DriftError `CANCELLED` once cancelled. */
  throwIfCancelled(): void {
    if (this.isCancelled) throw new DriftError('CANCELLED', 'the operation was cancelled');
  }
}

/** Reads a cancellation flag posted to a worker. */
export function isCancelledFlag(flag: Int32Array): boolean {
  return Atomics.load(flag, 0) === 1;
}
