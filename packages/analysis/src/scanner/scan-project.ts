import {
  getLogger,
  parseDriftError,
  type AnalysisConfig,
  startSpan,
  type CancellationToken,
  type EventDispatcher,
  type ScanConfig,
  type ScanProgress,
  type ScanSummary,
} from '@drift/core';
import {
  countFilesByLanguage,
  finishScan,
  getMeta,
  loadFileStates,
  setMeta,
  startScan,
  type DatabaseManager,
  type ScanOutcome,
} from '@drift/storage';
import { BATCH_MAX_FILES, batchByteLimit, makeBatches, runBounded } from './batches.js';
import { diffFiles } from './diff.js';
import { discoverFiles } from './discovery/discover.js';
import { checkFiles } from './file-check.js';
import type { FileBatch, FileBatchResult, ReadOptions } from './file-processor.js';
import { createPathFilter } from './ignore-rules.js';
import { readIsolating } from './read-isolating.js';
import type { CallGraphCache } from '../callgraph/call-graph-cache.js';
import { updateStoredCallGraph } from '../callgraph/update-stored-call-graph.js';
import { DETECTION_VERSION, DETECTORS } from '../detection/detector-registry.js';
import { packageRoots } from '../detection/learning/scopes.js';
import { META_PACKAGE_ROOTS, relearn } from '../detection/learning/relearn.js';
import { FACTS_VERSION } from '../parsers/parser-registry.js';
import { META_FACTS_VERSION, META_HASH_ALGORITHM, ScanWriter } from './scan-writer.js';

/** Inputs of {@link scanProject}. */
export interface ScanProjectOptions {
  /** Absolute, real path of the project root. */
  readonly root: string;
  readonly config: ScanConfig;
  /** Learning settings (`[analysis]`); learning runs after every complete scan. */
  readonly analysis: AnalysisConfig;
  readonly db: DatabaseManager;
  /** Reads a batch, usually on a worker thread; `processBatch` inline in tests. */
  readonly readBatch: (batch: FileBatch) => Promise<FileBatchResult>;
  /** Batches in flight at once: 2 × workers keeps every worker busy (batch sizes assume that). */
  readonly concurrency: number;
  readonly cancellation?: CancellationToken;
  readonly onProgress?: (progress: ScanProgress) => void;
  /**
   * Called once every file is read, before learning and the call graph (which run on this
   * thread): the engine stops its workers here so that their heaps (~80 MB each after a large
   * scan) are freed before the main thread's peak.
   */
  readonly afterRead?: () => Promise<void>;
  readonly events?: EventDispatcher;
  /** Epoch-ms clock for stored timestamps. Default `Date.now`. */
  readonly clock?: () => number;
  /** The previous call-graph update's state in this process (see `updateStoredCallGraph`). */
  readonly callGraphCache?: CallGraphCache;
}

/** The version of what a scan stores per file: facts and observations. */
export const STORED_FACTS_VERSION = `${String(FACTS_VERSION)}.${String(DETECTION_VERSION)}`;

/**
 * Scans a project into drift.db (ARCHITECTURE §4): discover, stat, diff against the `files`
 * table (size and mtime unchanged → not read, unless `force_full_scan`; a changed hash
 * algorithm or facts/detection version forces a full read too), then read, hash, parse and
 * run the detectors on the rest through `readBatch` with bounded concurrency, committing file
 * rows with their facts and observations in groups. Removed files are deleted first. A
 * complete scan then relearns the patterns from every stored observation (ARCHITECTURE §5).
 * Cancelling keeps every finished file, skips learning and returns `status: "partial"`.
 *
 * @returns the summary, also recorded in `scan_history` with the non-fatal errors.
 * @throws StorageError (`DB_BUSY`, `DB_DISK_FULL`, `DB_CORRUPT` …) or ScanError for fatal
 *   failures; the scan is then recorded as `failed`.
 */
export async function scanProject(options: ScanProjectOptions): Promise<ScanSummary> {
  const { root, config, db } = options;
  const clock = options.clock ?? Date.now;
  const log = getLogger('scanner');
  const started = performance.now();
  const scanId = db.transaction(() => startScan(db.writer, root, clock()));
  const progress = (update: ScanProgress): void => {
    options.onProgress?.(update);
    if (update.phase === 'parsing') {
      options.events?.emit('onScanProgress', update.processed, update.total);
    }
  };

  try {
    progress({ phase: 'discovery', processed: 0, total: 0 });
    const discoverySpan = startSpan(log, 'discovery');
    const filter = createPathFilter(root, config.extra_ignore);
    const discovery = discoverFiles(root, filter);
    const checked = checkFiles(root, discovery.paths, {
      followSymlinks: config.follow_symlinks,
      filter,
    });
    const discoveryMs = discoverySpan.end({ mode: discovery.mode, files: discovery.paths.length });
    const filesTotal = checked.files.length + checked.skipped.length;
    progress({ phase: 'discovery', processed: filesTotal, total: filesTotal });
    options.events?.emit('onScanStarted', root, filesTotal);

    const hashingSpan = startSpan(log, 'parsing');
    const stored = loadFileStates(db.writer);
    const algorithm = config.compute_hashes ? config.hash_algorithm : 'none';
    const previousAlgorithm = getMeta(db.writer, META_HASH_ALGORITHM);
    const factsOutdated =
      stored.size > 0 && getMeta(db.writer, META_FACTS_VERSION) !== STORED_FACTS_VERSION;
    const force =
      config.force_full_scan ||
      factsOutdated ||
      (previousAlgorithm !== undefined && previousAlgorithm !== algorithm);
    const diff = diffFiles(checked.files, stored, { force, maxFileSize: config.max_file_size });
    const writer = new ScanWriter(
      db,
      scanId,
      stored,
      new Map(checked.files.map((f) => [f.path, f])),
      clock,
      force,
    );
    writer.noteSkipped(checked.skipped, [...discovery.errors, ...checked.errors]);
    writer.applyDiff(diff);

    const readOptions: ReadOptions = {
      maxFileSize: config.max_file_size,
      skipBinary: config.skip_binary,
      computeHashes: config.compute_hashes,
      hashAlgorithm: config.hash_algorithm,
    };
    const cancelled = (): boolean => options.cancellation?.isCancelled === true;
    let processed = 0;
    await runBounded(
      makeBatches(
        diff.toRead,
        BATCH_MAX_FILES,
        batchByteLimit(
          diff.toRead.reduce((sum, file) => sum + file.size, 0),
          Math.max(1, Math.floor(options.concurrency / 2)),
        ),
      ),
      options.concurrency,
      (files) =>
        readIsolating(
          options.readBatch,
          {
            root,
            files: files.map((f) => ({ path: f.path, language: f.language })),
            options: readOptions,
          },
          cancelled,
        ),
      (outcome, files) => {
        let finished: readonly { path: string }[] = files;
        if (outcome.status === 'fulfilled') {
          writer.add(outcome.value.results, outcome.value.bytesRead);
          finished = outcome.value.results;
        } else {
          const reason = parseDriftError(outcome.reason).reason;
          writer.add(
            files.map((f) => ({ kind: 'failed', path: f.path, code: 'SCAN_ERROR', reason })),
            0,
          );
        }
        processed += finished.length;
        progress({
          phase: 'parsing',
          processed,
          total: diff.toRead.length,
          currentFile: finished.at(-1)?.path ?? '',
        });
      },
      cancelled,
    );
    writer.flush();
    await options.afterRead?.();
    const hashingMs = hashingSpan.end({ read: processed, statHits: diff.unchanged });

    const { tally } = writer;
    const pending = diff.toRead.length - processed;
    const durationMs = performance.now() - started;
    const outcome = {
      status: pending > 0 ? 'partial' : 'complete',
      filesTotal,
      filesAdded: tally.added,
      filesModified: tally.modified,
      filesRemoved: tally.removed,
      filesUnchanged: tally.unchanged,
      filesSkipped: writer.skippedTotal,
      durationMs,
      errorCount: writer.errors.total,
    } as const satisfies ScanOutcome;
    writer.finish(outcome, algorithm, STORED_FACTS_VERSION);
    let patterns = null;
    let callGraph = null;
    if (outcome.status === 'complete') {
      progress({ phase: 'detection', processed: 0, total: 1 });
      db.transaction(() => {
        setMeta(db.writer, META_PACKAGE_ROOTS, JSON.stringify(packageRoots(discovery.paths)));
      });
      patterns = relearn({
        db,
        config: options.analysis,
        detectors: DETECTORS,
        ...(options.events === undefined ? {} : { events: options.events }),
        clock,
      });
      progress({ phase: 'detection', processed: 1, total: 1 });
      callGraph = updateStoredCallGraph({
        db,
        root,
        written: writer.written,
        ...(options.callGraphCache === undefined ? {} : { cache: options.callGraphCache }),
      });
    }
    const statHits =
      diff.unchanged + diff.unchangedSkipped.binary + diff.unchangedSkipped.too_large;
    const summary: ScanSummary = {
      scanId,
      root,
      ...outcome,
      skipped: tally.skipped,
      parsing: writer.parsing,
      detection: writer.detection,
      patterns,
      callGraph,
      filesInvalidUtf8: tally.invalidUtf8,
      bytesRead: tally.bytesRead,
      languages: countFilesByLanguage(db.writer),
      metrics: {
        discoveryMs,
        hashingMs,
        batchWriteMs: tally.batchWriteMs,
        cacheHitRate: checked.files.length === 0 ? 0 : statHits / checked.files.length,
        filesPerSecond: durationMs === 0 ? 0 : (filesTotal * 1000) / durationMs,
      },
      errors: writer.errors.errors,
      errorCount: writer.errors.total,
    };
    log.info(
      {
        scan_files_per_second: Math.round(summary.metrics.filesPerSecond),
        discovery_duration_ms: Math.round(discoveryMs),
        hashing_duration_ms: Math.round(hashingMs),
        cache_hit_rate: summary.metrics.cacheHitRate,
        batch_write_time_ms: Math.round(tally.batchWriteMs),
        status: summary.status,
        pending,
      },
      'scan finished',
    );
    options.events?.emit('onScanComplete', summary);
    return summary;
  } catch (thrown) {
    const error = parseDriftError(thrown);
    recordFailure(db, scanId, error.message, performance.now() - started, clock);
    options.events?.emit('onScanError', error);
    throw error;
  }
}

/** Marks a scan `failed` with its error; a second failure (the disk is full) is only logged. */
function recordFailure(
  db: DatabaseManager,
  scanId: number,
  message: string,
  durationMs: number,
  clock: () => number,
): void {
  const outcome: ScanOutcome = {
    status: 'failed',
    filesTotal: 0,
    filesAdded: 0,
    filesModified: 0,
    filesRemoved: 0,
    filesUnchanged: 0,
    filesSkipped: 0,
    durationMs,
    errorCount: 0,
    errorMessage: message,
  };
  try {
    db.transaction(() => finishScan(db.writer, scanId, outcome, clock()));
  } catch (secondary) {
    getLogger('scanner').error({ err: secondary }, 'could not record the failed scan');
  }
}
