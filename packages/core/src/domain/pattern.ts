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

/** Severities from the most to the least severe. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/**
 * How sure Drift is of a pattern: `high` ≥ 0.85, `medium` ≥ 0.65, `low` ≥ 0.45, else
 * `uncertain` (issue 4: "Levels: high ≥ 0.85, medium ≥ 0.65, low ≥ 0.45").
 */
export type ConfidenceLevel = 'high' | 'medium' | 'low' | 'uncertain';

/** Lower bounds (0–1) of the confidence levels, from the most to the least sure. */
export const CONFIDENCE_LEVELS: readonly {
  readonly level: ConfidenceLevel;
  readonly min: number;
}[] = [
  { level: 'high', min: 0.85 },
  { level: 'medium', min: 0.65 },
  { level: 'low', min: 0.45 },
  { level: 'uncertain', min: 0 },
];

/** The level of a 0–1 confidence: high ≥ 0.85, medium ≥ 0.65, low ≥ 0.45, else uncertain. */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  return CONFIDENCE_LEVELS.find((entry) => confidence >= entry.min)?.level ?? 'uncertain';
}

/** How a detector decides: `learned` from the codebase's own majority, or a fixed `rule`. */
export type DetectorMode = 'learned' | 'rule';

/** A range in a file: root-relative `/`-separated path, 1-based lines and columns. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/**
 * What a detector saw at one place of one file: which variant of a convention the code uses
 * there. Observations are per-file facts, stored and replaced with the file.
 */
export interface Observation {
  /** `category/name`, e.g. `logging/logger-over-console`. */
  readonly detectorId: string;
  /** The variant of the convention used here, e.g. `logger` or `console`. */
  readonly variant: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  /** The observed code, whitespace collapsed, at most 160 characters. */
  readonly snippet: string;
  /** Evidence for messages (`{ callee: 'console.log' }`), or null. */
  readonly context: ObservationContext | null;
  /**
   * 16 hex digits of xxh64 over detector, file, whitespace-free snippet and the occurrence index
   * of that snippet in the file: no line number, so it survives code moving above it. It is the
   * fingerprint of the violation the observation becomes when it is an outlier.
   */
  readonly fingerprint: string;
}

/** Evidence an observation carries for its message: flat string, number or boolean values. */
export type ObservationContext = Readonly<Record<string, string | number | boolean>>;

/** A `drift-ignore` comment: it suppresses violations on its line and the next one. */
export interface Suppression {
  readonly line: number;
  /** The pattern or detector it names (`drift-ignore: <id> <reason>`), or null for any. */
  readonly target: string | null;
  readonly reason: string | null;
}

/** A convention observed in the codebase (ARCHITECTURE §5), as stored after learning. */
export interface Pattern {
  /** Stable across scans: derived from detector, scope and variant. */
  readonly id: string;
  readonly detectorId: string;
  readonly category: PatternCategory;
  readonly subcategory: string;
  readonly name: string;
  readonly description: string;
  /** The package or folder the convention was learned in; '' for the whole repository. */
  readonly scope: string;
  /** The dominant variant. */
  readonly variant: string;
  /** 0–1. */
  readonly confidence: number;
  readonly confidenceLevel: ConfidenceLevel;
  /** Observations of the dominant variant, and in how many files. */
  readonly occurrences: number;
  readonly files: number;
  /** Observations of the detector in the scope, every variant. */
  readonly total: number;
  /** Observations of other variants: the outliers. */
  readonly outliers: number;
  readonly status: PatternStatus;
  readonly severity: Severity;
  /** Epoch ms. */
  readonly firstSeen: number;
  readonly lastSeen: number;
}

/** An outlier of a pattern, reported with the evidence that makes it one. */
export interface Violation {
  /** Line-independent identity (detector, file, normalised snippet, occurrence index). */
  readonly fingerprint: string;
  readonly patternId: string;
  readonly detectorId: string;
  readonly category: PatternCategory;
  readonly severity: Severity;
  /** Root-relative path. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  /** The reason, with the evidence: "uses `console.log`; 212 of 225 logging calls … use a logger". */
  readonly message: string;
  readonly snippet: string;
  /** The pattern is approved: the violation is enforced, not a suggestion. */
  readonly enforced: boolean;
  /** Epoch ms it was first reported. */
  readonly firstSeen: number;
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
