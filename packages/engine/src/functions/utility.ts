import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Severity } from '@drift/core';
import type { ScanRecord, StorageStats } from '@drift/storage';
import {
  countFactsByLanguage,
  countFiles,
  countViolationsBySeverity,
  queryPatternRows,
  lastScan,
  type LanguageFactCounts,
  listBackups,
  storageStats,
} from '@drift/storage';
import { asyncBoundary, boundary } from '../runtime/boundary.js';
import { getRuntime } from '../runtime/runtime-registry.js';

/** Per-language counts of `queryStatus`: analysed files and their facts. */
export type LanguageStatus = LanguageFactCounts;

/** The project's state at a glance (spec 004 §10.13 `MaterializedStatus`). */
export interface DriftStatus {
  readonly projectRoot: string;
  readonly dbPath: string;
  readonly schemaVersion: number;
  readonly latestSchemaVersion: number;
  /** The latest scan, or null before the first. */
  readonly lastScan: ScanRecord | null;
  /** Files tracked: analysed, and stored as skipped (binary, too large). */
  readonly files: { readonly analysed: number; readonly skipped: number };
  readonly languages: Readonly<Record<string, LanguageStatus>>;
  /** Patterns learned, approved, and violations per severity. */
  readonly detection: {
    readonly patterns: number;
    readonly approved: number;
    readonly violations: Readonly<Record<Severity, number>>;
  };
  /** drift.db and its WAL, bytes. */
  readonly storageBytes: number;
  readonly backups: { readonly operational: number; readonly daily: number };
}

/**
 * The project's status (spec 004 §10.13 `query_status`), read from drift.db.
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `STORAGE_ERROR`.
 */
export function queryStatus(): DriftStatus {
  return boundary(() => {
    const runtime = getRuntime();
    const reader = runtime.db.reader();
    const stats = storageStats(reader, runtime.db.path, runtime.db.schemaVersion());
    const languages = countFactsByLanguage(reader);
    return {
      projectRoot: runtime.paths.projectRoot,
      dbPath: runtime.db.path,
      schemaVersion: stats.schemaVersion,
      latestSchemaVersion: runtime.db.latestVersion,
      lastScan: lastScan(reader),
      files: countFiles(reader),
      languages,
      detection: {
        patterns: queryPatternRows(reader, {}, { limit: 1 }).total,
        approved: queryPatternRows(reader, { statuses: ['approved'] }, { limit: 1 }).total,
        violations: countViolationsBySeverity(reader),
      },
      storageBytes: stats.sizeBytes + stats.walSizeBytes,
      backups: {
        operational: listBackups(runtime.paths.driftDir, 'operational').length,
        daily: listBackups(runtime.paths.driftDir, 'daily').length,
      },
    };
  });
}

/**
 * Size and shape of drift.db (spec 004 §10.13 `query_storage_stats`).
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `STORAGE_ERROR`.
 */
export function queryStorageStats(): StorageStats {
  return boundary(() => {
    const { db } = getRuntime();
    return storageStats(db.reader(), db.path, db.schemaVersion());
  });
}

/** A backup just taken: where, how big, when (epoch ms) and of which kind. */
export interface BackupResult {
  readonly path: string;
  readonly sizeBytes: number;
  readonly createdAt: number;
  /** `custom` when written to a path of the caller's choice. */
  readonly kind: 'operational' | 'daily' | 'custom';
  readonly reason: string;
}

/**
 * A hot backup of drift.db with SQLite's online backup API (spec 004 §10.13
 * `backup_database`): to `path` when given (never pruned), else an operational backup
 * (`reason: manual`) under `.drift/backups/operational/`, pruned to `backup.max_operational`.
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `STORAGE_ERROR`, `DB_DISK_FULL`.
 */
export async function backupDatabase(path?: string): Promise<BackupResult> {
  return asyncBoundary(async () => {
    const runtime = getRuntime();
    if (path !== undefined) {
      const target = resolve(path);
      const createdAt = Date.now();
      await runtime.db.writer.backup(target);
      return {
        path: target,
        sizeBytes: statSync(target).size,
        createdAt,
        kind: 'custom',
        reason: 'manual',
      };
    }
    const keep = Math.max(1, runtime.config.backup.max_operational);
    const backup = await runtime.db.backup('operational', 'manual', keep);
    return backup as NonNullable<typeof backup>;
  });
}
