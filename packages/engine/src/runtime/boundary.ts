import { DriftError, parseDriftError } from '@drift/core';
import { isSqliteError, mapSqliteError } from '@drift/storage';

/**
 * Turns anything thrown below the engine boundary into a `DriftError` (ARCHITECTURE §3 rule 5):
 * SQLite errors through the storage mapping, everything else through `parseDriftError`.
 */
export function toDriftError(error: unknown): DriftError {
  if (error instanceof DriftError) return error;
  if (isSqliteError(error)) return mapSqliteError(error);
  return parseDriftError(error);
}

/** Runs a synchronous engine function, rethrowing failures as `DriftError`s. */
export function boundary<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw toDriftError(error);
  }
}

/** Runs an async engine function, rethrowing failures as `DriftError`s. */
export async function asyncBoundary<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toDriftError(error);
  }
}
