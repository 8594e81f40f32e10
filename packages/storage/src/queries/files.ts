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
  /** Epoch ms. */
  readonly firstSeenAt: number;
  /** Epoch ms of the last content change. */
  readonly changedAt: number;
  /** Epoch ms the content was last read (unchanged files are not read again). */
  readonly lastScannedAt: number;
}

/** A file's new state, written by {@link FileWriter.upsert}. */
export interface FileWrite {
  readonly path: string;
  readonly language: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly contentHash: string | null;
  readonly skipReason: StoredSkipReason | null;
  readonly invalidUtf8: boolean;
  /** False when only size/mtime changed and the content hash is the same. */
  readonly contentChanged: boolean;
}

/** Every stored file's diff state, keyed by root-relative path. One query. */
export function loadFileStates(db: Database): Map<string, StoredFileState> {
  const rows = db
    .prepare(
      'SELECT id, path, size, mtime_ms AS mtimeMs, content_hash AS contentHash, skip_reason AS skipReason FROM files',
    )
    .all() as (StoredFileState & { path: string })[];
  const states = new Map<string, StoredFileState>();
  for (const { path, ...state } of rows) states.set(path, state);
  return states;
}

/**
 * Prepared writes to `files`, for use inside a write transaction. Rows keep their id across
 * modifications, so facts keyed by `file_id` can be replaced per file.
 */
export class FileWriter {
  readonly #upsert: Statement;
  readonly #delete: Statement;

  constructor(db: Database) {
    this.#upsert = db.prepare(`
      INSERT INTO files (path, language, size, mtime_ms, content_hash, skip_reason, invalid_utf8,
                         first_seen_at, changed_at, last_scanned_at)
      VALUES (@path, @language, @size, @mtimeMs, @contentHash, @skipReason, @invalidUtf8, @now, @now, @now)
      ON CONFLICT (path) DO UPDATE SET
        language = excluded.language, size = excluded.size, mtime_ms = excluded.mtime_ms,
        content_hash = excluded.content_hash, skip_reason = excluded.skip_reason,
        invalid_utf8 = excluded.invalid_utf8, last_scanned_at = excluded.last_scanned_at,
        changed_at = CASE WHEN @contentChanged = 1 THEN excluded.changed_at ELSE files.changed_at END
      RETURNING id`);
    this.#delete = db.prepare('DELETE FROM files WHERE path = ?');
  }

  /** Inserts or updates a file; returns its row id. */
  upsert(file: FileWrite, now: number): number {
    const row = this.#upsert.get({
      ...file,
      invalidUtf8: file.invalidUtf8 ? 1 : 0,
      contentChanged: file.contentChanged ? 1 : 0,
      now,
    }) as { id: number };
    return row.id;
  }

  /** Deletes a file's row (and, through foreign keys, its facts). */
  delete(path: string): void {
    this.#delete.run(path);
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
