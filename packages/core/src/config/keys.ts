import type { ConfigKey, ConfigSection, ConfigValue } from './types.js';

interface KeySpecBase {
  /** One line for `drift config list` and the commented drift.toml. */
  readonly description: string;
  /** Environment variables read besides the derived `DRIFT_<SECTION>_<KEY>`. */
  readonly envAliases?: readonly string[];
}

/** The type, default and bounds of one configuration key. */
export type KeySpec = KeySpecBase &
  (
    | {
        readonly kind: 'integer';
        readonly default: number;
        readonly min: number;
        readonly max?: number;
      }
    | {
        readonly kind: 'number';
        readonly default: number;
        readonly min: number;
        readonly max: number;
      }
    | { readonly kind: 'boolean'; readonly default: boolean }
    | { readonly kind: 'string'; readonly default?: string; readonly format?: 'url' }
    | { readonly kind: 'enum'; readonly default: string; readonly values: readonly string[] }
    | { readonly kind: 'string-list'; readonly default: readonly string[] }
  );

/**
 * Every configuration key, its type, default and bounds: the single source of truth for the
 * defaults, validation, environment variable names, `drift config list` and the commented
 * drift.toml written by `drift init`. Keys, defaults and bounds follow spec 000 §5.
 */
export const CONFIG_KEYS: { readonly [K in ConfigKey]: KeySpec } = {
  'scan.max_file_size': {
    kind: 'integer',
    default: 1_048_576,
    min: 1,
    description: 'Skip files larger than this many bytes',
  },
  'scan.threads': {
    kind: 'integer',
    default: 0,
    min: 0,
    max: 256,
    description: 'Worker threads; 0 = one per core',
  },
  'scan.extra_ignore': {
    kind: 'string-list',
    default: [],
    description: 'Extra gitignore-style patterns to skip',
  },
  'scan.follow_symlinks': {
    kind: 'boolean',
    default: false,
    description: 'Follow symbolic links (loop-safe)',
  },
  'scan.compute_hashes': {
    kind: 'boolean',
    default: true,
    description: 'Hash file contents; when false, changes are detected by size and mtime only',
  },
  'scan.force_full_scan': {
    kind: 'boolean',
    default: false,
    description: 'Re-read every file even when size and mtime are unchanged',
  },
  'scan.skip_binary': {
    kind: 'boolean',
    default: true,
    description: 'Skip files with a NUL byte in their first 8 KiB',
  },
  'scan.hash_algorithm': {
    kind: 'enum',
    default: 'xxh64',
    values: ['xxh64', 'xxh3'],
    description: 'Content hash algorithm',
  },
  'analysis.min_occurrences': {
    kind: 'integer',
    default: 3,
    min: 1,
    description: 'Minimum observations for a variant to become a pattern',
  },
  'analysis.dominance_threshold': {
    kind: 'number',
    default: 0.6,
    min: 0,
    max: 1,
    description: 'Share a variant needs to be the convention',
  },
  'analysis.min_files': {
    kind: 'integer',
    default: 2,
    min: 1,
    description: 'Minimum files a pattern must appear in',
  },
  'analysis.relearn_threshold': {
    kind: 'number',
    default: 0.1,
    min: 0,
    max: 1,
    description: 'Share of changed files that triggers a full re-learn',
  },
  'analysis.violation_min_confidence': {
    kind: 'number',
    default: 0.65,
    min: 0,
    max: 1,
    description: 'Patterns below this confidence (0-1) report no violations (0.65 = medium)',
  },
  'analysis.disabled_detectors': {
    kind: 'string-list',
    default: [],
    description: 'Detector ids (errors/thrown-type) or categories (styling) to turn off',
  },
  'analysis.detector_alert_rate': {
    kind: 'number',
    default: 0.2,
    min: 0,
    max: 1,
    description: 'Dismissal rate (0-1) of a detector that raises a detector alert',
  },
  'analysis.detector_disable_rate': {
    kind: 'number',
    default: 0.5,
    min: 0,
    max: 1,
    description: 'Dismissal rate (0-1) of a detector that disables it',
  },
  'analysis.detector_min_dismissals': {
    kind: 'integer',
    default: 5,
    min: 1,
    description: 'Dismissals a detector needs before its rate can alert or disable it',
  },
  'quality_gates.fail_on': {
    kind: 'enum',
    default: 'error',
    values: ['error', 'warning', 'info'],
    description: 'Lowest severity that fails a gate',
  },
  'quality_gates.required_gates': {
    kind: 'string-list',
    default: [],
    description: 'Gates that must pass; empty = all gates',
  },
  'quality_gates.min_score': {
    kind: 'integer',
    default: 70,
    min: 0,
    max: 100,
    description: 'Minimum drift score to pass',
  },
  'mcp.cache_ttl_seconds': {
    kind: 'integer',
    default: 300,
    min: 0,
    description: 'MCP response cache lifetime in seconds',
  },
  'mcp.max_response_tokens': {
    kind: 'integer',
    default: 8000,
    min: 1,
    description: 'Upper bound of tokens in one MCP tool response',
  },
  'backup.max_operational': {
    kind: 'integer',
    default: 5,
    min: 0,
    description: 'Operational backups kept (before migrate, clean, restore)',
  },
  'backup.max_daily': {
    kind: 'integer',
    default: 7,
    min: 0,
    description: 'Daily backups kept (first scan of a day); 0 disables them',
  },
  'telemetry.enabled': {
    kind: 'boolean',
    default: false,
    description: 'Send anonymous usage telemetry (opt-in)',
  },
  'telemetry.endpoint': {
    kind: 'string',
    format: 'url',
    description: 'Telemetry endpoint URL',
  },
  'licensing.key': {
    kind: 'string',
    envAliases: ['DRIFT_LICENSE_KEY'],
    description: 'License key',
  },
  'licensing.upgrade_url': {
    kind: 'string',
    default: 'https://driftscan.dev/pricing',
    format: 'url',
    description: 'Where upgrade prompts point',
  },
};

/** All keys, in registry order. */
export const ALL_CONFIG_KEYS = Object.keys(CONFIG_KEYS) as ConfigKey[];

/** All section names, in registry order. */
export const CONFIG_SECTIONS: readonly ConfigSection[] = [
  ...new Set(ALL_CONFIG_KEYS.map((key) => sectionOf(key))),
];

/** The section of a dotted key (`scan.threads` → `scan`). */
export function sectionOf(key: ConfigKey): ConfigSection {
  return key.slice(0, key.indexOf('.')) as ConfigSection;
}

/** The name of a dotted key within its section (`scan.threads` → `threads`). */
export function nameOf(key: ConfigKey): string {
  return key.slice(key.indexOf('.') + 1);
}

/** The environment variable of a key: `scan.max_file_size` → `DRIFT_SCAN_MAX_FILE_SIZE`. */
export function envVarOf(key: ConfigKey): string {
  return `DRIFT_${key.replace('.', '_').toUpperCase()}`;
}

/** True when `key` is a known dotted key. */
export function isConfigKey(key: string): key is ConfigKey {
  return Object.hasOwn(CONFIG_KEYS, key);
}

/** The default of a key, or undefined for keys without one (`licensing.key`). */
export function defaultOf(key: ConfigKey): ConfigValue | undefined {
  const spec = CONFIG_KEYS[key];
  if (spec.kind === 'string-list') return [...spec.default];
  return spec.default;
}
