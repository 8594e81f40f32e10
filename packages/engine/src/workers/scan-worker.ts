import { processBatch, type FileBatch, type FileBatchResult } from '@drift/analysis/file-processor';

/** A task posted to a scan worker: a batch and the shared cancellation flag. */
export interface ScanWorkerTask {
  readonly batch: FileBatch;
  readonly flag: Int32Array;
}

/**
 * Worker-thread entry (piscina): reads, classifies, hashes and parses one batch. Imports only the file
 * processor (not the package barrel) so a worker starts fast and small.
 */
export default async function runScanTask(task: ScanWorkerTask): Promise<FileBatchResult> {
  // Each task starts in its own macrotask: with two tasks queued in this worker, the first
  // task's result is posted before the second (synchronous) batch starts.
  await new Promise((resolve) => setImmediate(resolve));
  return processBatch(task.batch, task.flag);
}
