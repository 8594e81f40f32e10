import type { Observation, PatternStatus, Severity, Suppression } from '@drift/core';
import type { Detector } from '../detector.js';
import type { LearnedPattern } from './learn.js';
import { violationMessage } from './messages.js';

/** A learned pattern with its confidence and lifecycle status. */
export interface ScoredPattern extends LearnedPattern {
  /** 0–1. */
  readonly confidence: number;
  readonly status: PatternStatus;
}

/** An observation and the file it was made in. */
export interface LocatedObservation extends Observation {
  /** Root-relative path. */
  readonly file: string;
}

/** A violation before storage adds its history (`firstSeen`). */
export interface ViolationDraft {
  readonly fingerprint: string;
  readonly patternId: string;
  readonly detectorId: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly variant: string;
  readonly snippet: string;
  readonly message: string;
  readonly severity: Severity;
  /** The pattern is approved. */
  readonly enforced: boolean;
}

/** A `drift-ignore` comment and the file it is in. */
export interface LocatedSuppression extends Suppression {
  readonly file: string;
}

/** The outcome of {@link findViolations}. */
export interface ViolationSearch {
  readonly violations: ViolationDraft[];
  /** Violations a `drift-ignore` comment silenced. */
  readonly suppressed: number;
  /** Outliers left out because their fingerprint was dismissed. */
  readonly dismissed: number;
  /** `drift-ignore` comments that silenced nothing (reported so they do not rot). */
  readonly unusedSuppressions: LocatedSuppression[];
}

function suppresses(
  suppression: Suppression,
  line: number,
  pattern: ScoredPattern,
  detector: Detector,
): boolean {
  if (suppression.line !== line && suppression.line !== line - 1) return false;
  const target = suppression.target;
  return (
    target === null ||
    target === pattern.id ||
    target === detector.id ||
    target === detector.category
  );
}

/**
 * The outliers of the patterns, as violations: every observation of another variant in a
 * pattern's member files (every observation of a rule), for patterns that are not ignored and
 * whose confidence reaches `minConfidence` (approved patterns always count). Observations on a
 * line with a matching `drift-ignore`, or the line after one, are suppressed; fingerprints in
 * `dismissed` are left out.
 *
 * @param minConfidence 0–1 (`analysis.violation_min_confidence`, 0.65).
 */
export function findViolations(
  patterns: readonly ScoredPattern[],
  observations: Iterable<LocatedObservation>,
  detectors: ReadonlyMap<string, Detector>,
  minConfidence: number,
  suppressions: readonly LocatedSuppression[] = [],
  dismissed: ReadonlySet<string> = new Set(),
): ViolationSearch {
  const byDetector = new Map<string, Map<string, ScoredPattern>>();
  for (const pattern of patterns) {
    if (pattern.status === 'ignored') continue;
    if (pattern.status !== 'approved' && pattern.confidence < minConfidence) continue;
    let files = byDetector.get(pattern.detectorId);
    if (files === undefined) {
      files = new Map();
      byDetector.set(pattern.detectorId, files);
    }
    for (const file of pattern.members) files.set(file, pattern);
  }
  const suppressionsByFile = new Map<string, LocatedSuppression[]>();
  for (const suppression of suppressions) {
    const list = suppressionsByFile.get(suppression.file) ?? [];
    list.push(suppression);
    suppressionsByFile.set(suppression.file, list);
  }
  const used = new Set<LocatedSuppression>();
  const violations: ViolationDraft[] = [];
  let suppressed = 0;
  let dismissedCount = 0;
  for (const observation of observations) {
    const pattern = byDetector.get(observation.detectorId)?.get(observation.file);
    const detector = detectors.get(observation.detectorId);
    if (pattern === undefined || detector === undefined) continue;
    if (detector.mode === 'learned' && observation.variant === pattern.variant) continue;
    if (dismissed.has(observation.fingerprint)) {
      dismissedCount += 1;
      continue;
    }
    const silencing = suppressionsByFile
      .get(observation.file)
      ?.filter((s) => suppresses(s, observation.line, pattern, detector));
    if (silencing !== undefined && silencing.length > 0) {
      for (const suppression of silencing) used.add(suppression);
      suppressed += 1;
      continue;
    }
    violations.push({
      fingerprint: observation.fingerprint,
      patternId: pattern.id,
      detectorId: detector.id,
      file: observation.file,
      line: observation.line,
      column: observation.column,
      endLine: observation.endLine,
      variant: observation.variant,
      snippet: observation.snippet,
      message: violationMessage(detector, pattern, observation),
      severity: detector.severity,
      enforced: pattern.status === 'approved' || detector.mode === 'rule',
    });
  }
  return {
    violations,
    suppressed,
    dismissed: dismissedCount,
    unusedSuppressions: suppressions.filter((s) => !used.has(s)),
  };
}
