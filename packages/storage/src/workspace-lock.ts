import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { StorageError } from '@drift/core';
import Database from 'better-sqlite3';

/** A held workspace lock; release it when the operation ends. */
export interface WorkspaceLock {
  release(): void;
}

/**
 * Takes the project's workspace lock: an exclusive SQLite lock on `lockPath` (`.drift/lock`),
 * held by every operation that rewrites drift.db (scan, migrate, clean, restore), so two of
 * them never interleave. The operating system drops the lock when its process dies, so a
 * `kill -9` never leaves a stale lock behind.
 *
 * @param operation what the caller is about to do, for the message of the process that waits.
 * @throws StorageError `DB_BUSY` at once when another process (or connection) holds the lock.
 */
export function acquireWorkspaceLock(lockPath: string, operation = 'operation'): WorkspaceLock {
  mkdirSync(dirname(lockPath), { recursive: true });
  const db = new Database(lockPath, { timeout: 0 });
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY') === true) {
      throw new StorageError(
        'DB_BUSY',
        `another drift process holds this project's workspace lock; wait for it to finish before this ${operation}`,
        { cause: error },
      );
    }
    throw new StorageError(
      'STORAGE_ERROR',
      `cannot take the workspace lock ${lockPath}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      db.exec('ROLLBACK');
      db.close();
    },
  };
}
