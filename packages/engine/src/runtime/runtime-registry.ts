import { PipelineError } from '@drift/core';
import { DriftRuntime, type RuntimeOptions } from './drift-runtime.js';

let current: DriftRuntime | undefined;
let starting: Promise<DriftRuntime> | undefined;

/**
 * Creates the process's one runtime (spec 004 §4 "Singleton Runtime Pattern").
 *
 * @throws PipelineError `ALREADY_INITIALIZED` when called twice without `shutdownRuntime`;
 *   the errors of `DriftRuntime.create` otherwise.
 */
export async function startRuntime(options: RuntimeOptions): Promise<DriftRuntime> {
  if (current !== undefined || starting !== undefined) {
    throw new PipelineError(
      'ALREADY_INITIALIZED',
      'the Drift runtime is already initialised; call driftShutdown() first',
    );
  }
  starting = DriftRuntime.create(options);
  try {
    current = await starting;
    return current;
  } finally {
    starting = undefined;
  }
}

/**
 * The runtime.
 *
 * @throws PipelineError `RUNTIME_NOT_INITIALIZED` before `driftInitialize()`.
 */
export function getRuntime(): DriftRuntime {
  if (current === undefined) {
    throw new PipelineError('RUNTIME_NOT_INITIALIZED', 'call driftInitialize() first');
  }
  return current;
}

/** The runtime if one is running. */
export function peekRuntime(): DriftRuntime | undefined {
  return current;
}

/** Closes and forgets the runtime; a no-op when none is running. */
export async function shutdownRuntime(): Promise<void> {
  const runtime = current;
  current = undefined;
  await runtime?.close();
}
