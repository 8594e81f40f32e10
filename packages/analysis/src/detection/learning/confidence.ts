/** z for a two-sided 95 % interval. */
const Z = 1.96;

/**
 * The Wilson score interval's lower bound for `successes` of `trials` at 95 % (E. B. Wilson,
 * "Probable inference, the law of succession, and statistical inference", JASA 1927; the
 * small-sample correction popularised by E. Miller, "How Not To Sort By Average Rating"). 0
 * when there are no trials.
 */
export function wilsonLowerBound(successes: number, trials: number): number {
  if (trials <= 0) return 0;
  const p = successes / trials;
  const z2 = Z * Z;
  const centre = p + z2 / (2 * trials);
  const margin = Z * Math.sqrt((p * (1 - p) + z2 / (4 * trials)) / trials);
  return Math.max(0, (centre - margin) / (1 + z2 / trials));
}

/** The evidence behind a pattern. */
export interface ConfidenceInput {
  /** Observations of the dominant variant. */
  readonly dominant: number;
  /** Observations of every variant in the scope. */
  readonly total: number;
  /** Files the dominant variant appears in. */
  readonly files: number;
  /** Learning runs (scans) the pattern has been found in, this one included (≥ 1). */
  readonly scansSeen: number;
}

/** Files beyond which spread no longer adds confidence. */
export const SPREAD_SATURATION_FILES = 10;
/** Scans after which a pattern has its full age. */
export const AGE_SATURATION_SCANS = 5;

/**
 * A pattern's confidence in [0, 1]: `W × S × A`, where
 * - `W` is the Wilson lower bound of the dominant share (frequency with small-sample correction:
 *   3 of 3 gives 0.44, 30 of 30 gives 0.89, 95 of 100 gives 0.89);
 * - `S = 0.75 + 0.25 × min(1, ln(1 + files) / ln(1 + 10))` rewards a convention spread over
 *   many files (one file: 0.82, ten or more: 1);
 * - `A = 0.9 + 0.1 × min(1, scansSeen / 5)` lets a convention that keeps holding gain up to
 *   10 % over its first five scans.
 * Drift's own formula (issue 4: share with small-sample correction, spread and age); the
 * weights keep one-scan patterns below 0.9 and make small samples land below "medium" (0.65),
 * where they report no violations.
 */
export function patternConfidence(input: ConfidenceInput): number {
  const frequency = wilsonLowerBound(input.dominant, input.total);
  const spread =
    0.75 + 0.25 * Math.min(1, Math.log(1 + input.files) / Math.log(1 + SPREAD_SATURATION_FILES));
  const age = 0.9 + 0.1 * Math.min(1, Math.max(1, input.scansSeen) / AGE_SATURATION_SCANS);
  return Math.round(frequency * spread * age * 1000) / 1000;
}
