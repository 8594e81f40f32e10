import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where a project's Drift files live (spec 000 §20 ".drift/ Directory Structure"). */
export interface WorkspacePaths {
  /** Absolute project root. */
  readonly projectRoot: string;
  /** `<root>/.drift`. */
  readonly driftDir: string;
  /** `<root>/.drift/drift.db`. */
  readonly dbPath: string;
  /** `<root>/.drift/lock`: the workspace lock file. */
  readonly lockPath: string;
  /** `<root>/.drift/cache`: transient data, safe to delete. */
  readonly cacheDir: string;
  /** `<root>/drift.toml`. */
  readonly configPath: string;
}

/** The name of the workspace folder. */
export const DRIFT_DIR_NAME = '.drift';

/** The workspace paths of a project root. */
export function workspacePaths(projectRoot: string, dbPath?: string): WorkspacePaths {
  const root = resolve(projectRoot);
  const driftDir = join(root, DRIFT_DIR_NAME);
  return {
    projectRoot: root,
    driftDir,
    dbPath: dbPath === undefined ? join(driftDir, 'drift.db') : resolve(dbPath),
    lockPath: join(driftDir, 'lock'),
    cacheDir: join(driftDir, 'cache'),
    configPath: join(root, 'drift.toml'),
  };
}

/**
 * The nearest folder at or above `start` that holds a `.drift/` folder, or null: how commands
 * run from a subfolder find their project, as git finds `.git/`.
 */
export function findProjectRoot(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, DRIFT_DIR_NAME);
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
