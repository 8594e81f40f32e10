import { processBatch, type FileBatch, type FileBatchResult } from '@drift/analysis';

/** A task posted to a scan worker: a batch and the shared cancellation flag. */
export interface ScanWorkerTask {
  readonly batch: FileBatch;
  readonly flag: Int32Array;
}

/** Worker-thread entry (piscina): reads, classifies and hashes one batch. */
export default function runScanTask(task: ScanWorkerTask): FileBatchResult {
  return processBatch(task.batch, task.flag);
}
