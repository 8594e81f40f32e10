import {
  decodeCursor,
  DriftError,
  encodeCursor,
  pageSize,
  type PaginatedResult,
  type PaginationOptions,
} from '@drift/core';
import type { Database } from 'better-sqlite3';

/** How a file changed in a scan. */
export type FileChangeKind = 'added' | 'modified' | 'removed';

/** One recorded change (spec 004 §10.2 `FileChange`). */
export interface FileChange {
  readonly path: string;
  readonly change: FileChangeKind;
  /** Epoch ms of the scan that saw the change. */
  readonly changedAt: number;
  readonly scanId: number;
}

/** Records the changes one scan saw. */
export function recordFileChanges(
  db: Database,
  scanId: number,
  changes: readonly { path: string; change: FileChangeKind }[],
  now: number,
): void {
  const insert = db.prepare(
    'INSERT INTO file_changes (scan_id, path, change, changed_at) VALUES (?, ?, ?, ?)',
  );
  for (const { path, change } of changes) insert.run(scanId, path, change, now);
}

/**
 * Files changed at or after `since` (epoch ms; all when undefined): the latest change of each
 * path, newest first, with keyset pagination on `(changed_at, id)`.
 *
 * @throws DriftError `INVALID_CURSOR` for a malformed cursor, `INVALID_FILTER` for a bad limit.
 */
export function queryChangedFiles(
  db: Database,
  since: number | undefined,
  page: PaginationOptions = {},
): PaginatedResult<FileChange> {
  const limit = pageSize(page.limit);
  const latest = `SELECT max(id) FROM file_changes WHERE changed_at >= @since GROUP BY path`;
  const params: Record<string, number> = { since: since ?? 0, limit: limit + 1 };
  let keyset = '';
  if (page.cursor !== undefined) {
    const cursor = decodeCursor(page.cursor);
    const changedAt = Number(cursor.sortValue);
    const id = Number(cursor.id);
    if (!Number.isSafeInteger(changedAt) || !Number.isSafeInteger(id)) {
      throw new DriftError('INVALID_CURSOR', 'malformed cursor (not a changed-files cursor)');
    }
    keyset = 'AND (changed_at, id) < (@changedAt, @id)';
    Object.assign(params, { changedAt, id });
  }
  const rows = db
    .prepare(
      `SELECT id, path, change, changed_at AS changedAt, scan_id AS scanId FROM file_changes
        WHERE id IN (${latest}) ${keyset} ORDER BY changed_at DESC, id DESC LIMIT @limit`,
    )
    .all(params) as (FileChange & { id: number })[];
  const total = (
    db.prepare(`SELECT count(*) AS n FROM (${latest})`).get({ since: since ?? 0 }) as { n: number }
  ).n;
  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(({ id: _id, ...change }) => change),
    total,
    hasMore,
    nextCursor: hasMore && last !== undefined ? encodeCursor(last.changedAt, last.id) : null,
  };
}
