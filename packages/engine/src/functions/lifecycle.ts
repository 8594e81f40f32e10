import type { ResolvedConfig } from '@drift/core';
import { asyncBoundary, boundary } from '../runtime/boundary.js';
import type { RuntimeOptions } from '../runtime/drift-runtime.js';
import { getRuntime, shutdownRuntime, startRuntime } from '../runtime/runtime-registry.js';

/**
 * Initialises the runtime (spec 004 §10.1 `drift_initialize`): loads the configuration, creates
 * `.drift/` and opens drift.db, migrating it (with a backup first) when needed.
 *
 * @throws DriftError `ALREADY_INITIALIZED`, `CONFIG_ERROR`, `DB_CORRUPT`, `DB_BUSY`,
 *   `MIGRATION_FAILED`, `STORAGE_ERROR`.
 */
export async function driftInitialize(options: RuntimeOptions = {}): Promise<void> {
  await asyncBoundary(async () => {
    await startRuntime(options);
  });
}

/**
 * Shuts the runtime down (spec 004 §10.1 `drift_shutdown`): cancels a running scan, stops the
 * workers, checkpoints the WAL and closes drift.db. Safe to call when not initialised.
 */
export async function driftShutdown(): Promise<void> {
  await asyncBoundary(shutdownRuntime);
}

/**
 * Returns the resolved configuration with the source of each key (spec 004 §10.1
 * `drift_configure`); with `configToml`, first replaces the project layer by that TOML.
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `CONFIG_ERROR`.
 */
export function driftConfigure(configToml?: string): ResolvedConfig {
  return boundary(() => {
    const runtime = getRuntime();
    return configToml === undefined ? runtime.resolvedConfig : runtime.reconfigure(configToml);
  });
}
