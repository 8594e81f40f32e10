import type { CallGraphUpdate } from './call-graph.js';
import type { DetectionStats, PatternsSummary } from './detection.js';
import type { NonFatalError } from '../errors/error-collector.js';

/**
 * Why a discovered file was not read or not analysed:
 * - `unsupported`: no known language for its extension (never read);
 * - `binary`: a NUL byte in its first 8 KiB (`scan.skip_binary`);
 * - `too_large`: over `scan.max_file_size` bytes (never read);
 * - `unreadable`: the file system refused to open it (EACCES, EPERM, EIO …);
 * - `symlink`: a symbolic link while `scan.follow_symlinks` is false;
 * - `broken_symlink`: a link whose target does not exist;
 * - `symlink_loop`: a link that leads back into its own ancestry.
 */
export const SKIP_REASONS = [
  'unsupported',
  'binary',
  'too_large',
  'unreadable',
  'symlink',
  'broken_symlink',
  'symlink_loop',
] as const;

/** One of {@link SKIP_REASONS}. */
export type SkipReason = (typeof SKIP_REASONS)[number];

/**
 * The phase of a long command reported by progress callbacks (spec 004 §7 `ProgressUpdate`);
 * a scan reads, hashes and parses in one `parsing` pass.
 */
export type ScanPhase = 'discovery' | 'hashing' | 'parsing' | 'detection' | 'finalizing';

/**
 * A progress update (spec 004 §7), sent about every 100 files.
 * `processed` and `total` count files of the current phase.
 */
export interface ScanProgress {
  readonly processed: number;
  readonly total: number;
  readonly phase: ScanPhase;
  /** Root-relative path of the latest file finished, when there is one. */
  readonly currentFile?: string;
}

/** `complete`, or `partial` when the scan was cancelled and kept what it had finished. */
export type ScanStatus = 'complete' | 'partial';

/** Timings of one scan: the scanner metrics of spec 000 §3 ("Key Metrics to Instrument"). */
export interface ScanMetrics {
  /** Phase 1, listing files (`discovery_duration_ms`). */
  readonly discoveryMs: number;
  /** Stat, diff against drift.db, read and hash (`hashing_duration_ms`). */
  readonly hashingMs: number;
  /** Time spent in write transactions (`batch_write_time`). */
  readonly batchWriteMs: number;
  /** Files whose size and mtime matched drift.db, so were not read, over files checked (0–1). */
  readonly cacheHitRate: number;
  /** Files checked per second of the whole scan (`scan_files_per_second`). */
  readonly filesPerSecond: number;
}

/** Parsing of one language in one scan. */
export interface LanguageParsing {
  /** Files parsed. */
  readonly files: number;
  /** Bytes parsed. */
  readonly bytes: number;
  /** Milliseconds spent parsing and extracting, summed over workers. */
  readonly parseMs: number;
  /** Files parsed with recovered syntax errors. */
  readonly filesWithErrors: number;
}

/** What a scan's parsing did. */
export interface ParsingStats {
  readonly filesParsed: number;
  /** Files parsed with recovered syntax errors (their facts are kept). */
  readonly filesWithErrors: number;
  /** Files a parser failed on (recorded without facts, reported as `PARSE_ERROR`). */
  readonly parseFailures: number;
  readonly byLanguage: Readonly<Record<string, LanguageParsing>>;
}

/**
 * What `nativeScan` returns (spec 004 §3 `ScanSummary`, camelCase), a small summary; the facts
 * themselves are in drift.db. `filesTotal = filesAdded + filesModified + filesUnchanged +
 * filesSkipped`, plus files left unprocessed by a cancelled scan; `filesRemoved` counts rows
 * deleted because their file is gone.
 */
export interface ScanSummary {
  /** Row id of this scan in `scan_history`. */
  readonly scanId: number;
  /** Absolute project root. */
  readonly root: string;
  readonly status: ScanStatus;
  readonly filesTotal: number;
  readonly filesAdded: number;
  readonly filesModified: number;
  readonly filesRemoved: number;
  readonly filesUnchanged: number;
  readonly filesSkipped: number;
  /** Skipped files by reason. */
  readonly skipped: Readonly<Record<SkipReason, number>>;
  /** Files read with invalid UTF-8 (decoded with U+FFFD replacement, not skipped). */
  readonly filesInvalidUtf8: number;
  /** Bytes read from disk by this scan. */
  readonly bytesRead: number;
  /** Parsing done by this scan (added and modified code files). */
  readonly parsing: ParsingStats;
  /** Detection done by this scan (on the files it parsed). */
  readonly detection: DetectionStats;
  /** Learning after the scan, or null when it did not run (a cancelled scan keeps the previous patterns). */
  readonly patterns: PatternsSummary | null;
  /** The call-graph update after the scan, or null when it did not run (a cancelled scan). */
  readonly callGraph: CallGraphUpdate | null;
  /** Analysed files per language in the whole project after this scan. */
  readonly languages: Readonly<Record<string, number>>;
  readonly durationMs: number;
  readonly metrics: ScanMetrics;
  /** Non-fatal errors of this run (at most 1,000 kept) and how many there were. */
  readonly errors: readonly NonFatalError[];
  readonly errorCount: number;
}
