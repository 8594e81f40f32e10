import {
  decodeCursor,
  DriftError,
  encodeCursor,
  pageSize,
  type PaginatedResult,
  type PaginationOptions,
  type PatternStatus,
} from '@drift/core';
import type { Database } from 'better-sqlite3';

/** A learned pattern as stored (migration 003). */
export interface PatternRow {
  readonly id: string;
  readonly detectorId: string;
  readonly scope: string;
  readonly variant: string;
  /** 0–1. */
  readonly confidence: number;
  readonly occurrences: number;
  readonly files: number;
  readonly total: number;
  readonly outliers: number;
  readonly distribution: Readonly<Record<string, number>>;
  /** Epoch ms. */
  readonly firstSeen: number;
  readonly lastSeen: number;
  readonly scansSeen: number;
}

/** A stored pattern with its lifecycle status (from the user's decisions). */
export interface PatternListRow extends PatternRow {
  readonly status: PatternStatus;
}

type RawPattern = Omit<PatternListRow, 'distribution'> & { distribution: string };

const COLUMNS = `p.id, p.detector_id AS detectorId, p.scope, p.variant, p.confidence, p.occurrences,
  p.files, p.total, p.outliers, p.distribution, p.first_seen AS firstSeen, p.last_seen AS lastSeen,
  p.scans_seen AS scansSeen, COALESCE(d.status, 'discovered') AS status`;

function fromRaw(raw: RawPattern): PatternListRow {
  return { ...raw, distribution: JSON.parse(raw.distribution) as Record<string, number> };
}

/** What learning carries over from the stored patterns: scope, first sighting, scans seen. */
export interface PatternHistory {
  readonly scope: string;
  /** Epoch ms. */
  readonly firstSeen: number;
  readonly scansSeen: number;
}

/** The history of every stored pattern, by id. */
export function loadPatternHistory(db: Database): Map<string, PatternHistory> {
  const rows = db
    .prepare('SELECT id, scope, first_seen AS firstSeen, scans_seen AS scansSeen FROM patterns')
    .all() as (PatternHistory & { id: string })[];
  return new Map(rows.map(({ id, ...history }) => [id, history]));
}

/** Replaces every stored pattern (call inside the learning transaction). */
export function replacePatterns(db: Database, patterns: readonly PatternRow[]): void {
  db.prepare('DELETE FROM patterns').run();
  const insert = db.prepare(
    `INSERT INTO patterns (id, detector_id, scope, variant, confidence, occurrences, files, total,
       outliers, distribution, first_seen, last_seen, scans_seen)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const p of patterns) {
    insert.run(
      p.id,
      p.detectorId,
      p.scope,
      p.variant,
      p.confidence,
      p.occurrences,
      p.files,
      p.total,
      p.outliers,
      JSON.stringify(p.distribution),
      p.firstSeen,
      p.lastSeen,
      p.scansSeen,
    );
  }
}

/** The stored pattern with this id, or undefined. */
export function getPatternRow(db: Database, id: string): PatternListRow | undefined {
  const raw = db
    .prepare(
      `SELECT ${COLUMNS} FROM patterns p LEFT JOIN pattern_decisions d ON d.pattern_id = p.id
        WHERE p.id = ?`,
    )
    .get(id) as RawPattern | undefined;
  return raw === undefined ? undefined : fromRaw(raw);
}

/** Filters of {@link queryPatternRows}; absent fields do not filter. */
export interface PatternRowFilter {
  /** Categories: detector ids start with `<category>/`. */
  readonly categories?: readonly string[];
  readonly detectorIds?: readonly string[];
  readonly statuses?: readonly PatternStatus[];
  /** 0–1. */
  readonly minConfidence?: number;
  /** Exact scope ('' = repository). */
  readonly scope?: string;
}

/**
 * Stored patterns by decreasing confidence, then id, with keyset pagination on
 * (confidence, id).
 *
 * @throws DriftError `INVALID_CURSOR`, `INVALID_FILTER`.
 */
export function queryPatternRows(
  db: Database,
  filter: PatternRowFilter = {},
  page: PaginationOptions = {},
): PaginatedResult<PatternListRow> {
  const limit = pageSize(page.limit);
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: limit + 1 };
  if (filter.categories !== undefined) {
    where.push(
      `substr(p.detector_id, 1, instr(p.detector_id, '/') - 1) IN (SELECT value FROM json_each(@categories))`,
    );
    params.categories = JSON.stringify(filter.categories);
  }
  if (filter.detectorIds !== undefined) {
    where.push('p.detector_id IN (SELECT value FROM json_each(@detectorIds))');
    params.detectorIds = JSON.stringify(filter.detectorIds);
  }
  if (filter.statuses !== undefined) {
    where.push(`COALESCE(d.status, 'discovered') IN (SELECT value FROM json_each(@statuses))`);
    params.statuses = JSON.stringify(filter.statuses);
  }
  if (filter.minConfidence !== undefined) {
    where.push('p.confidence >= @minConfidence');
    params.minConfidence = filter.minConfidence;
  }
  if (filter.scope !== undefined) {
    where.push('p.scope = @scope');
    params.scope = filter.scope;
  }
  const base = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
  const total = (
    db
      .prepare(
        `SELECT count(*) AS n FROM patterns p LEFT JOIN pattern_decisions d ON d.pattern_id = p.id ${base}`,
      )
      .get(params) as { n: number }
  ).n;
  if (page.cursor !== undefined) {
    const cursor = decodeCursor(page.cursor);
    const confidence = Number(cursor.sortValue);
    if (!Number.isFinite(confidence))
      throw new DriftError('INVALID_CURSOR', 'the cursor does not come from a pattern page');
    where.push(
      '(p.confidence < @afterConfidence OR (p.confidence = @afterConfidence AND p.id > @afterId))',
    );
    params.afterConfidence = confidence;
    params.afterId = cursor.id;
  }
  const rows = (
    db
      .prepare(
        `SELECT ${COLUMNS} FROM patterns p LEFT JOIN pattern_decisions d ON d.pattern_id = p.id
          ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
          ORDER BY p.confidence DESC, p.id LIMIT @limit`,
      )
      .all(params) as RawPattern[]
  ).map(fromRaw);
  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    total,
    hasMore,
    nextCursor: hasMore && last !== undefined ? encodeCursor(last.confidence, last.id) : null,
  };
}

/** A user's decision on a pattern (approve, ignore, merge), kept across relearning. */
export interface PatternDecisionRow {
  readonly patternId: string;
  readonly detectorId: string;
  readonly scope: string;
  readonly variant: string;
  readonly status: 'approved' | 'ignored' | 'merged';
  /** For `merged`: the id of the pattern it was folded into. */
  readonly mergedInto: string | null;
  readonly reason: string | null;
  /** Epoch ms. */
  readonly decidedAt: number;
}

/** Every decision. */
export function loadDecisions(db: Database): PatternDecisionRow[] {
  return db
    .prepare(
      `SELECT pattern_id AS patternId, detector_id AS detectorId, scope, variant, status,
              merged_into AS mergedInto, reason, decided_at AS decidedAt FROM pattern_decisions`,
    )
    .all() as PatternDecisionRow[];
}

/** Records (or replaces) the decision on a pattern. */
export function saveDecision(db: Database, decision: PatternDecisionRow): void {
  db.prepare(
    `INSERT OR REPLACE INTO pattern_decisions
       (pattern_id, detector_id, scope, variant, status, merged_into, reason, decided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    decision.patternId,
    decision.detectorId,
    decision.scope,
    decision.variant,
    decision.status,
    decision.mergedInto,
    decision.reason,
    decision.decidedAt,
  );
}

/** Ids of stored patterns starting with `prefix` (at most `limit`). */
export function findPatternIds(db: Database, prefix: string, limit = 2): string[] {
  const rows = db
    .prepare(
      `SELECT id FROM patterns WHERE id >= @prefix AND id < @prefix || char(1114111) ORDER BY id LIMIT @limit`,
    )
    .all({ prefix, limit }) as { id: string }[];
  return rows.map((row) => row.id);
}

/** The decision on one pattern, or undefined. */
export function getDecision(db: Database, patternId: string): PatternDecisionRow | undefined {
  return db
    .prepare(
      `SELECT pattern_id AS patternId, detector_id AS detectorId, scope, variant, status,
              merged_into AS mergedInto, reason, decided_at AS decidedAt
         FROM pattern_decisions WHERE pattern_id = ?`,
    )
    .get(patternId) as PatternDecisionRow | undefined;
}
