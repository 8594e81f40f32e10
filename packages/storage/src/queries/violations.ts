import {
  decodeCursor,
  DriftError,
  encodeCursor,
  pageSize,
  type PaginatedResult,
  type PaginationOptions,
  type Severity,
} from '@drift/core';
import type { Database } from 'better-sqlite3';

/** A violation as stored (migration 003). */
export interface ViolationRow {
  readonly fingerprint: string;
  readonly patternId: string;
  readonly detectorId: string;
  /** Root-relative path. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly variant: string;
  readonly snippet: string;
  readonly message: string;
  readonly severity: Severity;
  readonly enforced: boolean;
  /** Epoch ms. */
  readonly firstSeen: number;
}

type RawViolation = Omit<ViolationRow, 'enforced'> & { enforced: number };

const COLUMNS = `fingerprint, pattern_id AS patternId, detector_id AS detectorId, path, line, column,
  end_line AS endLine, variant, snippet, message, severity, enforced, first_seen AS firstSeen`;

const fromRaw = (raw: RawViolation): ViolationRow => ({ ...raw, enforced: raw.enforced === 1 });

/** Every stored violation, by fingerprint (learning diffs against it). */
export function loadViolations(db: Database): Map<string, ViolationRow> {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM violations`).all() as RawViolation[];
  return new Map(rows.map((raw) => [raw.fingerprint, fromRaw(raw)]));
}

/** Replaces every stored violation (call inside the learning transaction). */
export function replaceViolations(db: Database, violations: readonly ViolationRow[]): void {
  db.prepare('DELETE FROM violations').run();
  const insert = db.prepare(
    `INSERT INTO violations (fingerprint, pattern_id, detector_id, path, line, column, end_line,
       variant, snippet, message, severity, enforced, first_seen)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const v of violations) {
    insert.run(
      v.fingerprint,
      v.patternId,
      v.detectorId,
      v.path,
      v.line,
      v.column,
      v.endLine,
      v.variant,
      v.snippet,
      v.message,
      v.severity,
      v.enforced ? 1 : 0,
      v.firstSeen,
    );
  }
}

/** The stored violation with this fingerprint, or undefined. */
export function getViolationRow(db: Database, fingerprint: string): ViolationRow | undefined {
  const raw = db
    .prepare(`SELECT ${COLUMNS} FROM violations WHERE fingerprint = ?`)
    .get(fingerprint) as RawViolation | undefined;
  return raw === undefined ? undefined : fromRaw(raw);
}

/** Filters of {@link queryViolationRows}; absent fields do not filter. */
export interface ViolationRowFilter {
  readonly severities?: readonly Severity[];
  /** Categories: detector ids start with `<category>/`. */
  readonly categories?: readonly string[];
  readonly detectorIds?: readonly string[];
  readonly patternIds?: readonly string[];
  /** Root-relative files or folders (a folder matches everything under it). */
  readonly paths?: readonly string[];
  /** Only violations of approved patterns and rules. */
  readonly enforcedOnly?: boolean;
}

function whereOf(filter: ViolationRowFilter, params: Record<string, unknown>): string[] {
  const where: string[] = [];
  const list = (column: string, name: string, values: readonly string[] | undefined): void => {
    if (values === undefined) return;
    where.push(`${column} IN (SELECT value FROM json_each(@${name}))`);
    params[name] = JSON.stringify(values);
  };
  list('severity', 'severities', filter.severities);
  list(`substr(detector_id, 1, instr(detector_id, '/') - 1)`, 'categories', filter.categories);
  list('detector_id', 'detectorIds', filter.detectorIds);
  list('pattern_id', 'patternIds', filter.patternIds);
  if (filter.paths !== undefined) {
    // json_each has a `path` column of its own: qualify the violation's.
    where.push(
      `EXISTS (SELECT 1 FROM json_each(@paths) p WHERE p.value = '' OR violations.path = p.value
                 OR (violations.path > p.value || '/' AND violations.path < p.value || '/' || char(1114111)))`,
    );
    params.paths = JSON.stringify(filter.paths.map((p) => p.replace(/\/+$/, '')));
  }
  if (filter.enforcedOnly === true) where.push('enforced = 1');
  return where;
}

/**
 * Stored violations ordered by path, line and fingerprint, with keyset pagination on that
 * triple.
 *
 * @throws DriftError `INVALID_CURSOR`, `INVALID_FILTER`.
 */
export function queryViolationRows(
  db: Database,
  filter: ViolationRowFilter = {},
  page: PaginationOptions = {},
): PaginatedResult<ViolationRow> {
  const limit = pageSize(page.limit);
  const params: Record<string, unknown> = { limit: limit + 1 };
  const where = whereOf(filter, params);
  const total = (
    db
      .prepare(
        `SELECT count(*) AS n FROM violations ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}`,
      )
      .get(params) as { n: number }
  ).n;
  if (page.cursor !== undefined) {
    const cursor = decodeCursor(page.cursor);
    const split = cursor.sortValue.lastIndexOf('\n');
    const line = Number(cursor.sortValue.slice(split + 1));
    if (split < 0 || !Number.isInteger(line))
      throw new DriftError('INVALID_CURSOR', 'the cursor does not come from a violation page');
    where.push('(path, line, fingerprint) > (@afterPath, @afterLine, @afterFingerprint)');
    params.afterPath = cursor.sortValue.slice(0, split);
    params.afterLine = line;
    params.afterFingerprint = cursor.id;
  }
  const rows = (
    db
      .prepare(
        `SELECT ${COLUMNS} FROM violations ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
          ORDER BY path, line, fingerprint LIMIT @limit`,
      )
      .all(params) as RawViolation[]
  ).map(fromRaw);
  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    total,
    hasMore,
    nextCursor:
      hasMore && last !== undefined
        ? encodeCursor(`${last.path}\n${String(last.line)}`, last.fingerprint)
        : null,
  };
}

/** Violations per severity. */
export function countViolationsBySeverity(db: Database): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const rows = db
    .prepare('SELECT severity, count(*) AS n FROM violations GROUP BY severity')
    .all() as { severity: Severity; n: number }[];
  for (const row of rows) counts[row.severity] = row.n;
  return counts;
}

/** Violations per detector id. */
export function countViolationsByDetector(db: Database): Map<string, number> {
  const rows = db
    .prepare('SELECT detector_id AS detectorId, count(*) AS n FROM violations GROUP BY detector_id')
    .all() as { detectorId: string; n: number }[];
  return new Map(rows.map((row) => [row.detectorId, row.n]));
}
