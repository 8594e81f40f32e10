import {
  ERROR_CODES,
  isDriftErrorCode,
  type CodesOf,
  type DriftErrorCode,
  type ErrorSubsystem,
} from './codes.js';

/** Options of every `DriftError` constructor. */
export interface DriftErrorOptions {
  /** The underlying error, kept for logs; never shown to users as a stack trace. */
  readonly cause?: unknown;
  /** Structured context (paths, counts) for logs and JSON output. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * The one error type that crosses the engine boundary (ARCHITECTURE §3 rule 5).
 *
 * `message` is formatted `[CODE] reason` so the code survives any serialisation (worker
 * messages, JSON-RPC); `reason` is the human part alone.
 */
export class DriftError extends Error {
  /** A code of the registry (`ERROR_CODES`). */
  readonly code: DriftErrorCode;
  /** The human-readable message without the `[CODE]` prefix. */
  readonly reason: string;
  /** Structured context, if any. */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: DriftErrorCode, reason: string, options: DriftErrorOptions = {}) {
    super(`[${code}] ${reason}`, options.cause === undefined ? {} : { cause: options.cause });
    this.name = 'DriftError';
    this.code = code;
    this.reason = reason;
    this.details = options.details;
  }

  /** The subsystem that owns this error's code. */
  get subsystem(): ErrorSubsystem {
    return ERROR_CODES[this.code].subsystem;
  }

  /** A plain object for `--json` output and structured logs. */
  toJSON(): { code: DriftErrorCode; message: string; details?: Readonly<Record<string, unknown>> } {
    return this.details === undefined
      ? { code: this.code, message: this.reason }
      : { code: this.code, message: this.reason, details: this.details };
  }
}

/** Scanner failures: `SCAN_ERROR`, `SCAN_CANCELLED`, `FILE_TOO_LARGE`, `PERMISSION_DENIED`. */
export class ScanError extends DriftError {
  declare readonly code: CodesOf<'scanner'>;
  constructor(code: CodesOf<'scanner'>, reason: string, options?: DriftErrorOptions) {
    super(code, reason, options);
    this.name = 'ScanError';
  }
}

/** Parser failures: `PARSE_ERROR`, `UNSUPPORTED_LANGUAGE`, `QUERY_COMPILATION`. */
export class ParseError extends DriftError {
  declare readonly code: CodesOf<'parser'>;
  constructor(code: CodesOf<'parser'>, reason: string, options?: DriftErrorOptions) {
    super(code, reason, options);
    this.name = 'ParseError';
  }
}

/**
 * Storage failures: `STORAGE_ERROR`, `DB_BUSY`, `DB_CORRUPT`, `DB_DISK_FULL`,
 * `MIGRATION_FAILED`, `LOCK_POISONED`.
 */
export class StorageError extends DriftError {
  declare readonly code: CodesOf<'storage'>;
  constructor(code: CodesOf<'storage'>, reason: string, options?: DriftErrorOptions) {
    super(code, reason, options);
    this.name = 'StorageError';
  }
}

/** Detector failures: `DETECTION_ERROR`. */
export class DetectionError extends DriftError {
  declare readonly code: CodesOf<'detection'>;
  constructor(code: CodesOf<'detection'>, reason: string, options?: DriftErrorOptions) {
    super(code, reason, options);
    this.name = 'DetectionError';
  }
}

/** Call graph failures: `CALL_GRAPH_ERROR`. */
export class CallGraphError extends DriftError {
  declare readonly code: CodesOf<'callgraph'>;
  constructor(code: CodesOf<'callgraph'>, reason: string, options?: DriftErrorOptions) {
    super(code, reason, options);
    this.name = 'CallGraphError';
  }
}

/** Configuration failures: `CONFIG_ERROR`. */
export class ConfigError extends DriftError {
  declare readonly code: CodesOf<'config'>;
  constructor(code: CodesOf<'config'>, reason: string, options?: DriftErrorOptions) {
    super(code, reason, options);
    this.name = 'ConfigError';
  }
}

/** Licensing failures: `LICENSE_ERROR`. */
export class LicenseError extends DriftError {
  declare readonly code: CodesOf<'licensing'>;
  constructor(code: CodesOf<'licensing'>, reason: string, options?: DriftErrorOptions) {
    super(code, reason, options);
    this.name = 'LicenseError';
  }
}

/**
 * Failures of a whole run (scan, batch, lifecycle) that aggregate subsystem errors; accepts any
 * code because it re-raises what a subsystem reported.
 */
export class PipelineError extends DriftError {
  constructor(code: DriftErrorCode, reason: string, options?: DriftErrorOptions) {
    super(code, reason, options);
    this.name = 'PipelineError';
  }
}

/**
 * Builds the `DriftError` subclass that owns `code` (a `DB_BUSY` becomes a `StorageError`), so
 * `instanceof` checks keep working after an error crossed a worker or process boundary.
 */
export function createDriftError(
  code: DriftErrorCode,
  reason: string,
  options?: DriftErrorOptions,
): DriftError {
  switch (ERROR_CODES[code].subsystem) {
    case 'scanner':
      return new ScanError(code as CodesOf<'scanner'>, reason, options);
    case 'parser':
      return new ParseError(code as CodesOf<'parser'>, reason, options);
    case 'storage':
      return new StorageError(code as CodesOf<'storage'>, reason, options);
    case 'detection':
      return new DetectionError(code as CodesOf<'detection'>, reason, options);
    case 'callgraph':
      return new CallGraphError(code as CodesOf<'callgraph'>, reason, options);
    case 'config':
      return new ConfigError(code as CodesOf<'config'>, reason, options);
    case 'licensing':
      return new LicenseError(code as CodesOf<'licensing'>, reason, options);
    default:
      return new DriftError(code, reason, options);
  }
}

const CODED_MESSAGE = /^\[([A-Z_]+)\]\s*([\s\S]*)$/;

/**
 * Turns anything thrown (a `DriftError`, an `Error` whose message is `[CODE] reason` after
 * crossing a worker boundary, a string, or any other value) into a `DriftError`.
 * Messages without a known code become `INTERNAL_ERROR` with the original as `cause`.
 *
 * Source: spec 004 §6 "TypeScript Client Error Parsing".
 */
export function parseDriftError(value: unknown): DriftError {
  if (value instanceof DriftError) return value;
  const message =
    value instanceof Error ? value.message : typeof value === 'string' ? value : String(value);
  const match = CODED_MESSAGE.exec(message);
  const code = match?.[1];
  if (match !== null && code !== undefined && isDriftErrorCode(code)) {
    return createDriftError(code, match[2] ?? '', { cause: value });
  }
  return new DriftError('INTERNAL_ERROR', message, { cause: value });
}

/** True when `value` is a `DriftError` carrying `code`. */
export function hasErrorCode(value: unknown, code: DriftErrorCode): value is DriftError {
  return value instanceof DriftError && value.code === code;
}
