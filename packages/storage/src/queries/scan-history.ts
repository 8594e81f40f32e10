import type { Database } from 'better-sqlite3';

/** Status of a row of `scan_history`; `interrupted` marks a scan whose process died. */
export type ScanRecordStatus = 'running' | 'complete' | 'partial' | 'failed' | 'interrupted';

/** The counts and outcome written when a scan ends. */
export interface ScanOutcome {
  readonly status: Exclude<ScanRecordStatus, 'running' | 'interrupted'>;
  readonly filesTotal: number;
  readonly filesAdded: number;
  readonly filesModified: number;
  readonly filesRemoved: number;
  readonly filesUnchanged: number;
  readonly filesSkipped: number;
  readonly durationMs: number;
  readonly errorCount: number;
  readonly errorMessage?: string;
}

/** One row of `scan_history`. */
export interface ScanRecord {
  readonly id: number;
  readonly root: string;
  /** Epoch ms. */
  readonly startedAt: number;
  readonly endedAt: number | null;
  readonly status: ScanRecordStatus;
  readonly filesTotal: number;
  readonly filesAdded: number;
  readonly filesModified: number;
  readonly filesRemoved: number;
  readonly filesUnchanged: number;
  readonly filesSkipped: number;
  readonly durationMs: number | null;
  readonly errorCount: number;
  readonly errorMessage: string | null;
}

/** Scans kept in `scan_history` (with their errors and file changes). */
export const SCAN_HISTORY_KEPT = 100;

/** Records a scan as running; returns its id. */
export function startScan(db: Database, root: string, now: number): number {
  const result = db
    .prepare("INSERT INTO scan_history (root, started_at, status) VALUES (?, ?, 'running')")
    .run(root, now);
  return Number(result.lastInsertRowid);
}

/** Writes a scan's outcome and prunes history beyond {@link SCAN_HISTORY_KEPT}. */
export function finishScan(db: Database, id: number, outcome: ScanOutcome, now: number): void {
  db.prepare(
    `UPDATE scan_history SET ended_at = @now, status = @status, files_total = @filesTotal,
       files_added = @filesAdded, files_modified = @filesModified, files_removed = @filesRemoved,
       files_unchanged = @filesUnchanged, files_skipped = @filesSkipped, duration_ms = @durationMs,
       error_count = @errorCount, error_message = @errorMessage
     WHERE id = @id`,
  ).run({ errorMessage: null, ...outcome, durationMs: Math.round(outcome.durationMs), now, id });
  db.prepare('DELETE FROM scan_history WHERE id <= ? - ?').run(id, SCAN_HISTORY_KEPT);
}

/**
 * Marks scans left `running` by a process that died as `interrupted`. Call only while holding
 * the workspace lock, when no other scan can be running.
 */
export function markInterruptedScans(db: Database): number {
  return db.prepare("UPDATE scan_history SET status = 'interrupted' WHERE status = 'running'").run()
    .changes;
}

const SELECT_SCAN = `SELECT id, root, started_at AS startedAt, ended_at AS endedAt, status,
  files_total AS filesTotal, files_added AS filesAdded, files_modified AS filesModified,
  files_removed AS filesRemoved, files_unchanged AS filesUnchanged, files_skipped AS filesSkipped,
  duration_ms AS durationMs, error_count AS errorCount, error_message AS errorMessage
  FROM scan_history`;

/** The latest scan, or null before the first. */
export function lastScan(db: Database): ScanRecord | null {
  return (
    (db.prepare(`${SELECT_SCAN} ORDER BY id DESC LIMIT 1`).get() as ScanRecord | undefined) ?? null
  );
}
