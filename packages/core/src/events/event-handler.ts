import type { DriftError } from '../errors/drift-error.js';
import type { GateResult, Pattern, Regression, Violation } from '../domain/pattern.js';
import type { ScanSummary } from '../domain/scan.js';

/**
 * Receives every state change of Drift (spec 000 §4 `DriftEventHandler`). Every method is
 * optional; handlers are called synchronously, in registration order, and a handler that
 * throws is logged and skipped without breaking the run.
 */
export interface DriftEventHandler {
  /** A scan began; `fileCount` is known once discovery has finished. */
  onScanStarted?(root: string, fileCount?: number): void;
  /** About every 100 files. */
  onScanProgress?(processed: number, total: number): void;
  onScanComplete?(summary: ScanSummary): void;
  onScanError?(error: DriftError): void;

  onPatternDiscovered?(pattern: Pattern): void;
  onPatternApproved?(pattern: Pattern): void;
  onPatternIgnored?(pattern: Pattern): void;
  onPatternMerged?(kept: Pattern, merged: Pattern): void;

  onViolationDetected?(violation: Violation): void;
  onViolationDismissed?(violation: Violation, reason: string): void;
  onViolationFixed?(violation: Violation): void;

  onGateEvaluated?(gate: string, result: GateResult): void;
  onRegressionDetected?(regression: Regression): void;

  /** A detector's false-positive rate (0–1) rose above the configured limit. */
  onDetectorAlert?(detectorId: string, falsePositiveRate: number): void;
  onDetectorDisabled?(detectorId: string, reason: string): void;

  onError?(error: DriftError): void;
}

/** The name of one event method, e.g. `onScanComplete`. */
export type DriftEventName = keyof DriftEventHandler;

/** The arguments of event `E`. */
export type DriftEventArgs<E extends DriftEventName> = Parameters<
  NonNullable<DriftEventHandler[E]>
>;
