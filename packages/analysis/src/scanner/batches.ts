/** Most files in one batch: progress is reported per batch, "about every 100 files" (spec 004 §7). */
export const BATCH_MAX_FILES = 100;

/** Most bytes in one batch, so large files spread across workers. */
export const BATCH_MAX_BYTES = 1024 * 1024;

/** Batches per worker the sizing aims at, so that a small project still keeps every worker busy. */
export const BATCHES_PER_WORKER = 4;

/**
 * The byte cap of a batch for `totalBytes` of work on `workers` workers: about
 * {@link BATCHES_PER_WORKER} batches each, between 32 KiB and {@link BATCH_MAX_BYTES}. A fixed
 * 1 MiB cap left a repository under 1 MiB in one batch on one worker (measured on gin: 1 of 2
 * workers busy).
 */
export function batchByteLimit(totalBytes: number, workers: number): number {
  const target = Math.ceil(totalBytes / Math.max(1, workers * BATCHES_PER_WORKER));
  return Math.min(BATCH_MAX_BYTES, Math.max(32 * 1024, target));
}

/**
 * Splits files into batches of at most `maxFiles` files and about `maxBytes` bytes each, in
 * file order, and returns them largest first (by bytes; ties keep file order): the
 * longest-processing-time-first rule (Graham 1969), so that the batches started last are the
 * small ones and the workers finish together instead of one idling behind a 1 MiB batch.
 */
export function makeBatches<T extends { readonly size: number }>(
  files: readonly T[],
  maxFiles = BATCH_MAX_FILES,
  maxBytes = BATCH_MAX_BYTES,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= maxFiles || bytes + file.size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  const bytesOf = (batch: readonly T[]): number => batch.reduce((sum, file) => sum + file.size, 0);
  const sized = batches.map((batch) => ({ batch, bytes: bytesOf(batch) }));
  sized.sort((a, b) => b.bytes - a.bytes);
  return sized.map(({ batch }) => batch);
}

/**
 * Runs `work` on each item with at most `concurrency` in flight, handing each outcome to
 * `onDone` (synchronously, in completion order) before starting more. Stops starting new items
 * once `shouldStop` returns true; items in flight still finish. When `onDone` throws, no new
 * item starts, the items in flight finish, and the first such error is rethrown.
 */
export async function runBounded<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
  onDone: (outcome: PromiseSettledResult<R>, item: T) => void,
  shouldStop: () => boolean,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (next < items.length && failure === undefined && !shouldStop()) {
      const item = items[next] as T;
      next += 1;
      let outcome: PromiseSettledResult<R>;
      try {
        outcome = { status: 'fulfilled', value: await work(item) };
      } catch (reason) {
        outcome = { status: 'rejected', reason };
      }
      try {
        onDone(outcome, item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  if (failure !== undefined) throw failure.error;
}
