import { ErrorCollector, SKIP_REASONS, type NonFatalError, type SkipReason } from '@drift/core';
import {
  FileWriter,
  finishScan,
  insertScanErrors,
  setMeta,
  type DatabaseManager,
  type FileWrite,
  type ScanOutcome,
  type StoredFileState,
} from '@drift/storage';
import type { FileDiff } from './diff.js';
import type { CheckedFile } from './file-check.js';
import type { FileResult } from './file-processor.js';

/**
 * Results are committed about every this many files. A commit costs ~0.8 ms here (measured:
 * 20,000 inserts take 57 ms in one transaction, 217 ms in 200), so worker batches of 100 are
 * grouped; a crash loses at most this many rows, which the next scan reads again.
 */
export const COMMIT_EVERY_FILES = 1000;

/** The meta key recording which hash the stored content hashes were made with. */
export const META_HASH_ALGORITHM = 'scan.hash_algorithm';

/** The counts of one scan, filled in as its results are written. */
export interface ScanTally {
  added: number;
  modified: number;
  unchanged: number;
  removed: number;
  invalidUtf8: number;
  bytesRead: number;
  /** Milliseconds spent in write transactions. */
  batchWriteMs: number;
  readonly skipped: Record<SkipReason, number>;
}

/**
 * Writes one scan's results to drift.db: the diff's removals and oversized files first, then
 * read results buffered and committed in groups of {@link COMMIT_EVERY_FILES}, and at the end
 * the errors and the `scan_history` outcome. Keeps the tally and the non-fatal errors.
 */
export class ScanWriter {
  readonly tally: ScanTally = {
    added: 0,
    modified: 0,
    unchanged: 0,
    removed: 0,
    invalidUtf8: 0,
    bytesRead: 0,
    batchWriteMs: 0,
    skipped: Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>,
  };
  readonly errors = new ErrorCollector();
  readonly #files: FileWriter;
  #unwritten: FileResult[] = [];

  /**
   * @param stored the stored state of every file, from `loadFileStates`.
   * @param checked the files on disk by path, for their language.
   */
  constructor(
    private readonly db: DatabaseManager,
    private readonly scanId: number,
    private readonly stored: ReadonlyMap<string, StoredFileState>,
    private readonly checked: ReadonlyMap<string, CheckedFile>,
    private readonly clock: () => number,
  ) {
    this.#files = new FileWriter(db.writer);
  }

  /** Counts entries skipped before reading and records their errors. */
  noteSkipped(entries: readonly { reason: SkipReason }[], errors: readonly NonFatalError[]): void {
    for (const entry of entries) this.tally.skipped[entry.reason] += 1;
    for (const error of errors) this.errors.add(error);
  }

  /** Deletes removed files, records oversized ones as skipped, counts the unchanged. */
  applyDiff(diff: FileDiff): void {
    const now = this.clock();
    this.#write(() => {
      for (const path of diff.removed) this.#files.remove(path, this.scanId, now);
      for (const file of diff.tooLarge) {
        this.#store(
          file.path,
          { ...file, contentHash: null, skipReason: 'too_large', invalidUtf8: false },
          true,
          now,
        );
      }
    });
    this.tally.removed += diff.removed.length;
    this.tally.unchanged += diff.unchanged;
    this.tally.skipped.too_large += diff.tooLarge.length + diff.unchangedSkipped.too_large;
    this.tally.skipped.binary += diff.unchangedSkipped.binary;
  }

  /** Buffers read results; commits once {@link COMMIT_EVERY_FILES} are waiting. */
  add(results: readonly FileResult[], bytesRead: number): void {
    this.tally.bytesRead += bytesRead;
    this.#unwritten.push(...results);
    if (this.#unwritten.length >= COMMIT_EVERY_FILES) this.flush();
  }

  /** Commits every buffered result. */
  flush(): void {
    if (this.#unwritten.length === 0) return;
    const results = this.#unwritten;
    this.#unwritten = [];
    const now = this.clock();
    this.#write(() => {
      for (const result of results) this.#persist(result, now);
    });
  }

  /** Writes the scan's errors and outcome, and the hash algorithm the stored hashes use. */
  finish(outcome: ScanOutcome, hashAlgorithm: string): void {
    this.#write(() => {
      insertScanErrors(this.db.writer, this.scanId, this.errors.errors);
      finishScan(this.db.writer, this.scanId, outcome, this.clock());
      setMeta(this.db.writer, META_HASH_ALGORITHM, hashAlgorithm);
    });
  }

  /** Skipped files of every reason. */
  get skippedTotal(): number {
    return SKIP_REASONS.reduce((sum, reason) => sum + this.tally.skipped[reason], 0);
  }

  #write(fn: () => void): void {
    const started = performance.now();
    this.db.transaction(fn);
    this.tally.batchWriteMs += performance.now() - started;
  }

  #store(path: string, row: FileWrite, contentChanged: boolean, now: number): void {
    const previous = this.stored.get(path);
    if (previous === undefined) this.#files.insert(row, now);
    else this.#files.update(previous.id, row, contentChanged, now);
  }

  /** One result: same hash as stored → unchanged (only size and mtime are refreshed). */
  #persist(result: FileResult, now: number): void {
    if (result.kind === 'failed') {
      this.tally.skipped.unreadable += 1;
      this.errors.add({ file: result.path, code: result.code, reason: result.reason });
      return;
    }
    const language = (this.checked.get(result.path) as CheckedFile).language;
    if (result.kind === 'skipped') {
      this.tally.skipped[result.reason] += 1;
      this.#store(
        result.path,
        { ...result, language, contentHash: null, skipReason: result.reason, invalidUtf8: false },
        true,
        now,
      );
      return;
    }
    if (result.invalidUtf8) this.tally.invalidUtf8 += 1;
    const previous = this.stored.get(result.path);
    const sameContent =
      previous !== undefined &&
      previous.skipReason === null &&
      result.hash !== null &&
      previous.contentHash === result.hash;
    this.#store(
      result.path,
      {
        path: result.path,
        language,
        size: result.size,
        mtimeMs: result.mtimeMs,
        contentHash: result.hash,
        skipReason: null,
        invalidUtf8: result.invalidUtf8,
      },
      !sameContent,
      now,
    );
    if (previous === undefined) this.tally.added += 1;
    else if (sameContent) this.tally.unchanged += 1;
    else this.tally.modified += 1;
  }
}
