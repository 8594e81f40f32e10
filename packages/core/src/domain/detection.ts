import type {
  ConfidenceLevel,
  Pattern,
  PatternCategory,
  PatternStatus,
  Severity,
  Violation,
} from './pattern.js';

/** What a scan's detectors did (they run in the workers, on the files the scan parsed). */
export interface DetectionStats {
  /** Files detectors ran on. */
  readonly filesObserved: number;
  /** Observations made. */
  readonly observations: number;
  /** Milliseconds spent in detectors, summed over workers. */
  readonly detectMs: number;
  /** Detector failures on single files (each reported as `DETECTION_ERROR`). */
  readonly failures: number;
}

/**
 * The outcome of learning (spec 004 §10.4 `PatternsSummary`): what patterns there are and
 * what changed in the violations.
 */
export interface PatternsSummary {
  /** Patterns stored (merged ones are folded into others). */
  readonly patterns: number;
  readonly byLevel: Readonly<Record<ConfidenceLevel, number>>;
  readonly byStatus: Readonly<Record<PatternStatus, number>>;
  /** Patterns found for the first time. */
  readonly newPatterns: number;
  /** Current violations. */
  readonly violations: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Violations of approved patterns and rules. */
  readonly enforced: number;
  /** Violations not reported before. */
  readonly newViolations: number;
  /** Violations reported before and gone now. */
  readonly fixedViolations: number;
  /** Violations silenced by `drift-ignore` comments. */
  readonly suppressed: number;
  /** `drift-ignore` comments that silenced nothing. */
  readonly unusedSuppressions: number;
  /** Outliers left out because a user dismissed them. */
  readonly dismissed: number;
  /** Detectors skipped: turned off in `analysis.disabled_detectors` or disabled by their dismissal rate. */
  readonly disabledDetectors: readonly string[];
  /** Milliseconds learning took (main thread). */
  readonly learnMs: number;
}

/** Filters of `queryPatterns`; absent fields do not filter. */
export interface PatternFilter {
  readonly categories?: readonly PatternCategory[];
  readonly statuses?: readonly PatternStatus[];
  /** 0–1. */
  readonly minConfidence?: number;
  readonly detectorIds?: readonly string[];
  /** Exact scope, `''` for the repository. */
  readonly scope?: string;
}

/** Filters of `queryViolations`; absent fields do not filter. */
export interface ViolationFilter {
  readonly severities?: readonly Severity[];
  readonly categories?: readonly PatternCategory[];
  readonly detectorIds?: readonly string[];
  readonly patternIds?: readonly string[];
  /** Root-relative files or folders. */
  readonly paths?: readonly string[];
  /** Only violations of approved patterns and rules. */
  readonly enforcedOnly?: boolean;
}

/** A place where a pattern is followed or broken. */
export interface PatternExample {
  /** Root-relative path. */
  readonly file: string;
  readonly line: number;
  readonly variant: string;
  readonly snippet: string;
}

/** Everything about one pattern (spec 004 §10.4 `PatternDetail`). */
export interface PatternDetail {
  readonly pattern: Pattern;
  /** The evidence in one line: "564 of 589 throw statements in this repository throw …". */
  readonly evidence: string;
  /** Observations per variant in the pattern's scope. */
  readonly distribution: Readonly<Record<string, number>>;
  /** Up to 5 places that follow the pattern. */
  readonly examples: readonly PatternExample[];
  /** Its first 20 violations by path and line; `outlierCount` has them all. */
  readonly outliers: readonly Violation[];
  readonly outlierCount: number;
  /** The reason given when it was ignored or approved, or null. */
  readonly decisionReason: string | null;
}
