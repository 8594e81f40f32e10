import type { Violation } from '@drift/core';
import type { UnusedSuppression } from '@drift/engine';

/** What `drift check` reports, whatever the format. */
export interface CheckReport {
  /** New violations (not in the baseline), by path and line. */
  readonly violations: readonly Violation[];
  /** Violations hidden because the baseline has them. */
  readonly baselined: number;
  /** `drift-ignore` comments that silenced nothing. */
  readonly unusedSuppressions: readonly UnusedSuppression[];
  /** Violations at or above `--fail-on`. */
  readonly failing: number;
  readonly failOn: string;
}

/** The JSON object of one violation (`drift violations --json`, `drift check --format json`). */
export function violationJson(violation: Violation): Record<string, unknown> {
  return {
    fingerprint: violation.fingerprint,
    patternId: violation.patternId,
    detectorId: violation.detectorId,
    category: violation.category,
    severity: violation.severity,
    file: violation.file,
    line: violation.line,
    column: violation.column,
    message: violation.message,
  };
}
