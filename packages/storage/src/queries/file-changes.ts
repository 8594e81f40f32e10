import {
  decodeCursor,
  DriftError,
  encodeCursor,
  pageSize,
  type PaginatedResult,
  type PaginationOptions,
} from '@drift/core';
import type { Database } from 'better-sqlite3';

/** How a file changed. */
export type FileChangeKind = 'added' | 'modified' | 'removed';

/** The latest change of one path (spec 004 §10.2 `FileChange`). */
export interface FileChange {
  readonly path: string;
  readonly change: FileChangeKind;
  /** Epoch ms of the scan that saw the change. */
  readonly changedAt: number;
}

/**
 * Added and modified files come from `files` (first seen / content changed at or after
 * `since`); removed ones from `file_removals`, unless the path came back later.
 */
const CHANGES = `
  SELECT path, CASE WHEN first_seen_at >= @since THEN 'added' ELSE 'modified' END AS change,
         changed_at AS changedAt
    FROM files WHERE changed_at >= @since
  UNION ALL
  SELECT r.path, 'removed', max(r.removed_at)
    FROM file_removals AS r
   WHERE r.removed_at >= @since AND NOT EXISTS (SELECT 1 FROM files AS f WHERE f.path = r.path)
   GROUP BY r.path`;

/**
 * Files changed at or after `since` (epoch ms; every recorded change when undefined): the
 * latest change of each path, newest first, with keyset pagination on `(changedAt, path)`.
 *
 * @throws DriftError `INVALID_CURSOR` for a malformed cursor, `INVALID_FILTER` for a bad limit.
 */
export function queryChangedFiles(
  db: Database,
  since: number | undefined,
  page: PaginationOptions = {},
): PaginatedResult<FileChange> {
  const limit = pageSize(page.limit);
  const params: Record<string, number | string> = { since: since ?? 0, limit: limit + 1 };
  let keyset = '';
  if (page.cursor !== undefined) {
    const cursor = decodeCursor(page.cursor);
    const changedAt = Number(cursor.id);
    if (!Number.isSafeInteger(changedAt)) {
      throw new DriftError('INVALID_CURSOR', 'malformed cursor (not a changed-files cursor)');
    }
    keyset = 'WHERE (changedAt, path) < (@changedAt, @path)';
    Object.assign(params, { changedAt, path: cursor.sortValue });
  }
  const rows = db
    .prepare(
      `SELECT path, change, changedAt FROM (${CHANGES}) ${keyset} ORDER BY changedAt DESC, path DESC LIMIT @limit`,
    )
    .all(params) as FileChange[];
  const total = (
    db.prepare(`SELECT count(*) AS n FROM (${CHANGES})`).get({ since: since ?? 0 }) as { n: number }
  ).n;
  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    total,
    hasMore,
    nextCursor: hasMore && last !== undefined ? encodeCursor(last.path, last.changedAt) : null,
  };
}
