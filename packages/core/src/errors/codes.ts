/**
 * The subsystem an error code belongs to. Decides which `DriftError` subclass a code is
 * rebuilt as when it crosses a boundary (see {@link createDriftError}).
 */
export type ErrorSubsystem =
  | 'lifecycle'
  | 'config'
  | 'scanner'
  | 'parser'
  | 'storage'
  | 'detection'
  | 'callgraph'
  | 'analysis'
  | 'query'
  | 'licensing'
  | 'gates'
  | 'general';

/** One entry of the error-code registry: the owning subsystem and what the code means. */
export interface ErrorCodeInfo {
  readonly subsystem: ErrorSubsystem;
  readonly meaning: string;
}

/**
 * The registry of every error code that crosses the engine boundary.
 *
 * Source: spec 004 §6 ("Drift Error Code Registry") plus `LICENSE_ERROR` and `GATE_FAILED` of
 * spec 000 §2 ("NAPI Error Code Registry"). Messages that cross a boundary are formatted
 * `[CODE] message` so the code survives serialisation (see `parseDriftError`).
 */
export const ERROR_CODES = {
  INIT_ERROR: { subsystem: 'lifecycle', meaning: 'The runtime could not be initialised' },
  ALREADY_INITIALIZED: { subsystem: 'lifecycle', meaning: 'The runtime is already initialised' },
  RUNTIME_NOT_INITIALIZED: {
    subsystem: 'lifecycle',
    meaning: 'A function was called before driftInitialize()',
  },
  CONFIG_ERROR: { subsystem: 'config', meaning: 'Invalid configuration' },

  SCAN_ERROR: { subsystem: 'scanner', meaning: 'General scan failure' },
  SCAN_CANCELLED: { subsystem: 'scanner', meaning: 'The scan was cancelled' },
  FILE_TOO_LARGE: { subsystem: 'scanner', meaning: 'A file exceeds scan.max_file_size' },
  PERMISSION_DENIED: { subsystem: 'scanner', meaning: 'A file or directory could not be read' },

  PARSE_ERROR: { subsystem: 'parser', meaning: 'General parse failure' },
  UNSUPPORTED_LANGUAGE: { subsystem: 'parser', meaning: 'Language not supported' },
  QUERY_COMPILATION: { subsystem: 'parser', meaning: 'A tree-sitter query failed to compile' },

  STORAGE_ERROR: { subsystem: 'storage', meaning: 'General storage failure' },
  DB_BUSY: { subsystem: 'storage', meaning: 'The database is locked by another operation' },
  DB_CORRUPT: { subsystem: 'storage', meaning: 'The database failed its integrity check' },
  DB_DISK_FULL: { subsystem: 'storage', meaning: 'No disk space left for a write' },
  MIGRATION_FAILED: { subsystem: 'storage', meaning: 'A schema migration failed' },
  LOCK_POISONED: { subsystem: 'storage', meaning: 'A lock was left in an unusable state' },

  ANALYSIS_ERROR: { subsystem: 'analysis', meaning: 'General analysis failure' },
  CALL_GRAPH_ERROR: { subsystem: 'callgraph', meaning: 'Call graph operation failure' },
  DETECTION_ERROR: { subsystem: 'detection', meaning: 'Detector execution failure' },
  BOUNDARY_ERROR: { subsystem: 'analysis', meaning: 'Data boundary analysis failure' },
  TAINT_ERROR: { subsystem: 'analysis', meaning: 'Taint analysis failure' },
  CONSTRAINT_ERROR: { subsystem: 'analysis', meaning: 'Constraint mining or verification failure' },

  NOT_FOUND: { subsystem: 'query', meaning: 'The requested item does not exist' },
  INVALID_CURSOR: { subsystem: 'query', meaning: 'A pagination cursor is malformed' },
  INVALID_FILTER: { subsystem: 'query', meaning: 'A query filter is invalid' },

  LICENSE_ERROR: { subsystem: 'licensing', meaning: 'License validation failure' },
  GATE_FAILED: { subsystem: 'gates', meaning: 'A quality gate check failed' },

  INTERNAL_ERROR: { subsystem: 'general', meaning: 'An unexpected internal failure' },
  CANCELLED: { subsystem: 'general', meaning: 'The operation was cancelled' },
} as const satisfies Record<string, ErrorCodeInfo>;

/** Every code of {@link ERROR_CODES}. */
export type DriftErrorCode = keyof typeof ERROR_CODES;

/** The codes owned by subsystem `S`. */
export type CodesOf<S extends ErrorSubsystem> = {
  [C in DriftErrorCode]: (typeof ERROR_CODES)[C]['subsystem'] extends S ? C : never;
}[DriftErrorCode];

/** True when `value` is a code of the registry. */
export function isDriftErrorCode(value: string): value is DriftErrorCode {
  return Object.hasOwn(ERROR_CODES, value);
}
