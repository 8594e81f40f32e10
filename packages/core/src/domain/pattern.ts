/** The 15 pattern categories of ARCHITECTURE §5. */
export const PATTERN_CATEGORIES = [
  'api',
  'auth',
  'security',
  'errors',
  'logging',
  'data-access',
  'config',
  'testing',
  'performance',
  'components',
  'styling',
  'structural',
  'types',
  'accessibility',
  'documentation',
] as const;

/** One of {@link PATTERN_CATEGORIES}. */
export type PatternCategory = (typeof PATTERN_CATEGORIES)[number];

/** Lifecycle state of a pattern (ARCHITECTURE §5). */
export type PatternStatus = 'discovered' | 'approved' | 'ignored';

/** Severity of a pattern's outliers; the levels of SARIF and LSP diagnostics. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A range in a file: root-relative `/`-separated path, 1-based lines and columns. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** A convention observed in the codebase (ARCHITECTURE §5). */
export interface Pattern {
  readonly id: string;
  readonly category: PatternCategory;
  readonly subcategory: string;
  readonly name: string;
  readonly description: string;
  readonly detectorId: string;
  /** 0–1. */
  readonly confidence: number;
  readonly locations: readonly SourceLocation[];
  readonly outliers: readonly SourceLocation[];
  readonly status: PatternStatus;
  readonly severity: Severity;
  /** Unix epoch milliseconds. */
  readonly firstSeen: number;
  /** Unix epoch milliseconds. */
  readonly lastSeen: number;
}

/** An outlier of a pattern, reported with the evidence that makes it one. */
export interface Violation {
  /** Line-independent identity (detector, file, normalised snippet, occurrence index). */
  readonly fingerprint: string;
  readonly patternId: string;
  readonly location: SourceLocation;
  readonly severity: Severity;
  readonly message: string;
}

/** The outcome of one quality gate. */
export interface GateResult {
  readonly gate: string;
  readonly passed: boolean;
  /** 0–100. */
  readonly score: number;
  readonly message: string;
}

/** A measurable decline between two runs (a pattern's confidence, a health score …). */
export interface Regression {
  readonly subject: string;
  readonly metric: string;
  readonly previous: number;
  readonly current: number;
  readonly message: string;
}
