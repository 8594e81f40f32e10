import { DriftError, parseDriftError, type DriftErrorCode } from '@drift/core';
import type { Output } from './output.js';

/** Exit codes of `drift`. */
export const EXIT = {
  ok: 0,
  /** The command ran and found problems (`drift doctor` on an unhealthy workspace). */
  findings: 1,
  /** Bad input, bad configuration, or a failure: `error[CODE]: message`. */
  error: 2,
  /** Stopped by Ctrl-C; what finished was kept (128 + SIGINT). */
  interrupted: 130,
} as const;

/** A mistake in how the command was called (not a `DriftError`). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

const HINTS: Partial<Record<DriftErrorCode, string>> = {
  DB_CORRUPT: 'run `drift doctor` to check drift.db and restore the newest good backup',
  DB_BUSY: 'another drift command is working on this project; wait for it to finish, then retry',
  DB_DISK_FULL: 'free some disk space, then run the command again',
  CONFIG_ERROR:
    'fix the value, or run `drift config list` to see every key and where it comes from',
  MIGRATION_FAILED: 'restore a backup with `drift backup restore FILE` (see `drift backup list`)',
  NOT_FOUND: 'run `drift init` or `drift scan` in the project first, or pass --root DIR',
  SCAN_ERROR: 'check that the path exists and is a folder',
  PERMISSION_DENIED: 'check the permissions of the file or folder named above',
  STORAGE_ERROR: 'run `drift doctor` to check the workspace',
  INTERNAL_ERROR: 'this is a bug in drift; please report it with the output of DRIFT_LOG=debug',
};

/**
 * Reports a failure as one line `error[CODE]: message` and a hint on stderr (and, with
 * `--json`, as `{"error": {...}}` on stdout), never a stack trace. Returns the exit code.
 */
export function reportError(output: Output, thrown: unknown): number {
  if (thrown instanceof UsageError) {
    output.note(`${output.color.red('error')}: ${thrown.message}`);
    if (thrown.hint !== undefined) output.note(`${output.color.dim('hint')}: ${thrown.hint}`);
    if (output.json) output.data({ error: { code: 'USAGE', message: thrown.message } });
    return EXIT.error;
  }
  const error: DriftError = parseDriftError(thrown);
  const firstLine = error.reason.split('\n')[0] ?? '';
  output.note(`${output.color.red(`error[${error.code}]`)}: ${firstLine}`);
  const hint = HINTS[error.code];
  if (hint !== undefined) output.note(`${output.color.dim('hint')}: ${hint}`);
  if (output.json)
    output.data({
      error: { code: error.code, message: firstLine, ...(hint === undefined ? {} : { hint }) },
    });
  return EXIT.error;
}
