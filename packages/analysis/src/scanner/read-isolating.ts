import { parseDriftError } from '@drift/core';
import type { FileBatch, FileBatchResult, FileResult } from './file-processor.js';

/**
 * Solo failures in a row after which the rest of a batch is given up as failing the same way:
 * a worker that cannot start at all would otherwise cost one failed task per file.
 */
const SOLO_FAILURES_TO_GIVE_UP = 2;

/**
 * Reads `batch` through `read`; when the batch fails as a whole (its worker died, or its
 * results could not be posted back), reads its files one at a time, so that only the files
 * that fail on their own are lost: each of those becomes a `failed` result with code
 * `SCAN_ERROR` and the failure's reason. After {@link SOLO_FAILURES_TO_GIVE_UP} files in a row
 * fail alone, the rest get that reason unread. Stops before the next file once `shouldStop`
 * returns true and reports the batch `cancelled`. A one-file batch's failure is rethrown as it is.
 *
 * @returns the batch's results, in file order, and the bytes read (summed over the reads).
 */
export async function readIsolating(
  read: (batch: FileBatch) => Promise<FileBatchResult>,
  batch: FileBatch,
  shouldStop: () => boolean,
): Promise<FileBatchResult> {
  try {
    return await read(batch);
  } catch (error) {
    if (batch.files.length <= 1) throw error;
  }
  const results: FileResult[] = [];
  let bytesRead = 0;
  let failuresInARow = 0;
  let reason = '';
  for (const file of batch.files) {
    if (failuresInARow >= SOLO_FAILURES_TO_GIVE_UP) {
      results.push({ kind: 'failed', path: file.path, code: 'SCAN_ERROR', reason });
      continue;
    }
    if (shouldStop()) return { results, cancelled: true, bytesRead };
    try {
      const single = await read({ ...batch, files: [file] });
      failuresInARow = 0;
      results.push(...single.results);
      bytesRead += single.bytesRead;
      if (single.cancelled) return { results, cancelled: true, bytesRead };
    } catch (error) {
      failuresInARow += 1;
      reason = parseDriftError(error).reason;
      results.push({ kind: 'failed', path: file.path, code: 'SCAN_ERROR', reason });
    }
  }
  return { results, cancelled: false, bytesRead };
}
