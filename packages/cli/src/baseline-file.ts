import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Violation } from '@drift/core';
import { DriftError } from '@drift/core';
import writeFileAtomic from 'write-file-atomic';

/** `.drift/baseline.json`: the violations accepted as they are, by fingerprint. */
export interface Baseline {
  readonly version: 1;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly violations: readonly {
    readonly fingerprint: string;
    readonly detectorId: string;
    readonly file: string;
    readonly line: number;
  }[];
}

/** Where the baseline of a workspace lives. */
export function baselinePath(driftDir: string): string {
  return join(driftDir, 'baseline.json');
}

/**
 * The workspace's baseline, or null when there is none.
 *
 * @throws DriftError `CONFIG_ERROR` when the file is not a baseline Drift wrote.
 */
export function readBaseline(driftDir: string): Baseline | null {
  const path = baselinePath(driftDir);
  if (!existsSync(path)) return null;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Baseline>;
    if (parsed.version !== 1 || !Array.isArray(parsed.violations)) throw new Error('unknown shape');
    return parsed as Baseline;
  } catch (error) {
    throw new DriftError(
      'CONFIG_ERROR',
      `${path} is not a Drift baseline (${(error as Error).message}); recreate it with \`drift baseline create\``,
    );
  }
}

/** Writes the baseline of `violations` (atomically: a crash leaves the old one). */
export function writeBaseline(driftDir: string, violations: readonly Violation[]): Baseline {
  const baseline: Baseline = {
    version: 1,
    createdAt: new Date().toISOString(),
    violations: violations.map((v) => ({
      fingerprint: v.fingerprint,
      detectorId: v.detectorId,
      file: v.file,
      line: v.line,
    })),
  };
  writeFileAtomic.sync(baselinePath(driftDir), `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline;
}

/** Deletes the baseline; returns whether there was one. */
export function clearBaseline(driftDir: string): boolean {
  const path = baselinePath(driftDir);
  const existed = existsSync(path);
  rmSync(path, { force: true });
  return existed;
}
