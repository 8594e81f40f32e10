import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkspacePaths } from './workspace-paths.js';

/**
 * Creates `.drift/` with a `.gitignore` of `*`, so git never lists drift.db, backups or the
 * lock file as untracked changes (drift.toml lives in the project root and is committed).
 * Returns true when the folder was created.
 */
export function ensureWorkspaceFolder(paths: WorkspacePaths): boolean {
  const created = !existsSync(paths.driftDir);
  mkdirSync(paths.driftDir, { recursive: true });
  const gitignore = join(paths.driftDir, '.gitignore');
  if (!existsSync(gitignore))
    writeFileSync(gitignore, '# Drift workspace: local state, not committed.\n*\n');
  return created;
}
