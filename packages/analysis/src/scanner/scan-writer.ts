import {
  ErrorCollector,
  SKIP_REASONS,
  type DetectionStats,
  type FileFacts,
  type LanguageParsing,
  type NonFatalError,
  type ParsingStats,
  type SkipReason,
} from '@drift/core';
import {
  FactWriter,
  FileWriter,
  finishScan,
  insertScanErrors,
  ObservationWriter,
  setMeta,
  type DatabaseManager,
  type FileWrite,
  type ScanOutcome,
  type StoredFileState,
} from '@drift/storage';
import { BATCH_MAX_FILES } from './batches.js';
import type { FileDiff } from './diff.js';
import type { CheckedFile } from './file-check.js';
import type { FileResult } from './file-processor.js';

/**
 * Results are committed about every this many files: one worker batch
 * ({@link BATCH_MAX_FILES}). A commit costs ~0.8 ms here (measured: 20,000 inserts take 57 ms in
 * one transaction, 217 ms in 200), while writing 1,000 files' facts at once held the main thread
 * for 200–450 ms on typeorm, long enough for both workers to finish their batches and wait for
 * the next (cpu profiles of a cold scan: 0.6–0.8 s idle per worker, 0.1–0.3 s with this). A crash
 * loses at most this many rows, which the next scan reads again.
 */
export const COMMIT_EVERY_FILES = BATCH_MAX_FILES;

/** The meta key recording which hash the stored content hashes were made with. */
export const META_HASH_ALGORITHM = 'scan.hash_algorithm';

/**
 * The meta key recording the version of the stored facts and observations
 * (`FACTS_VERSION.DETECTION_VERSION`).
 */
export const META_FACTS_VERSION = 'scan.facts_version';

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

type ReadResult = Extract<FileResult, { kind: 'read' }>;

/**
 * Writes one scan's results to drift.db: the diff's removals and oversized files first, then
 * read results (a file's row and its parser facts together) buffered and committed in groups of
 * {@link COMMIT_EVERY_FILES}, and at the end the errors and the `scan_history` outcome. Keeps
 * the tally, the parsing statistics and the non-fatal errors.
 */
export class ScanWriter {
  /** Files and bytes counted so far (see {@link ScanTally}). */
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
  /** Non-fatal per-file errors of the scan, counted and capped. */
  readonly errors = new ErrorCollector();
  readonly #parsing = {
    filesParsed: 0,
    filesWithErrors: 0,
    parseFailures: 0,
    byLanguage: {} as Record<string, LanguageParsing>,
  };
  readonly #detection = { filesObserved: 0, observations: 0, detectMs: 0, failures: 0 };
  readonly #files: FileWriter;
  readonly #facts: FactWriter;
  readonly #observations: ObservationWriter;
  #unwritten: FileResult[] = [];
  /**
   * The facts this scan wrote, by path (≈ 30 MB of heap for typeorm's 3,583 files): the call
   * graph update takes them instead of reading them back.
   */
  readonly written = new Map<string, FileFacts>();

  /**
   * @param stored the stored state of every file, from `loadFileStates`.
   * @param checked the files on disk by path, for their language.
   * @param rewriteFacts also rewrite the facts of files whose content hash did not change (a
   *   forced scan); otherwise their stored facts are kept.
   */
  constructor(
    private readonly db: DatabaseManager,
    private readonly scanId: number,
    private readonly stored: ReadonlyMap<string, StoredFileState>,
    private readonly checked: ReadonlyMap<string, CheckedFile>,
    private readonly clock: () => number,
    private readonly rewriteFacts: boolean,
  ) {
    this.#files = new FileWriter(db.writer);
    this.#facts = new FactWriter(db.writer);
    this.#observations = new ObservationWriter(db.writer);
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
        this.#storeWithoutFacts(
          file.path,
          { ...file, contentHash: null, skipReason: 'too_large', invalidUtf8: false },
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

  /** Writes the scan's errors and outcome, and what the stored hashes and facts were made with. */
  finish(outcome: ScanOutcome, hashAlgorithm: string, factsVersion: string): void {
    this.#write(() => {
      insertScanErrors(this.db.writer, this.scanId, this.errors.errors);
      finishScan(this.db.writer, this.scanId, outcome, this.clock());
      setMeta(this.db.writer, META_HASH_ALGORITHM, hashAlgorithm);
      setMeta(this.db.writer, META_FACTS_VERSION, factsVersion);
    });
  }

  /** Skipped files of every reason. */
  get skippedTotal(): number {
    return SKIP_REASONS.reduce((sum, reason) => sum + this.tally.skipped[reason], 0);
  }

  /** What the scan's parsing did. */
  get parsing(): ParsingStats {
    return this.#parsing;
  }

  /** What the scan's detectors did. */
  get detection(): DetectionStats {
    return this.#detection;
  }

  #write(fn: () => void): void {
    const started = performance.now();
    this.db.transaction(fn);
    this.tally.batchWriteMs += performance.now() - started;
  }

  /** Inserts or updates a file's row; returns its id and whether it existed before. */
  #store(
    path: string,
    row: FileWrite,
    contentChanged: boolean,
    now: number,
  ): { id: number; existed: boolean } {
    const previous = this.stored.get(path);
    if (previous === undefined) return { id: this.#files.insert(row, now), existed: false };
    this.#files.update(previous.id, row, contentChanged, now);
    return { id: previous.id, existed: true };
  }

  /** Stores a skipped file; the facts it had as a code file are deleted. */
  #storeWithoutFacts(path: string, row: FileWrite, now: number): void {
    const { id, existed } = this.#store(path, row, true, now);
    if (existed) this.#clearFacts(id);
  }

  #clearFacts(id: number): void {
    this.#facts.clear(id);
    this.#observations.clear(id);
  }

  #countDetection(result: ReadResult): void {
    const detection = result.detection;
    if (detection === null) return;
    const stats = this.#detection;
    stats.filesObserved += 1;
    stats.observations += detection.observations.length;
    stats.detectMs += result.detectMs;
    stats.failures += detection.failures.length;
    for (const failure of detection.failures) {
      this.errors.add({
        file: result.path,
        code: 'DETECTION_ERROR',
        reason: `${failure.detectorId}: ${failure.message}`,
      });
    }
  }

  #countParse(result: ReadResult, language: string): void {
    const parsing = this.#parsing;
    if (result.parseError !== null) {
      parsing.parseFailures += 1;
      this.errors.add({ file: result.path, code: 'PARSE_ERROR', reason: result.parseError });
    }
    if (result.facts === null) return;
    const hasErrors = result.facts.errorCount > 0;
    parsing.filesParsed += 1;
    if (hasErrors) parsing.filesWithErrors += 1;
    const entry = parsing.byLanguage[language] ?? {
      files: 0,
      bytes: 0,
      parseMs: 0,
      filesWithErrors: 0,
    };
    parsing.byLanguage[language] = {
      files: entry.files + 1,
      bytes: entry.bytes + result.size,
      parseMs: entry.parseMs + result.parseMs,
      filesWithErrors: entry.filesWithErrors + (hasErrors ? 1 : 0),
    };
  }

  /** One result: same hash as stored → unchanged (only size and mtime are refreshed). */
  #persist(result: FileResult, now: number): void {
    if (result.kind === 'failed') {
      this.tally.skipped.unreadable += 1;
      this.errors.add({ file: result.path, code: result.code, reason: result.reason });
      return;
    }
    const checkedLanguage = (this.checked.get(result.path) as CheckedFile).language;
    const language =
      result.kind === 'read' && result.facts !== null ? result.facts.language : checkedLanguage;
    if (result.kind === 'skipped') {
      this.tally.skipped[result.reason] += 1;
      this.#storeWithoutFacts(
        result.path,
        { ...result, language, contentHash: null, skipReason: result.reason, invalidUtf8: false },
        now,
      );
      return;
    }
    if (result.invalidUtf8) this.tally.invalidUtf8 += 1;
    this.#countParse(result, language);
    this.#countDetection(result);
    const previous = this.stored.get(result.path);
    const sameContent =
      previous !== undefined &&
      previous.skipReason === null &&
      result.hash !== null &&
      previous.contentHash === result.hash;
    const { id, existed } = this.#store(
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
    if (!sameContent || this.rewriteFacts) {
      if (result.facts !== null) {
        this.#facts.write(id, result.facts, existed);
        this.written.set(result.path, result.facts);
        const detection = result.detection;
        this.#observations.write(
          id,
          detection?.observations ?? [],
          detection?.suppressions ?? [],
          existed,
        );
      } else if (existed) this.#clearFacts(id);
    }
    if (previous === undefined) this.tally.added += 1;
    else if (sameContent) this.tally.unchanged += 1;
    else this.tally.modified += 1;
  }
}
