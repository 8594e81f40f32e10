import { isAbsolute, relative } from 'node:path';
import {
  DETECTORS,
  detectorById,
  patternFromRow,
  patternSummary,
  relearn,
  violationFromRow,
  type Detector,
} from '@drift/analysis';
import {
  DriftError,
  type PaginatedResult,
  type PaginationOptions,
  type Pattern,
  type PatternDetail,
  type PatternExample,
  type PatternFilter,
  type PatternsSummary,
  type Violation,
  type ViolationFilter,
} from '@drift/core';
import {
  acquireWorkspaceLock,
  dismissalTimesByDetector,
  countViolationsByDetector,
  loadDetectorStates,
  saveDetectorState,
  findPatternIds,
  getDecision,
  getPatternRow,
  getViolationRow,
  loadSuppressions,
  observationExamples,
  queryObservationsPage,
  queryPatternRows,
  queryViolationRows,
  saveDecision,
  saveDismissal,
  type PatternListRow,
} from '@drift/storage';
import { asyncBoundary, boundary } from '../runtime/boundary.js';
import type { DriftRuntime } from '../runtime/drift-runtime.js';
import { getRuntime } from '../runtime/runtime-registry.js';

/** Shortest pattern-id prefix accepted where an id is expected. */
export const MIN_PATTERN_ID_PREFIX = 4;

function detectorOf(id: string): Detector {
  const detector = detectorById(id);
  if (detector === undefined)
    throw new DriftError(
      'INTERNAL_ERROR',
      `drift.db names detector ${id}, which Drift no longer has`,
    );
  return detector;
}

type Database = Parameters<typeof getPatternRow>[0];

function resolvePattern(db: Database, idOrPrefix: string): PatternListRow {
  const exact = getPatternRow(db, idOrPrefix);
  if (exact !== undefined) return exact;
  if (idOrPrefix.length >= MIN_PATTERN_ID_PREFIX && /^[0-9a-f]+$/.test(idOrPrefix)) {
    const ids = findPatternIds(db, idOrPrefix);
    if (ids.length > 1)
      throw new DriftError(
        'INVALID_FILTER',
        `pattern id prefix ${idOrPrefix} is ambiguous (${ids.join(', ')}…); give more digits`,
      );
    const row = ids[0] === undefined ? undefined : getPatternRow(db, ids[0]);
    if (row !== undefined) return row;
  }
  throw new DriftError(
    'NOT_FOUND',
    `no pattern ${idOrPrefix}; \`drift patterns\` lists them (after \`drift scan\`)`,
  );
}

function toPattern(row: PatternListRow): Pattern {
  return patternFromRow(row, detectorOf(row.detectorId), row.status);
}

function rootRelative(runtime: DriftRuntime, path: string): string {
  const relativePath = isAbsolute(path) ? relative(runtime.paths.projectRoot, path) : path;
  return relativePath.split('\\').join('/').replace(/^\.\//, '').replace(/\/$/, '');
}

/** Relearns under the workspace lock, so that it never interleaves with a scan. */
function relearnLocked(runtime: DriftRuntime, operation: string): PatternsSummary {
  const lock = acquireWorkspaceLock(runtime.paths.lockPath, operation);
  try {
    return relearn({
      db: runtime.db,
      config: runtime.config.analysis,
      detectors: DETECTORS,
      events: runtime.events,
    });
  } finally {
    lock.release();
  }
}

/**
 * Learns the patterns again from the observations stored by the last scans (spec 004 §10.4
 * `detect_patterns`; detectors themselves run during `nativeScan`, per file) and replaces the
 * stored patterns and violations. Use it after changing `[analysis]` settings.
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `DB_BUSY` (a scan holds the workspace lock),
 *   `STORAGE_ERROR`.
 */
export async function detectPatterns(): Promise<PatternsSummary> {
  return asyncBoundary(() => Promise.resolve(relearnLocked(getRuntime(), 'pattern learning')));
}

/**
 * Stored patterns by decreasing confidence, with keyset pagination (spec 004 §10.4
 * `query_patterns`; 50 a page, at most 100).
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `INVALID_CURSOR`, `INVALID_FILTER`.
 */
export function queryPatterns(
  filter: PatternFilter = {},
  page?: PaginationOptions,
): PaginatedResult<Pattern> {
  return boundary(() => {
    if (
      filter.minConfidence !== undefined &&
      !(filter.minConfidence >= 0 && filter.minConfidence <= 1)
    ) {
      throw new DriftError(
        'INVALID_FILTER',
        `minConfidence must be between 0 and 1, got ${String(filter.minConfidence)}`,
      );
    }
    const result = queryPatternRows(getRuntime().db.reader(), filter, page);
    return { ...result, items: result.items.map(toPattern) };
  });
}

/**
 * One pattern with its evidence, variant distribution, up to 5 examples that follow it and its
 * first 20 violations (spec 004 §10.4 `query_pattern_detail`).
 *
 * @param id a pattern id or a unique prefix of at least 4 hex digits.
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `NOT_FOUND`, `INVALID_FILTER` (ambiguous prefix).
 */
export function queryPatternDetail(id: string): PatternDetail {
  return boundary(() => {
    const db = getRuntime().db.reader();
    const row = resolvePattern(db, id);
    const detector = detectorOf(row.detectorId);
    const outliers = queryViolationRows(db, { patternIds: [row.id] }, { limit: 20 });
    return {
      pattern: patternFromRow(row, detector, row.status),
      evidence: patternSummary(detector, row),
      distribution: row.distribution,
      examples:
        detector.mode === 'rule'
          ? []
          : observationExamples(db, row.detectorId, row.variant, row.scope, 5),
      outliers: outliers.items.map((violation) => violationFromRow(violation, detector)),
      outlierCount: outliers.total,
      decisionReason: getDecision(db, row.id)?.reason ?? null,
    };
  });
}

/**
 * Where a pattern is followed: the observations of its variant in its scope, by path and line,
 * with keyset pagination (`drift where`). A rule has no such places: its page is empty.
 *
 * @param id a pattern id or a unique prefix of at least 4 hex digits.
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `NOT_FOUND`, `INVALID_FILTER`, `INVALID_CURSOR`.
 */
export function queryPatternLocations(
  id: string,
  page?: PaginationOptions,
): PaginatedResult<PatternExample & { readonly column: number }> {
  return boundary(() => {
    const db = getRuntime().db.reader();
    const row = resolvePattern(db, id);
    return queryObservationsPage(db, row.detectorId, row.variant, row.scope, page);
  });
}

/**
 * Stored violations by path and line, with keyset pagination (spec 004 §10.4
 * `query_violations`; 50 a page, at most 100). Paths are root-relative.
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `INVALID_CURSOR`, `INVALID_FILTER`.
 */
export function queryViolations(
  filter: ViolationFilter = {},
  page?: PaginationOptions,
): PaginatedResult<Violation> {
  return boundary(() => {
    const runtime = getRuntime();
    const paths = filter.paths?.map((path) => rootRelative(runtime, path));
    const result = queryViolationRows(
      runtime.db.reader(),
      { ...filter, ...(paths === undefined ? {} : { paths }) },
      page,
    );
    return {
      ...result,
      items: result.items.map((row) => violationFromRow(row, detectorOf(row.detectorId))),
    };
  });
}

/** A `drift-ignore` comment that silenced nothing at the last learning. */
export interface UnusedSuppression {
  /** Root-relative path. */
  readonly file: string;
  readonly line: number;
  readonly target: string | null;
  readonly reason: string | null;
}

/**
 * The `drift-ignore` comments that silenced no violation at the last learning (issue 4: "a
 * suppression that matches nothing is itself reported").
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`.
 */
export function queryUnusedSuppressions(): UnusedSuppression[] {
  return boundary(() =>
    loadSuppressions(getRuntime().db.reader())
      .filter((suppression) => !suppression.used)
      .map(({ file, line, target, reason }) => ({ file, line, target, reason })),
  );
}

function decide(
  ids: readonly string[],
  status: 'approved' | 'ignored',
  reason: string | null,
): Pattern[] {
  const runtime = getRuntime();
  const db = runtime.db.writer;
  const rows = ids.map((id) => resolvePattern(db, id));
  const now = Date.now();
  runtime.db.transaction(() => {
    for (const row of rows) {
      saveDecision(db, {
        patternId: row.id,
        detectorId: row.detectorId,
        scope: row.scope,
        variant: row.variant,
        status,
        mergedInto: null,
        reason,
        decidedAt: now,
      });
    }
  });
  relearnLocked(runtime, status === 'approved' ? 'approve' : 'ignore');
  const patterns = rows.map((row) => toPattern({ ...row, status }));
  for (const pattern of patterns) {
    runtime.events.emit(status === 'approved' ? 'onPatternApproved' : 'onPatternIgnored', pattern);
  }
  return patterns;
}

/**
 * Approves patterns: their outliers become enforced violations, and the convention holds even
 * if it stops dominating. Relearns once.
 *
 * @param ids pattern ids or unique prefixes.
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `NOT_FOUND`, `INVALID_FILTER`, `DB_BUSY`.
 */
export function approvePatterns(ids: readonly string[], reason?: string): Pattern[] {
  return boundary(() => decide(ids, 'approved', reason ?? null));
}

/**
 * Ignores a pattern: it stays listed as `ignored` and reports no violations. An approved
 * pattern can be ignored, and an ignored one approved again.
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `NOT_FOUND`, `INVALID_FILTER`, `DB_BUSY`.
 */
export function ignorePattern(id: string, reason: string): Pattern {
  return boundary(() => {
    if (reason.trim() === '')
      throw new DriftError('INVALID_FILTER', 'ignoring a pattern needs a reason');
    return decide([id], 'ignored', reason.trim())[0] as Pattern;
  });
}

/**
 * Folds pattern `foldId` into `keepId` (same detector): the folded pattern's scope is learned
 * together with the kept one's from now on, and the folded pattern disappears.
 *
 * @returns the kept pattern after relearning.
 * @throws DriftError `NOT_FOUND`, `INVALID_FILTER` (different detectors, the same pattern),
 *   `DB_BUSY`, `RUNTIME_NOT_INITIALIZED`.
 */
export function mergePatterns(keepId: string, foldId: string): Pattern {
  return boundary(() => {
    const runtime = getRuntime();
    const db = runtime.db.writer;
    const keep = resolvePattern(db, keepId);
    const fold = resolvePattern(db, foldId);
    if (keep.id === fold.id)
      throw new DriftError('INVALID_FILTER', 'cannot merge a pattern into itself');
    if (keep.detectorId !== fold.detectorId) {
      throw new DriftError(
        'INVALID_FILTER',
        `only patterns of one detector merge: ${keep.id} is ${keep.detectorId}, ${fold.id} is ${fold.detectorId}`,
      );
    }
    runtime.db.transaction(() => {
      saveDecision(db, {
        patternId: fold.id,
        detectorId: fold.detectorId,
        scope: fold.scope,
        variant: fold.variant,
        status: 'merged',
        mergedInto: keep.id,
        reason: null,
        decidedAt: Date.now(),
      });
    });
    relearnLocked(runtime, 'merge');
    const kept = getPatternRow(db, keep.id);
    const result = toPattern(kept ?? keep);
    runtime.events.emit('onPatternMerged', result, toPattern(fold));
    return result;
  });
}

/**
 * Dismisses a violation as a false positive: it is not reported again while its fingerprint
 * holds, and it counts against its detector's health (`analysis.detector_alert_rate`).
 *
 * @throws DriftError `NOT_FOUND`, `INVALID_FILTER` (empty reason), `DB_BUSY`,
 *   `RUNTIME_NOT_INITIALIZED`.
 */
export function dismissViolation(fingerprint: string, reason: string): Violation {
  return boundary(() => {
    const runtime = getRuntime();
    const db = runtime.db.writer;
    if (reason.trim() === '')
      throw new DriftError('INVALID_FILTER', 'dismissing a violation needs a reason');
    const row = getViolationRow(db, fingerprint);
    if (row === undefined) {
      throw new DriftError(
        'NOT_FOUND',
        `no violation ${fingerprint}; \`drift violations --json\` lists fingerprints`,
      );
    }
    runtime.db.transaction(() => {
      saveDismissal(db, {
        fingerprint: row.fingerprint,
        detectorId: row.detectorId,
        patternId: row.patternId,
        path: row.path,
        reason: reason.trim(),
        dismissedAt: Date.now(),
      });
    });
    const violation = violationFromRow(row, detectorOf(row.detectorId));
    runtime.events.emit('onViolationDismissed', violation, reason.trim());
    relearnLocked(runtime, 'dismiss');
    return violation;
  });
}

/** A detector and its health (`drift detectors`). */
export interface DetectorInfo {
  readonly id: string;
  readonly category: string;
  readonly name: string;
  readonly description: string;
  readonly mode: 'learned' | 'rule';
  readonly severity: string;
  readonly languages: readonly string[];
  /** `enabled`, `disabled-by-config` (`analysis.disabled_detectors`) or `disabled-by-health`. */
  readonly state: 'enabled' | 'disabled-by-config' | 'disabled-by-health';
  /** Why it was disabled by its dismissal rate, or null. */
  readonly reason: string | null;
  /** Violations users dismissed as false positives. */
  readonly dismissals: number;
  /** Current violations. */
  readonly violations: number;
}

/**
 * Every detector with its state and health: dismissals, current violations, and whether it is
 * turned off by configuration or disabled by its dismissal rate.
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`.
 */
export function queryDetectors(): DetectorInfo[] {
  return boundary(() => {
    const runtime = getRuntime();
    const db = runtime.db.reader();
    const states = loadDetectorStates(db);
    const dismissals = dismissalTimesByDetector(db);
    const violations = countViolationsByDetector(db);
    const off = runtime.config.analysis.disabled_detectors;
    return DETECTORS.map((detector) => {
      const health = states.get(detector.id);
      const state =
        off.includes(detector.id) || off.includes(detector.category)
          ? 'disabled-by-config'
          : health?.disabled === true
            ? 'disabled-by-health'
            : 'enabled';
      return {
        id: detector.id,
        category: detector.category,
        name: detector.name,
        description: detector.description,
        mode: detector.mode,
        severity: detector.severity,
        languages: detector.languages,
        state,
        reason: health?.disabled === true ? health.reason : null,
        dismissals: dismissals.get(detector.id)?.length ?? 0,
        violations: violations.get(detector.id) ?? 0,
      };
    });
  });
}

/**
 * Re-enables a detector its dismissal rate disabled, and relearns. Its old dismissals stay
 * dismissed but no longer count toward its rate: only new ones can disable it again.
 *
 * @throws DriftError `NOT_FOUND` (no such detector), `INVALID_FILTER` (it is not disabled by
 *   its health), `DB_BUSY`, `RUNTIME_NOT_INITIALIZED`.
 */
export function enableDetector(id: string): DetectorInfo {
  return boundary(() => {
    const runtime = getRuntime();
    if (detectorById(id) === undefined)
      throw new DriftError('NOT_FOUND', `no detector ${id}; \`drift detectors\` lists them`);
    const state = loadDetectorStates(runtime.db.writer).get(id);
    if (state?.disabled !== true)
      throw new DriftError('INVALID_FILTER', `${id} is not disabled by its dismissal rate`);
    runtime.db.transaction(() => {
      const now = Date.now();
      saveDetectorState(runtime.db.writer, {
        ...state,
        disabled: false,
        reason: null,
        alertedRate: null,
        countedFrom: now,
        updatedAt: now,
      });
    });
    relearnLocked(runtime, 'enable detector');
    return queryDetectors().find((detector) => detector.id === id) as DetectorInfo;
  });
}
