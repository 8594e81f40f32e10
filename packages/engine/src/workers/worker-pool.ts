import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { FileBatchResult } from '@drift/analysis';
import { parseDriftError } from '@drift/core';
import type { Piscina } from 'piscina';
import type { ScanWorkerTask } from './scan-worker.js';

/**
 * The worker file, resolved through the package's own `exports` so that it is always the built
 * JavaScript, whether this module runs from `dist/` or from source under a test runner.
 */
function workerFile(): string {
  return createRequire(import.meta.url).resolve('@drift/engine/scan-worker');
}

/** `scan.threads`: 0 means one worker per core (`os.availableParallelism()`). */
export function resolveThreads(threads: number): number {
  return threads > 0 ? threads : Math.max(1, availableParallelism());
}

/**
 * A pool of worker threads for command functions (ARCHITECTURE §3 rule 3), one per core by
 * default. piscina is loaded and workers are started on the first task, so a scan with nothing
 * to read never starts one; idle workers exit after 30 s.
 */
export class WorkerPool {
  #pool: Promise<Piscina<ScanWorkerTask, FileBatchResult>> | undefined;

  /** @param threads the number of workers (already resolved, ≥ 1). */
  constructor(readonly threads: number) {}

  async #start(eager: boolean): Promise<Piscina<ScanWorkerTask, FileBatchResult>> {
    const { Piscina: PiscinaClass } = await import('piscina');
    return new PiscinaClass<ScanWorkerTask, FileBatchResult>({
      filename: workerFile(),
      minThreads: eager ? this.threads : 0,
      maxThreads: this.threads,
      idleTimeout: 30_000,
      // A second task waits in each worker, so a worker that finishes a batch starts the next
      // at once instead of waiting for the main thread to commit results and post more.
      concurrentTasksPerWorker: 2,
    });
  }

  /**
   * Starts every worker now, so that thread start-up and module loading (~0.2–0.3 s each on a
   * cold process) overlap the caller's own work, e.g. a scan's discovery. No-op when started.
   */
  warmUp(): void {
    this.#pool ??= this.#start(true);
  }

  /** Runs one scan batch on a worker; a worker failure rejects with a `DriftError`. */
  async runScanTask(task: ScanWorkerTask): Promise<FileBatchResult> {
    this.#pool ??= this.#start(false);
    try {
      return await (await this.#pool).run(task);
    } catch (error) {
      throw parseDriftError(error);
    }
  }

  /** Stops every worker; a later task starts new ones. */
  async destroy(): Promise<void> {
    const pool = this.#pool;
    this.#pool = undefined;
    if (pool !== undefined) await (await pool).destroy();
  }
}
