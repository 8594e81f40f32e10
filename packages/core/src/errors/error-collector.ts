import type { DriftErrorCode } from './codes.js';

/** A file-level failure that did not stop the run (spec 000 §2 "Non-Fatal Error Collection"). */
export interface NonFatalError {
  /** Root-relative path, `/`-separated. */
  readonly file: string;
  readonly code: DriftErrorCode;
  /** One-line human-readable reason. */
  readonly reason: string;
}

/**
 * Collects the non-fatal errors of one run. Every error is counted; at most `maxKept` are kept
 * verbatim so a pathological repository cannot grow the list without bound.
 */
export class ErrorCollector {
  readonly #kept: NonFatalError[] = [];
  readonly #counts = new Map<DriftErrorCode, number>();
  #total = 0;

  /** @param maxKept how many errors to keep verbatim (default 1,000). */
  constructor(private readonly maxKept = 1000) {}

  add(error: NonFatalError): void {
    this.#total += 1;
    this.#counts.set(error.code, (this.#counts.get(error.code) ?? 0) + 1);
    if (this.#kept.length < this.maxKept) this.#kept.push(error);
  }

  /** The errors kept verbatim, in the order they were added. */
  get errors(): readonly NonFatalError[] {
    return this.#kept;
  }

  /** How many errors were added in all, kept or not. */
  get total(): number {
    return this.#total;
  }

  /** Error counts by code. */
  countsByCode(): Partial<Record<DriftErrorCode, number>> {
    return Object.fromEntries(this.#counts);
  }
}
