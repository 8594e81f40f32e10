import { existsSync, rmSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { hasErrorCode, loadConfig, StorageError } from '@drift/core';
import {
  listBackups,
  replaceDatabaseFile,
  verifyBackup,
  type BackupInfo,
  type MigrationResult,
} from '@drift/storage';
import { asyncBoundary } from '../runtime/boundary.js';
import { workspacePaths, type WorkspacePaths } from './workspace-paths.js';
import { withDatabase, withWorkspaceLock } from './workspace-ops.js';

function maxOperational(paths: WorkspacePaths): number {
  return loadConfig({ projectRoot: paths.projectRoot }).config.backup.max_operational;
}

/**
 * Takes an operational backup of the current drift.db before a destructive operation, or
 * returns null when there is no database or it is corrupt (nothing worth keeping).
 */
async function backupBefore(paths: WorkspacePaths, reason: string): Promise<BackupInfo | null> {
  if (!existsSync(paths.dbPath)) return null;
  try {
    return await withDatabase(paths, { migrate: false }, (db) =>
      db.backup('operational', reason, maxOperational(paths)),
    );
  } catch (error) {
    if (hasErrorCode(error, 'DB_CORRUPT')) return null;
    throw error;
  }
}

/**
 * The backups of a project, newest first (`drift backup list`).
 */
export function listWorkspaceBackups(projectRoot: string): BackupInfo[] {
  return listBackups(workspacePaths(projectRoot).driftDir);
}

/** What {@link restoreWorkspaceBackup} did. */
export interface RestoreResult {
  readonly restoredFrom: string;
  /** The operational backup of the database that was replaced, when it was sound. */
  readonly previous: BackupInfo | null;
  readonly schemaVersion: number;
}

function resolveBackupFile(paths: WorkspacePaths, file: string): string {
  if (isAbsolute(file) || existsSync(resolve(file))) return resolve(file);
  const byName = listBackups(paths.driftDir).find((backup) => basename(backup.path) === file);
  if (byName !== undefined) return byName.path;
  throw new StorageError('STORAGE_ERROR', `no backup named ${file}; see \`drift backup list\``);
}

/**
 * Replaces drift.db by a backup (`drift backup restore FILE`): verifies the backup with
 * `PRAGMA integrity_check` first, takes an operational backup of the current database when it
 * is sound, swaps the files, and migrates the restored database to the current schema.
 *
 * @param file a path, or the file name of a backup under `.drift/backups/`.
 * @throws DriftError `DB_BUSY` (locked), `DB_CORRUPT` (the backup failed verification),
 *   `STORAGE_ERROR` (no such backup).
 */
export async function restoreWorkspaceBackup(
  projectRoot: string,
  file: string,
): Promise<RestoreResult> {
  return asyncBoundary(async () => {
    const paths = workspacePaths(projectRoot);
    const source = resolveBackupFile(paths, file);
    const verification = verifyBackup(source);
    if (!verification.ok) {
      throw new StorageError(
        'DB_CORRUPT',
        `backup ${source} failed its integrity check: ${verification.problems.slice(0, 3).join('; ')}`,
      );
    }
    return withWorkspaceLock(paths, 'restore', async () => {
      const previous = await backupBefore(paths, 'restore');
      replaceDatabaseFile(paths.dbPath, source);
      const schemaVersion = await withDatabase(
        paths,
        { maxOperationalBackups: maxOperational(paths) },
        (db) => db.schemaVersion(),
      );
      return { restoredFrom: source, previous, schemaVersion };
    });
  });
}

/**
 * Migrates drift.db up or down to `target` (default: latest), taking an operational backup
 * first (`drift migrate`).
 *
 * @throws DriftError `DB_BUSY`, `DB_CORRUPT`, `MIGRATION_FAILED`.
 */
export async function migrateWorkspace(
  projectRoot: string,
  target?: number,
): Promise<MigrationResult & { backup: BackupInfo | null }> {
  return asyncBoundary(async () => {
    const paths = workspacePaths(projectRoot);
    return withWorkspaceLock(paths, 'migration', () =>
      withDatabase(paths, { migrate: false, maxOperationalBackups: maxOperational(paths) }, (db) =>
        db.migrateTo(target ?? db.latestVersion),
      ),
    );
  });
}

/** What {@link cleanWorkspace} removed. */
export interface CleanResult {
  readonly removed: readonly string[];
  /** The operational backup taken first (not with `all`). */
  readonly backup: BackupInfo | null;
}

/**
 * Removes Drift's data (spec 000 §20 `drift clean`): drift.db and `.drift/cache/`, after an
 * operational backup, keeping backups and configuration; with `all`, the whole `.drift/`
 * folder, backups included. drift.toml, in the project root, is never touched.
 *
 * @throws DriftError `DB_BUSY` while a scan runs.
 */
export async function cleanWorkspace(
  projectRoot: string,
  options: { readonly all?: boolean } = {},
): Promise<CleanResult> {
  return asyncBoundary(async () => {
    const paths = workspacePaths(projectRoot);
    if (!existsSync(paths.driftDir)) return { removed: [], backup: null };
    if (options.all === true) {
      await withWorkspaceLock(paths, 'clean', () => Promise.resolve());
      rmSync(paths.driftDir, { recursive: true, force: true });
      return { removed: [paths.driftDir], backup: null };
    }
    return withWorkspaceLock(paths, 'clean', async () => {
      const backup = await backupBefore(paths, 'clean');
      const targets = [
        paths.dbPath,
        `${paths.dbPath}-wal`,
        `${paths.dbPath}-shm`,
        paths.cacheDir,
      ].filter((p) => existsSync(p));
      for (const target of targets) rmSync(target, { recursive: true, force: true });
      return { removed: targets, backup };
    });
  });
}
