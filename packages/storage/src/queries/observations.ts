import {
  decodeCursor,
  DriftError,
  encodeCursor,
  pageSize,
  type Observation,
  type ObservationContext,
  type PaginatedResult,
  type PaginationOptions,
  type Suppression,
} from '@drift/core';
import type { Database, Statement } from 'better-sqlite3';

/**
 * Prepared writes of a file's observations and `drift-ignore` comments (migration 003), for
 * use inside the transaction that writes the file's row and facts.
 */
export class ObservationWriter {
  readonly #deleteObservations: Statement;
  readonly #deleteSuppressions: Statement;
  readonly #observation: Statement;
  readonly #suppression: Statement;

  constructor(db: Database) {
    this.#deleteObservations = db.prepare('DELETE FROM observations WHERE file_id = ?');
    this.#deleteSuppressions = db.prepare('DELETE FROM suppressions WHERE file_id = ?');
    this.#observation = db.prepare(
      `INSERT INTO observations (file_id, detector_id, variant, line, column, end_line, snippet, context, fingerprint)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#suppression = db.prepare(
      'INSERT INTO suppressions (file_id, line, target, reason) VALUES (?, ?, ?, ?)',
    );
  }

  /** Deletes a file's observations and suppressions. */
  clear(fileId: number): void {
    this.#deleteObservations.run(fileId);
    this.#deleteSuppressions.run(fileId);
  }

  /** Writes a file's observations and suppressions; `replacing` deletes the previous ones first. */
  write(
    fileId: number,
    observations: readonly Observation[],
    suppressions: readonly Suppression[],
    replacing: boolean,
  ): void {
    if (replacing) this.clear(fileId);
    for (const o of observations) {
      this.#observation.run(
        fileId,
        o.detectorId,
        o.variant,
        o.line,
        o.column,
        o.endLine,
        o.snippet,
        o.context === null ? null : JSON.stringify(o.context),
        o.fingerprint,
      );
    }
    for (const s of suppressions) this.#suppression.run(fileId, s.line, s.target, s.reason);
  }
}

/** Observations of one variant by one detector in one file. */
export interface StoredVariantCount {
  /** Root-relative path. */
  readonly file: string;
  readonly detectorId: string;
  readonly variant: string;
  readonly count: number;
}

/** Per-file, per-detector, per-variant observation counts: the input of learning. */
export function countObservations(db: Database): StoredVariantCount[] {
  return db
    .prepare(
      `SELECT f.path AS file, o.detector_id AS detectorId, o.variant, count(*) AS count
         FROM observations o JOIN files f ON f.id = o.file_id
        GROUP BY o.file_id, o.detector_id, o.variant`,
    )
    .all() as StoredVariantCount[];
}

/** A stored observation and the path of its file. */
export interface StoredObservation extends Observation {
  readonly file: string;
}

interface ObservationRow {
  file: string;
  detectorId: string;
  variant: string;
  line: number;
  column: number;
  endLine: number;
  snippet: string;
  context: string | null;
  fingerprint: string;
}

/**
 * Streams the observations of some detectors (all when `detectorIds` is undefined), leaving
 * out the `excluded` detector/variant pairs (learning skips the variants that are the pattern
 * wherever the detector has one). The iterator holds the connection until it is exhausted.
 */
export function* iterateObservations(
  db: Database,
  detectorIds?: readonly string[],
  excluded: readonly { readonly detectorId: string; readonly variant: string }[] = [],
): Generator<StoredObservation> {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (detectorIds !== undefined) {
    where.push('o.detector_id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(detectorIds);
  }
  if (excluded.length > 0) {
    where.push(
      `NOT EXISTS (SELECT 1 FROM json_each(@excluded) x
                    WHERE x.value ->> '$[0]' = o.detector_id AND x.value ->> '$[1]' = o.variant)`,
    );
    params.excluded = JSON.stringify(excluded.map((pair) => [pair.detectorId, pair.variant]));
  }
  const rows = db
    .prepare(
      `SELECT f.path AS file, o.detector_id AS detectorId, o.variant, o.line, o.column,
              o.end_line AS endLine, o.snippet, o.context, o.fingerprint
         FROM observations o JOIN files f ON f.id = o.file_id
        ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}`,
    )
    .iterate(params);
  for (const row of rows as Iterable<ObservationRow>) {
    yield {
      ...row,
      context: row.context === null ? null : (JSON.parse(row.context) as ObservationContext),
    };
  }
}

/** A stored `drift-ignore` comment. */
export interface StoredSuppression extends Suppression {
  readonly id: number;
  /** Root-relative path. */
  readonly file: string;
  /** It silenced a violation at the last learning. */
  readonly used: boolean;
}

/** Every `drift-ignore` comment, by path and line. */
export function loadSuppressions(db: Database): StoredSuppression[] {
  const rows = db
    .prepare(
      `SELECT s.id, f.path AS file, s.line, s.target, s.reason, s.used
         FROM suppressions s JOIN files f ON f.id = s.file_id ORDER BY f.path, s.line`,
    )
    .all() as (Omit<StoredSuppression, 'used'> & { used: number })[];
  return rows.map((row) => ({ ...row, used: row.used === 1 }));
}

/** Records which suppressions silenced something at this learning (the others are unused). */
export function markSuppressionsUsed(db: Database, usedIds: readonly number[]): void {
  db.prepare('UPDATE suppressions SET used = 0 WHERE used = 1').run();
  const mark = db.prepare('UPDATE suppressions SET used = 1 WHERE id = ?');
  for (const id of usedIds) mark.run(id);
}

/** A place where a detector saw a variant. */
export interface ObservationExample {
  /** Root-relative path. */
  readonly file: string;
  readonly line: number;
  readonly variant: string;
  readonly snippet: string;
}

/**
 * Up to `limit` observations of one variant of a detector under a folder (`''` for all), one
 * per file, by path.
 */
export function observationExamples(
  db: Database,
  detectorId: string,
  variant: string,
  folder: string,
  limit: number,
): ObservationExample[] {
  return db
    .prepare(
      `SELECT f.path AS file, min(o.line) AS line, o.variant, o.snippet
         FROM observations o JOIN files f ON f.id = o.file_id
        WHERE o.detector_id = @detectorId AND o.variant = @variant
          AND (@folder = '' OR f.path > @folder || '/' AND f.path < @folder || '/' || char(1114111))
        GROUP BY o.file_id ORDER BY f.path LIMIT @limit`,
    )
    .all({ detectorId, variant, folder, limit }) as ObservationExample[];
}

/**
 * Observations of one detector's variant under a folder (`''` for all), ordered by path, line
 * and id, with keyset pagination on that triple.
 *
 * @throws DriftError `INVALID_CURSOR`, `INVALID_FILTER`.
 */
export function queryObservationsPage(
  db: Database,
  detectorId: string,
  variant: string,
  folder: string,
  page: PaginationOptions = {},
): PaginatedResult<ObservationExample & { readonly column: number }> {
  const limit = pageSize(page.limit);
  const params: Record<string, unknown> = { detectorId, variant, folder, limit: limit + 1 };
  const base = `FROM observations o JOIN files f ON f.id = o.file_id
    WHERE o.detector_id = @detectorId AND o.variant = @variant
      AND (@folder = '' OR f.path > @folder || '/' AND f.path < @folder || '/' || char(1114111))`;
  const total = (db.prepare(`SELECT count(*) AS n ${base}`).get(params) as { n: number }).n;
  let after = '';
  if (page.cursor !== undefined) {
    const cursor = decodeCursor(page.cursor);
    const split = cursor.sortValue.lastIndexOf('\n');
    const line = Number(cursor.sortValue.slice(split + 1));
    const id = Number(cursor.id);
    if (split < 0 || !Number.isInteger(line) || !Number.isInteger(id))
      throw new DriftError('INVALID_CURSOR', 'the cursor does not come from a location page');
    after = 'AND (f.path, o.line, o.id) > (@afterPath, @afterLine, @afterId)';
    params.afterPath = cursor.sortValue.slice(0, split);
    params.afterLine = line;
    params.afterId = id;
  }
  const rows = db
    .prepare(
      `SELECT o.id, f.path AS file, o.line, o.column, o.variant, o.snippet ${base} ${after}
        ORDER BY f.path, o.line, o.id LIMIT @limit`,
    )
    .all(params) as (ObservationExample & { id: number; column: number })[];
  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(({ id: _id, ...rest }) => rest),
    total,
    hasMore,
    nextCursor:
      hasMore && last !== undefined
        ? encodeCursor(`${last.file}\n${String(last.line)}`, last.id)
        : null,
  };
}
