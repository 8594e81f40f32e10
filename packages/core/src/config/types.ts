/**
 * Scanner settings, `[scan]` of drift.toml (spec 000 §5 `ScanConfig`).
 */
export interface ScanConfig {
  /** Files larger than this many bytes are skipped (reason `too_large`). Default 1,048,576. */
  max_file_size: number;
  /** Worker threads for parsing; 0 = one per core. Default 0. */
  threads: number;
  /** Extra gitignore-style patterns, applied after `.gitignore` and `.driftignore`. */
  extra_ignore: string[];
  /** Follow symbolic links (loop-safe). Default false: symlinks are skipped. */
  follow_symlinks: boolean;
  /** Compute content hashes; when false, change detection uses size and mtime only. */
  compute_hashes: boolean;
  /** Re-read every file even when size and mtime are unchanged. Default false. */
  force_full_scan: boolean;
  /** Skip files with a NUL byte in their first 8 KiB. Default true. */
  skip_binary: boolean;
  /** Content hash: `xxh64` (default, ARCHITECTURE §1) or `xxh3`. */
  hash_algorithm: 'xxh64' | 'xxh3';
}

/** Pattern learning settings, `[analysis]` (spec 000 §5 `AnalysisConfig`, ARCHITECTURE §5). */
export interface AnalysisConfig {
  /** Minimum observations of a variant for it to become a pattern. Default 3. */
  min_occurrences: number;
  /** Share (0–1) a variant needs to be the convention. Default 0.60. */
  dominance_threshold: number;
  /** Minimum files a variant must appear in. Default 2. */
  min_files: number;
  /** Share (0–1) of changed files that triggers a full re-learn. Default 0.10. */
  relearn_threshold: number;
  /** Patterns below this confidence (0–1) report no violations. Default 0.65 (medium). */
  violation_min_confidence: number;
  /** Detector ids (`errors/thrown-type`) or whole categories (`styling`) turned off. */
  disabled_detectors: string[];
  /** Dismissal rate (0–1) of a detector that raises `onDetectorAlert`. Default 0.20. */
  detector_alert_rate: number;
  /** Dismissal rate (0–1) of a detector that disables it (`onDetectorDisabled`). Default 0.50. */
  detector_disable_rate: number;
  /** Dismissals a detector needs before its rate counts. Default 5. */
  detector_min_dismissals: number;
}

/** Quality gate settings, `[quality_gates]` (spec 000 §5 `GateConfig`). */
export interface GateConfig {
  /** Lowest severity that fails a gate. Default `error`. */
  fail_on: 'error' | 'warning' | 'info';
  /** Gates that must pass; empty = all gates. */
  required_gates: string[];
  /** Minimum drift score (0–100) to pass. Default 70. */
  min_score: number;
}

/** MCP server settings, `[mcp]` (spec 000 §5 `McpConfig`). */
export interface McpConfig {
  /** Response cache lifetime in seconds. Default 300. */
  cache_ttl_seconds: number;
  /** Upper bound of tokens in one tool response. Default 8,000. */
  max_response_tokens: number;
}

/** Backup retention, `[backup]` (spec 000 §5 `BackupConfig`, §20). */
export interface BackupConfig {
  /** Operational backups kept (taken before migrate/clean/restore). Default 5. */
  max_operational: number;
  /** Daily backups kept (taken at the first scan of a day). Default 7; 0 disables them. */
  max_daily: number;
}

/** Telemetry settings, `[telemetry]` (spec 000 §5 `TelemetryConfig`, §13). */
export interface TelemetryConfig {
  /** Opt-in anonymous telemetry. Default false. */
  enabled: boolean;
  /** Telemetry endpoint URL; unset = the project default. */
  endpoint?: string;
}

/** Licensing settings, `[licensing]` (spec 000 §5 `LicenseConfig`, §12). */
export interface LicenseConfig {
  /** License key (also read from `DRIFT_LICENSE_KEY`). */
  key?: string;
  /** Where upgrade prompts point. Default `https://driftscan.dev/pricing`. */
  upgrade_url: string;
}

/**
 * The whole resolved configuration: the seven sections of spec 000 §5 with every default
 * applied. Keys are snake_case, exactly as written in drift.toml.
 */
export interface DriftConfig {
  scan: ScanConfig;
  analysis: AnalysisConfig;
  quality_gates: GateConfig;
  mcp: McpConfig;
  backup: BackupConfig;
  telemetry: TelemetryConfig;
  licensing: LicenseConfig;
}

/** A section name of drift.toml (`scan`, `analysis` …). */
export type ConfigSection = keyof DriftConfig;

/** A dotted configuration key, e.g. `scan.max_file_size`. */
export type ConfigKey = {
  [S in ConfigSection]: `${S}.${keyof DriftConfig[S] & string}`;
}[ConfigSection];

/** A value a configuration key can hold. */
export type ConfigValue = number | boolean | string | string[];
