import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { NonFatalError } from '@drift/core';
import ignore, { type Ignore } from 'ignore';
import type { PathFilter } from '../ignore-rules.js';

interface GitignoreLevel {
  /** Root-relative folder of the .gitignore ('' for the root). */
  readonly base: string;
  readonly rules: Ignore;
}

interface PendingDir {
  readonly path: string;
  readonly levels: readonly GitignoreLevel[];
}

/** Files found by {@link walkDirectory}, and folders it could not read. */
export interface WalkResult {
  /** Root-relative, `/`-separated paths of regular files and symbolic links (not followed). */
  readonly files: string[];
  readonly errors: NonFatalError[];
}

function relativeTo(base: string, path: string): string {
  return base === '' ? path : path.slice(base.length + 1);
}

/**
 * Git's rule across levels: each `.gitignore` from the root down may ignore or re-include
 * (`!pattern`) a path; the deepest level that says anything wins.
 */
function ignoredByGitignore(
  levels: readonly GitignoreLevel[],
  path: string,
  isDirectory: boolean,
): boolean {
  let ignored = false;
  for (const level of levels) {
    const relative = relativeTo(level.base, path);
    const result = level.rules.test(isDirectory ? `${relative}/` : relative);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

function loadGitignore(root: string, dir: string): Ignore | undefined {
  try {
    return ignore().add(readFileSync(join(root, dir, '.gitignore'), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Walks a folder without git: honours `.gitignore` files at every level (when
 * `honourGitignore`) and the project filter, never descends into an ignored folder (as git
 * does), and reports symbolic links as entries without following them.
 *
 * @param root absolute project root.
 * @param start root-relative folder to walk ('' for the root).
 */
export function walkDirectory(
  root: string,
  start: string,
  filter: PathFilter,
  honourGitignore: boolean,
): WalkResult {
  const files: string[] = [];
  const errors: NonFatalError[] = [];
  const stack: PendingDir[] = [{ path: start, levels: [] }];
  while (stack.length > 0) {
    const dir = stack.pop() as PendingDir;
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, dir.path), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      errors.push({
        file: dir.path === '' ? '.' : dir.path,
        code: code === 'EACCES' || code === 'EPERM' ? 'PERMISSION_DENIED' : 'SCAN_ERROR',
        reason: `cannot read folder (${code})`,
      });
      continue;
    }
    let levels = dir.levels;
    if (honourGitignore) {
      const rules = loadGitignore(root, dir.path);
      if (rules !== undefined) levels = [...levels, { base: dir.path, rules }];
    }
    for (const entry of entries) {
      const path = dir.path === '' ? entry.name : `${dir.path}/${entry.name}`;
      const isDirectory = entry.isDirectory();
      if (filter.ignores(path, isDirectory)) continue;
      if (levels.length > 0 && ignoredByGitignore(levels, path, isDirectory)) continue;
      if (isDirectory) stack.push({ path, levels });
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(path);
    }
  }
  return { files, errors };
}
