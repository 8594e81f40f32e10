import { resolve } from 'node:path';
import { realpathSync } from 'node:fs';
import { scanProject } from '@drift/analysis';
import {
  CancellationToken,
  getLogger,
  ScanError,
  type PaginatedResult,
  type PaginationOptions,
  type ScanProgress,
  type ScanSummary,
} from '@drift/core';
import {
  acquireWorkspaceLock,
  countFiles,
  hasDailyBackupOn,
  markInterruptedScans,
  queryChangedFiles as readChangedFiles,
  type FileChange,
} from '@drift/storage';
import { asyncBoundary, boundary } from '../runtime/boundary.js';
import type { DriftRuntime } from '../runtime/drift-runtime.js';
import { getRuntime } from '../runtime/runtime-registry.js';

/** Options of `nativeScan` (spec 004 §10.2). */
export interface ScanOptions {
  /** Re-read every file even when size and mtime are unchanged (`scan.force_full_scan`). */
  readonly force?: boolean;
  /** Worker threads for this scan; 0 = one per core. Default `scan.threads`. */
  readonly threads?: number;
  /** Cancels the scan like `cancelScan()`. */
  readonly signal?: AbortSignal;
}

function checkRoot(runtime: DriftRuntime, root: string | undefined): void {
  if (root === undefined) return;
  let real: string;
  try {
    real = realpathSync(resolve(root));
  } catch (error) {
    throw new ScanError('SCAN_ERROR', `cannot scan ${root}: no such folder`, { cause: error });
  }
  if (real !== realpathSync(runtime.paths.projectRoot)) {
    throw new ScanError(
      'SCAN_ERROR',
      `this runtime serves ${runtime.paths.projectRoot}; initialise a runtime for ${root} to scan it`,
    );
  }
}

/** Takes the daily backup unless there is nothing stored yet (`storedFiles` = 0). */
async function takeDailyBackup(runtime: DriftRuntime, storedFiles: number): Promise<void> {
  const keep = runtime.config.backup.max_daily;
  if (keep <= 0 || hasDailyBackupOn(runtime.paths.driftDir)) return;
  if (storedFiles === 0) return;
  const backup = await runtime.db.backup('daily', 'daily', keep);
  getLogger('engine').info({ path: backup?.path }, 'daily backup taken');
}

async function runScan(
  root: string | undefined,
  options: ScanOptions,
  onProgress: ((progress: ScanProgress) => void) | undefined,
): Promise<ScanSummary> {
  const runtime = getRuntime();
  checkRoot(runtime, root);
  const lock = acquireWorkspaceLock(runtime.paths.lockPath, 'scan');
  const token = new CancellationToken(options.signal);
  runtime.currentScan = token;
  try {
    runtime.db.transaction(() => markInterruptedScans(runtime.db.writer));
    const { analysed, skipped } = countFiles(runtime.db.writer);
    await takeDailyBackup(runtime, analysed + skipped);
    const config = {
      ...runtime.config.scan,
      ...(options.force === true ? { force_full_scan: true } : {}),
    };
    const pool = runtime.pool(options.threads ?? config.threads);
    // A first or forced scan reads every file: start the workers during discovery. An
    // incremental scan starts them only if something changed.
    if (config.force_full_scan || analysed + skipped === 0) pool.warmUp();
    const summary = await scanProject({
      root: realpathSync(runtime.paths.projectRoot),
      config,
      analysis: runtime.config.analysis,
      db: runtime.db,
      readBatch: (batch) => pool.runScanTask({ batch, flag: token.flag }),
      concurrency: pool.threads * 2,
      cancellation: token,
      events: runtime.events,
      callGraphCache: runtime.callGraphCache,
      afterRead: () => pool.destroy(),
      ...(onProgress === undefined ? {} : { onProgress }),
    });
    for (const [language, parsing] of Object.entries(summary.parsing.byLanguage)) {
      runtime.parseCache.record(language, parsing);
    }
    return summary;
  } finally {
    if (runtime.currentScan === token) runtime.currentScan = undefined;
    lock.release();
  }
}

/**
 * Scans the project into drift.db and returns a summary (spec 004 §10.2 `native_scan`):
 * discovery, stat, diff, then read, hash, parse and detect on the worker pool, persisted in
 * batches; a complete scan relearns the patterns (`summary.patterns`). Takes the
 * workspace lock, marks scans left running by a dead process as `interrupted`, and takes the
 * daily backup at the first scan of a UTC day.
 *
 * @param root the project root (must be the runtime's); default the runtime's root.
 * @returns `status: "partial"` when cancelled; the files finished are kept.
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `DB_BUSY` (another scan holds the lock),
 *   `SCAN_ERROR`, `DB_DISK_FULL`, `DB_CORRUPT`, `STORAGE_ERROR`.
 */
export async function nativeScan(root?: string, options: ScanOptions = {}): Promise<ScanSummary> {
  return asyncBoundary(() => runScan(root, options, undefined));
}

/**
 * `nativeScan` with a progress callback (spec 004 §10.2 `native_scan_with_progress`), called
 * about every 100 files with `{processed, total, phase, currentFile}`.
 */
export async function nativeScanWithProgress(
  root: string | undefined,
  options: ScanOptions,
  onProgress: (progress: ScanProgress) => void,
): Promise<ScanSummary> {
  return asyncBoundary(() => runScan(root, options, onProgress));
}

/**
 * Cancels the running scan, if any (spec 004 §10.2 `cancel_scan`, §8): workers stop between
 * files and the scan returns `status: "partial"`.
 *
 * @returns true when a scan was running.
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`.
 */
export function cancelScan(): boolean {
  return boundary(() => {
    const scan = getRuntime().currentScan;
    scan?.cancel();
    return scan !== undefined;
  });
}

/**
 * Files changed since `since` (epoch ms; all recorded changes when absent), the latest change
 * of each path, newest first, 50 a page by default (spec 004 §10.2 `query_changed_files`).
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `INVALID_CURSOR`, `INVALID_FILTER`.
 */
export function queryChangedFiles(
  since?: number,
  page?: PaginationOptions,
): PaginatedResult<FileChange> {
  return boundary(() => readChangedFiles(getRuntime().db.reader(), since, page));
}
