import { parseDriftError } from '@drift/core';
import type { FileBatch, FileBatchResult, FileResult } from './file-processor.js';

/**
 * Reads `batch` through `read`; when the batch fails as a whole (its worker died, or its
 * results could not be posted back), reads its files one at a time, so that only the files
 * that fail on their own are lost: each of those becomes a `failed` result with code
 * `SCAN_ERROR` and the failure's reason. Stops before the next file once `shouldStop` returns
 * true and reports the batch `cancelled`. A one-file batch's failure is rethrown as it is.
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
  for (const file of batch.files) {
    if (shouldStop()) return { results, cancelled: true, bytesRead };
    try {
      const single = await read({ ...batch, files: [file] });
      results.push(...single.results);
      bytesRead += single.bytesRead;
      if (single.cancelled) return { results, cancelled: true, bytesRead };
    } catch (error) {
      const { reason } = parseDriftError(error);
      results.push({ kind: 'failed', path: file.path, code: 'SCAN_ERROR', reason });
    }
  }
  return { results, cancelled: false, bytesRead };
}
