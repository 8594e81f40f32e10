import type { NonFatalError } from '@drift/core';
import type { Database } from 'better-sqlite3';

/** Stores the non-fatal errors of a scan. */
export function insertScanErrors(
  db: Database,
  scanId: number,
  errors: readonly NonFatalError[],
): void {
  const insert = db.prepare(
    'INSERT INTO scan_errors (scan_id, path, code, reason) VALUES (?, ?, ?, ?)',
  );
  for (const error of errors) insert.run(scanId, error.file, error.code, error.reason);
}

/** The stored non-fatal errors of a scan, in the order they were recorded. */
export function scanErrors(db: Database, scanId: number): NonFatalError[] {
  return db
    .prepare('SELECT path AS file, code, reason FROM scan_errors WHERE scan_id = ? ORDER BY id')
    .all(scanId) as NonFatalError[];
}
