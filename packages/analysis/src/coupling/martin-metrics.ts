/**
 * Robert C. Martin's package metrics (R. C. Martin, "Agile Software Development: Principles,
 * Patterns, and Practices", Prentice Hall 2002: I from "The Stable-Dependencies Principle",
 * A and D from "The Stable-Abstractions Principle"), applied to a file or a module.
 */
export interface CouplingMetrics {
  /** Afferent coupling Ca: how many other files (modules) depend on this one. */
  readonly afferent: number;
  /** Efferent coupling Ce: how many other files (modules) this one depends on. */
  readonly efferent: number;
  /** Instability I = Ce / (Ca + Ce), in [0, 1]; 0 (maximally stable) when Ca + Ce = 0. */
  readonly instability: number;
  /** Abstractness A = abstract types / types, in [0, 1]; 0 when no type is declared. */
  readonly abstractness: number;
  /** Normalised distance from the main sequence D = |A + I − 1|, in [0, 1]. */
  readonly distance: number;
}

/** The counts `martinMetrics` derives its ratios from. */
export interface CouplingCounts {
  /** Ca: number of distinct dependents. */
  readonly afferent: number;
  /** Ce: number of distinct dependencies. */
  readonly efferent: number;
  /** Types declared, concrete and abstract. */
  readonly classes: number;
  /** Abstract types declared (interfaces, abstract classes, traits, protocols). */
  readonly abstractTypes: number;
}

/**
 * Computes I, A and D (Martin 2002) from the counts. Martin leaves the zero divisions undefined;
 * like JDepend (`JavaPackage.instability()` and `abstractness()`), an uncoupled unit gets I = 0
 * and a unit without types A = 0, so a file of plain functions counts as fully concrete.
 */
export function martinMetrics(counts: CouplingCounts): CouplingMetrics {
  const { afferent, efferent, classes, abstractTypes } = counts;
  const coupling = afferent + efferent;
  const instability = coupling === 0 ? 0 : efferent / coupling;
  const abstractness = classes === 0 ? 0 : abstractTypes / classes;
  return {
    afferent,
    efferent,
    instability,
    abstractness,
    distance: Math.abs(abstractness + instability - 1),
  };
}
