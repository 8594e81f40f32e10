import { StorageError } from '@drift/core';
import { acquireWorkspaceLock, DatabaseManager, type DatabaseOptions } from '@drift/storage';
import { peekRuntime } from '../runtime/runtime-registry.js';
import type { WorkspacePaths } from './workspace-paths.js';

/**
 * Runs a maintenance operation under the workspace lock, refusing while this process's runtime
 * has the same drift.db open (its connection would keep the old file alive).
 *
 * @throws StorageError `DB_BUSY` when a scan or another operation holds the lock, or when the
 *   runtime of this process has the database open.
 */
export async function withWorkspaceLock<T>(
  paths: WorkspacePaths,
  operation: string,
  fn: () => Promise<T>,
): Promise<T> {
  if (peekRuntime()?.paths.dbPath === paths.dbPath) {
    throw new StorageError(
      'DB_BUSY',
      `cannot ${operation} while this process has drift.db open; call driftShutdown() first`,
    );
  }
  const lock = acquireWorkspaceLock(paths.lockPath, operation);
  try {
    return await fn();
  } finally {
    lock.release();
  }
}

/** Opens drift.db, runs `fn`, and closes it again. */
export async function withDatabase<T>(
  paths: WorkspacePaths,
  options: Omit<DatabaseOptions, 'path' | 'driftDir'>,
  fn: (db: DatabaseManager) => Promise<T> | T,
): Promise<T> {
  const db = await DatabaseManager.open({
    path: paths.dbPath,
    driftDir: paths.driftDir,
    ...options,
  });
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}
