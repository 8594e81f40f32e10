import {
  confidenceLevel,
  getLogger,
  type AnalysisConfig,
  type ConfidenceLevel,
  type EventDispatcher,
  type PatternsSummary,
  type PatternStatus,
  type Severity,
} from '@drift/core';
import {
  countObservations,
  dismissedFingerprints,
  getMeta,
  iterateObservations,
  loadDecisions,
  loadPatternHistory,
  loadSuppressions,
  loadViolations,
  markSuppressionsUsed,
  replacePatterns,
  replaceViolations,
  type DatabaseManager,
  type PatternHistory,
  type PatternRow,
  type StoredSuppression,
  type ViolationRow,
} from '@drift/storage';
import type { Detector } from '../detector.js';
import { patternConfidence } from './confidence.js';
import { checkDetectorHealth } from './detector-health.js';
import { patternFromRow, violationFromRow } from './domain-objects.js';
import { learnPatterns, type PatternDecision } from './learn.js';
import { findViolations, type ScoredPattern } from './violations.js';

/** The meta key holding the project's package roots (JSON array), written by each scan. */
export const META_PACKAGE_ROOTS = 'detection.package_roots';

/** Inputs of {@link relearn}. */
export interface RelearnOptions {
  readonly db: DatabaseManager;
  readonly config: AnalysisConfig;
  /** Every detector (the registry); disabled ones are left out here. */
  readonly detectors: readonly Detector[];
  readonly events?: EventDispatcher;
  /** Epoch-ms clock. Default `Date.now`. */
  readonly clock?: () => number;
}

function isDisabledByConfig(detector: Detector, config: AnalysisConfig): boolean {
  return (
    config.disabled_detectors.includes(detector.id) ||
    config.disabled_detectors.includes(detector.category)
  );
}

function decisionsFor(
  db: DatabaseManager,
  history: ReadonlyMap<string, PatternHistory>,
): { decisions: PatternDecision[]; statusById: Map<string, PatternStatus> } {
  const decisions: PatternDecision[] = [];
  const statusById = new Map<string, PatternStatus>();
  for (const row of loadDecisions(db.writer)) {
    const mergedIntoScope =
      row.mergedInto === null ? undefined : history.get(row.mergedInto)?.scope;
    decisions.push({
      detectorId: row.detectorId,
      scope: row.scope,
      variant: row.variant,
      status: row.status,
      ...(mergedIntoScope === undefined ? {} : { mergedIntoScope }),
    });
    if (row.status !== 'merged') statusById.set(row.patternId, row.status);
  }
  return { decisions, statusById };
}

/**
 * The detector/variant pairs that can never be outliers: a learned detector whose every pattern
 * has the same variant. Their observations (most of them) need not be read to find violations.
 */
function conformingEverywhere(
  patterns: readonly ScoredPattern[],
  detectors: ReadonlyMap<string, Detector>,
): { detectorId: string; variant: string }[] {
  const variants = new Map<string, Set<string>>();
  for (const pattern of patterns) {
    const set = variants.get(pattern.detectorId) ?? new Set<string>();
    set.add(pattern.variant);
    variants.set(pattern.detectorId, set);
  }
  return [...variants]
    .filter(([id, set]) => set.size === 1 && detectors.get(id)?.mode === 'learned')
    .map(([detectorId, set]) => ({ detectorId, variant: [...set][0] as string }));
}

/**
 * Learns the patterns again from every stored observation and replaces the stored patterns and
 * violations (ARCHITECTURE §5), in one transaction. Detectors turned off by
 * `analysis.disabled_detectors` or disabled by their dismissal rate are left out. Emits
 * `onDetectorAlert`/`onDetectorDisabled`, `onPatternDiscovered` for new patterns,
 * `onViolationDetected` for new violations and `onViolationFixed` for violations gone (a
 * dismissed one is not "fixed").
 * A violation keeps its `firstSeen` across runs; dismissed fingerprints are left out.
 *
 * @throws StorageError from the database.
 */
export function relearn(options: RelearnOptions): PatternsSummary {
  const { db, config, events } = options;
  const clock = options.clock ?? Date.now;
  const started = performance.now();
  const now = clock();
  const previousViolations = loadViolations(db.writer);
  const previousByDetector = new Map<string, number>();
  for (const violation of previousViolations.values()) {
    previousByDetector.set(
      violation.detectorId,
      (previousByDetector.get(violation.detectorId) ?? 0) + 1,
    );
  }
  const disabledByHealth = db.transaction(() =>
    checkDetectorHealth(db, config, previousByDetector, now, events),
  );
  const detectors = options.detectors.filter(
    (detector) => !isDisabledByConfig(detector, config) && !disabledByHealth.has(detector.id),
  );
  const byId = new Map(detectors.map((detector) => [detector.id, detector]));
  const history = loadPatternHistory(db.writer);
  const { decisions, statusById } = decisionsFor(db, history);
  const roots = JSON.parse(getMeta(db.writer, META_PACKAGE_ROOTS) ?? '[""]') as string[];
  const learned = learnPatterns(
    countObservations(db.writer),
    detectors,
    roots,
    {
      minOccurrences: config.min_occurrences,
      dominanceThreshold: config.dominance_threshold,
      minFiles: config.min_files,
    },
    decisions,
  );
  const scored: ScoredPattern[] = learned.map((pattern) => {
    const seen = history.get(pattern.id);
    const rule = byId.get(pattern.detectorId)?.mode === 'rule';
    return {
      ...pattern,
      status: statusById.get(pattern.id) ?? 'discovered',
      confidence: rule
        ? 1
        : patternConfidence({
            dominant: pattern.occurrences,
            total: pattern.total,
            files: pattern.files,
            scansSeen: (seen?.scansSeen ?? 0) + 1,
          }),
    };
  });

  const suppressions = loadSuppressions(db.writer);
  const dismissed = dismissedFingerprints(db.writer);
  const search = findViolations(
    scored,
    iterateObservations(
      db.writer,
      [...new Set(scored.map((p) => p.detectorId))],
      conformingEverywhere(scored, byId),
    ),
    byId,
    config.violation_min_confidence,
    suppressions,
    dismissed,
  );
  const unused = new Set(search.unusedSuppressions);
  const usedIds = suppressions.filter((s) => !unused.has(s)).map((s: StoredSuppression) => s.id);

  const patternRows: PatternRow[] = scored.map((pattern) => ({
    id: pattern.id,
    detectorId: pattern.detectorId,
    scope: pattern.scope,
    variant: pattern.variant,
    confidence: pattern.confidence,
    occurrences: pattern.occurrences,
    files: pattern.files,
    total: pattern.total,
    outliers: pattern.total - pattern.occurrences,
    distribution: pattern.distribution,
    firstSeen: history.get(pattern.id)?.firstSeen ?? now,
    lastSeen: now,
    scansSeen: (history.get(pattern.id)?.scansSeen ?? 0) + 1,
  }));
  const violationRows: ViolationRow[] = search.violations.map((draft) => ({
    fingerprint: draft.fingerprint,
    patternId: draft.patternId,
    detectorId: draft.detectorId,
    path: draft.file,
    line: draft.line,
    column: draft.column,
    endLine: draft.endLine,
    variant: draft.variant,
    snippet: draft.snippet,
    message: draft.message,
    severity: draft.severity,
    enforced: draft.enforced,
    firstSeen: previousViolations.get(draft.fingerprint)?.firstSeen ?? now,
  }));
  db.transaction(() => {
    replacePatterns(db.writer, patternRows);
    replaceViolations(db.writer, violationRows);
    markSuppressionsUsed(db.writer, usedIds);
  });

  const current = new Set(violationRows.map((row) => row.fingerprint));
  const fixed = [...previousViolations.values()].filter(
    (row) => !current.has(row.fingerprint) && !dismissed.has(row.fingerprint),
  );
  const added = violationRows.filter((row) => !previousViolations.has(row.fingerprint));
  const newPatterns = patternRows.filter((row) => !history.has(row.id));
  if (events !== undefined) {
    for (const row of newPatterns) {
      const detector = byId.get(row.detectorId);
      if (detector !== undefined)
        events.emit(
          'onPatternDiscovered',
          patternFromRow(row, detector, statusById.get(row.id) ?? 'discovered'),
        );
    }
    for (const row of added) {
      const detector = byId.get(row.detectorId);
      if (detector !== undefined)
        events.emit('onViolationDetected', violationFromRow(row, detector));
    }
    for (const row of fixed) {
      const detector = options.detectors.find((d) => d.id === row.detectorId);
      if (detector !== undefined) events.emit('onViolationFixed', violationFromRow(row, detector));
    }
  }

  const byLevel: Record<ConfidenceLevel, number> = { high: 0, medium: 0, low: 0, uncertain: 0 };
  const byStatus: Record<PatternStatus, number> = { discovered: 0, approved: 0, ignored: 0 };
  for (const pattern of scored) {
    byLevel[confidenceLevel(pattern.confidence)] += 1;
    byStatus[pattern.status] += 1;
  }
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const row of violationRows) bySeverity[row.severity] += 1;
  const learnMs = performance.now() - started;
  getLogger('detection').info(
    { patterns: scored.length, violations: violationRows.length, learn_ms: Math.round(learnMs) },
    'learned patterns',
  );
  return {
    patterns: scored.length,
    byLevel,
    byStatus,
    newPatterns: newPatterns.length,
    violations: violationRows.length,
    bySeverity,
    enforced: violationRows.filter((row) => row.enforced).length,
    newViolations: added.length,
    fixedViolations: fixed.length,
    suppressed: search.suppressed,
    unusedSuppressions: search.unusedSuppressions.length,
    dismissed: search.dismissed,
    disabledDetectors: options.detectors
      .filter((detector) => !byId.has(detector.id))
      .map((detector) => detector.id),
    learnMs,
  };
}
