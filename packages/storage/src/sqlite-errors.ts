import { DriftError, StorageError } from '@drift/core';
import Database from 'better-sqlite3';

/**
 * Maps a better-sqlite3 `SqliteError` to the storage error codes of spec 004 §6, by primary
 * result code (extended codes such as `SQLITE_BUSY_SNAPSHOT` map like their primary code):
 * BUSY/LOCKED → `DB_BUSY`, CORRUPT/NOTADB → `DB_CORRUPT`, FULL → `DB_DISK_FULL`, anything else
 * → `STORAGE_ERROR`. A `DriftError` is returned unchanged; other values become `STORAGE_ERROR`.
 *
 * @param context what was being done, prefixed to the message (`opening .drift/drift.db`).
 */
export function mapSqliteError(error: unknown, context?: string): DriftError {
  if (error instanceof DriftError) return error;
  const prefix = context === undefined ? '' : `${context}: `;
  if (!(error instanceof Database.SqliteError)) {
    const message = error instanceof Error ? error.message : String(error);
    return new StorageError('STORAGE_ERROR', `${prefix}${message}`, { cause: error });
  }
  const primary = /^SQLITE_[A-Z]+/.exec(error.code)?.[0] ?? error.code;
  const options = { cause: error, details: { sqliteCode: error.code } };
  switch (primary) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new StorageError(
        'DB_BUSY',
        `${prefix}the database is locked by another operation (${error.message})`,
        options,
      );
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new StorageError('DB_CORRUPT', `${prefix}${error.message}`, options);
    case 'SQLITE_FULL':
      return new StorageError(
        'DB_DISK_FULL',
        `${prefix}no disk space left (${error.message})`,
        options,
      );
    default:
      return new StorageError('STORAGE_ERROR', `${prefix}${error.message}`, options);
  }
}

/** True for errors raised by SQLite (better-sqlite3's `SqliteError`). */
export function isSqliteError(error: unknown): boolean {
  return error instanceof Database.SqliteError;
}

/** Runs `fn`, rethrowing SQLite failures as mapped `StorageError`s. */
export function withStorageErrors<T>(fn: () => T, context?: string): T {
  try {
    return fn();
  } catch (error) {
    throw mapSqliteError(error, context);
  }
}
