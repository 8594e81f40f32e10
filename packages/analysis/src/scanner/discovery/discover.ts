import type { NonFatalError } from '@drift/core';
import type { PathFilter } from '../ignore-rules.js';
import { listGitFiles } from './git-files.js';
import { walkDirectory } from './walk.js';

/** The candidate paths of a project, before stat and classification. */
export interface Discovery {
  /** `git` inside a git work tree, else `walk`. */
  readonly mode: 'git' | 'walk';
  /** Root-relative, `/`-separated paths. */
  readonly paths: readonly string[];
  readonly errors: readonly NonFatalError[];
}

/**
 * Lists a project's candidate files (ARCHITECTURE §4 "discover"): `git ls-files -co
 * --exclude-standard` inside a git work tree, otherwise a walk honouring `.gitignore` files at
 * every level; in both cases filtered by `.driftignore`, `scan.extra_ignore` and the
 * always-skipped folders (`.git/`, `.drift/`, `node_modules/`).
 */
export function discoverFiles(root: string, filter: PathFilter): Discovery {
  const gitFiles = listGitFiles(root);
  if (gitFiles !== null) {
    return { mode: 'git', paths: gitFiles.filter((path) => !filter.ignores(path)), errors: [] };
  }
  const walked = walkDirectory(root, '', filter, true);
  return { mode: 'walk', paths: walked.files, errors: walked.errors };
}
