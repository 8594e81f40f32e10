import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { FileBatchResult } from '@drift/analysis';
import { parseDriftError } from '@drift/core';
import { Piscina } from 'piscina';
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
 * default. Workers start on first use and exit after 30 s idle.
 */
export class WorkerPool {
  readonly #pool: Piscina<ScanWorkerTask, FileBatchResult>;

  /** @param threads the number of workers (already resolved, ≥ 1). */
  constructor(readonly threads: number) {
    this.#pool = new Piscina({
      filename: workerFile(),
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: 30_000,
    });
  }

  /** Runs one scan batch on a worker; a worker failure rejects with a `DriftError`. */
  async runScanTask(task: ScanWorkerTask): Promise<FileBatchResult> {
    try {
      return await this.#pool.run(task);
    } catch (error) {
      throw parseDriftError(error);
    }
  }

  /** Stops every worker. */
  async destroy(): Promise<void> {
    await this.#pool.destroy();
  }
}
