import type { Logger } from 'pino';
import type { DriftEventArgs, DriftEventHandler, DriftEventName } from './event-handler.js';

/**
 * Dispatches events to the registered {@link DriftEventHandler}s, synchronously and in
 * registration order (spec 000 §4 "Handler Registration and Dispatch"). With no handler
 * registered, `emit` returns at once.
 */
export class EventDispatcher {
  #handlers: DriftEventHandler[] = [];

  /** @param logger where a throwing handler is reported (at `error` level). */
  constructor(private readonly logger?: Logger) {}

  /** Adds a handler; returns a function that removes it again. */
  register(handler: DriftEventHandler): () => void {
    this.#handlers = [...this.#handlers, handler];
    return () => {
      this.#handlers = this.#handlers.filter((h) => h !== handler);
    };
  }

  /** How many handlers are registered. */
  get size(): number {
    return this.#handlers.length;
  }

  /** Calls `event` on every handler that implements it; a throwing handler is logged. */
  emit<E extends DriftEventName>(event: E, ...args: DriftEventArgs<E>): void {
    if (this.#handlers.length === 0) return;
    for (const handler of this.#handlers) {
      const method = handler[event] as ((...a: DriftEventArgs<E>) => void) | undefined;
      if (method === undefined) continue;
      try {
        method.apply(handler, args);
      } catch (error) {
        this.logger?.error({ err: error, event }, 'event handler threw; continuing');
      }
    }
  }
}
