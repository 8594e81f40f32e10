import type { Detector, ObservationView } from '../detector.js';

/** How a scope is named in messages: `this repository` for `''`, else its path. */
export function scopeLabel(scope: string): string {
  return scope === '' ? 'this repository' : scope;
}

/** The evidence behind a pattern that a violation message quotes. */
export interface MessageEvidence {
  readonly scope: string;
  readonly variant: string;
  readonly occurrences: number;
  readonly total: number;
}

/**
 * A violation's message, stating the evidence (issue 4): for a learned pattern "uses
 * `console.log`; 212 of 225 logging calls in packages/api go through a logger", for a rule
 * "calls `eval` on a string; code is never evaluated from strings".
 */
export function violationMessage(
  detector: Detector,
  pattern: MessageEvidence,
  observation: ObservationView,
): string {
  const evidence = detector.describe(observation);
  if (detector.mode === 'rule') return `${evidence}; ${detector.expected ?? detector.description}`;
  const convention = detector.variants[pattern.variant] ?? `use ${pattern.variant}`;
  return `${evidence}; ${String(pattern.occurrences)} of ${String(pattern.total)} ${detector.noun} in ${scopeLabel(pattern.scope)} ${convention}`;
}

/** A pattern's one-line description: "212 of 225 logging calls in packages/api go through a logger". */
export function patternSummary(detector: Detector, pattern: MessageEvidence): string {
  if (detector.mode === 'rule') return detector.expected ?? detector.description;
  const convention = detector.variants[pattern.variant] ?? `use ${pattern.variant}`;
  return `${String(pattern.occurrences)} of ${String(pattern.total)} ${detector.noun} in ${scopeLabel(pattern.scope)} ${convention}`;
}
