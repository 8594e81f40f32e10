import {
  decodeCursor,
  encodeCursor,
  pageSize,
  type PaginatedResult,
  type PaginationOptions,
} from '@drift/core';
import type { Database, Statement } from 'better-sqlite3';

/** Why a stored file is not analysed; only content-dependent reasons are stored. */
export type StoredSkipReason = 'binary' | 'too_large';

/** What the scanner needs of a stored file to diff it against the disk. */
export interface StoredFileState {
  readonly id: number;
  readonly size: number;
  readonly mtimeMs: number;
  readonly contentHash: string | null;
  readonly skipReason: StoredSkipReason | null;
}

/** One row of `files`. */
export interface FileRecord extends StoredFileState {
  readonly path: string;
  readonly language: string;
  readonly invalidUtf8: boolean;
  /** Epoch ms the path was first seen. */
  readonly firstSeenAt: number;
  /** Epoch ms of the last content change. */
  readonly changedAt: number;
  /** Epoch ms the content was last read (unchanged files are not read again). */
  readonly lastScannedAt: number;
}

/** A file's state as read from disk, written by {@link FileWriter}. */
export interface FileWrite {
  readonly path: string;
  readonly language: string;
  /** Bytes. */
  readonly size: number;
  readonly mtimeMs: number;
  readonly contentHash: string | null;
  readonly skipReason: StoredSkipReason | null;
  readonly invalidUtf8: boolean;
}

/** The root-relative paths of every stored file (analysed or skipped): what discovery found. */
export function storedFilePaths(db: Database): Set<string> {
  return new Set(db.prepare('SELECT path FROM files').pluck().all() as string[]);
}

/** Every stored file's diff state, keyed by root-relative path. One query. */
export function loadFileStates(db: Database): Map<string, StoredFileState> {
  const rows = db
    .prepare(
      'SELECT id, path, size, mtime_ms AS mtimeMs, content_hash AS contentHash, skip_reason AS skipReason FROM files',
    )
    .raw()
    .all() as [number, string, number, number, string | null, StoredSkipReason | null][];
  const states = new Map<string, StoredFileState>();
  for (const [id, path, size, mtimeMs, contentHash, skipReason] of rows) {
    states.set(path, { id, size, mtimeMs, contentHash, skipReason });
  }
  return states;
}

/**
 * Prepared writes to `files`, for use inside a write transaction. The scanner knows which
 * files are new, so inserts and updates are separate statements (measured 2× faster than an
 * upsert here). Rows keep their id across updates, so facts keyed by `file_id` can be replaced
 * per file.
 */
export class FileWriter {
  readonly #insert: Statement;
  readonly #update: Statement;
  readonly #delete: Statement;
  readonly #logRemoval: Statement;

  constructor(db: Database) {
    this.#insert = db.prepare(
      `INSERT INTO files (path, language, size, mtime_ms, content_hash, skip_reason, invalid_utf8,
                          first_seen_at, changed_at, last_scanned_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#update = db.prepare(
      `UPDATE files SET language = ?, size = ?, mtime_ms = ?, content_hash = ?, skip_reason = ?,
              invalid_utf8 = ?, last_scanned_at = ?, changed_at = CASE WHEN ? THEN ? ELSE changed_at END
        WHERE id = ?`,
    );
    this.#delete = db.prepare('DELETE FROM files WHERE path = ?');
    this.#logRemoval = db.prepare(
      'INSERT INTO file_removals (scan_id, path, removed_at) VALUES (?, ?, ?)',
    );
  }

  /** Inserts a new file; returns its row id. */
  insert(file: FileWrite, now: number): number {
    const { lastInsertRowid } = this.#insert.run(
      file.path,
      file.language,
      file.size,
      file.mtimeMs,
      file.contentHash,
      file.skipReason,
      file.invalidUtf8 ? 1 : 0,
      now,
      now,
      now,
    );
    return Number(lastInsertRowid);
  }

  /**
   * Updates a stored file read again; `contentChanged` false (same hash) keeps its
   * `changed_at`.
   */
  update(id: number, file: FileWrite, contentChanged: boolean, now: number): void {
    this.#update.run(
      file.language,
      file.size,
      file.mtimeMs,
      file.contentHash,
      file.skipReason,
      file.invalidUtf8 ? 1 : 0,
      now,
      contentChanged ? 1 : 0,
      now,
      id,
    );
  }

  /** Deletes a file's row (and, through foreign keys, its facts) and logs the removal. */
  remove(path: string, scanId: number, now: number): void {
    this.#delete.run(path);
    this.#logRemoval.run(scanId, path, now);
  }
}

/** Analysed (not skipped) files per language. */
export function countFilesByLanguage(db: Database): Record<string, number> {
  const rows = db
    .prepare(
      'SELECT language, count(*) AS files FROM files WHERE skip_reason IS NULL GROUP BY language ORDER BY language',
    )
    .all() as { language: string; files: number }[];
  return Object.fromEntries(rows.map((row) => [row.language, row.files]));
}

/** Rows of `files`: analysed, and stored as skipped. */
export function countFiles(db: Database): { analysed: number; skipped: number } {
  return db
    .prepare(
      'SELECT count(*) FILTER (WHERE skip_reason IS NULL) AS analysed, count(*) FILTER (WHERE skip_reason IS NOT NULL) AS skipped FROM files',
    )
    .get() as { analysed: number; skipped: number };
}

/** One stored file by root-relative path, or undefined. */
export function getFile(db: Database, path: string): FileRecord | undefined {
  const row = db
    .prepare(
      `SELECT id, path, language, size, mtime_ms AS mtimeMs, content_hash AS contentHash,
              skip_reason AS skipReason, invalid_utf8 AS invalidUtf8, first_seen_at AS firstSeenAt,
              changed_at AS changedAt, last_scanned_at AS lastScannedAt
         FROM files WHERE path = ?`,
    )
    .get(path) as (Omit<FileRecord, 'invalidUtf8'> & { invalidUtf8: number }) | undefined;
  return row === undefined ? undefined : { ...row, invalidUtf8: row.invalidUtf8 === 1 };
}

/** A file as listed by {@link queryFilesPage}. */
export interface FileEntry {
  readonly id: number;
  readonly path: string;
  readonly language: string;
  readonly skipReason: StoredSkipReason | null;
}

/**
 * Stored files under a folder (root-relative, '' for all), ordered by path, with keyset
 * pagination on the path.
 *
 * @throws DriftError `INVALID_CURSOR`, `INVALID_FILTER`.
 */
export function queryFilesPage(
  db: Database,
  folder: string,
  page: PaginationOptions = {},
): PaginatedResult<FileEntry> {
  const limit = pageSize(page.limit);
  const prefix = folder === '' || folder.endsWith('/') ? folder : `${folder}/`;
  const range = prefix === '' ? '1 = 1' : 'path >= @prefix AND path < @prefix || char(1114111)';
  const after = page.cursor === undefined ? null : decodeCursor(page.cursor).sortValue;
  const rows = db
    .prepare(
      `SELECT id, path, language, skip_reason AS skipReason FROM files
        WHERE ${range} ${after === null ? '' : 'AND path > @after'} ORDER BY path LIMIT @limit`,
    )
    .all({ prefix, after, limit: limit + 1 }) as FileEntry[];
  const total = (
    db.prepare(`SELECT count(*) AS n FROM files WHERE ${range}`).get({ prefix }) as { n: number }
  ).n;
  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    total,
    hasMore,
    nextCursor: hasMore && last !== undefined ? encodeCursor(last.path, last.id) : null,
  };
}
