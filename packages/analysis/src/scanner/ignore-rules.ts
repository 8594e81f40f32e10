import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Folders never scanned at any depth. */
export const ALWAYS_SKIPPED_DIRS: ReadonlySet<string> = new Set(['.git', '.drift', 'node_modules']);

/** The project-wide path filter: always-skipped folders, `.driftignore` and `scan.extra_ignore`. */
export interface PathFilter {
  /**
   * True when a root-relative, `/`-separated path is excluded. `isDirectory` makes patterns
   * ending in `/` match.
   */
  ignores(path: string, isDirectory?: boolean): boolean;
}

/** True when any segment of a root-relative path is an always-skipped folder. */
export function hasAlwaysSkippedSegment(path: string): boolean {
  let start = 0;
  while (start <= path.length) {
    let end = path.indexOf('/', start);
    if (end === -1) end = path.length;
    if (ALWAYS_SKIPPED_DIRS.has(path.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Builds the filter from `<root>/.driftignore` (gitignore syntax) and `scan.extra_ignore`.
 * Patterns are matched with the `ignore` package, which implements gitignore semantics.
 */
export function createPathFilter(root: string, extraIgnore: readonly string[]): PathFilter {
  const rules: Ignore = ignore();
  const driftignore = readOptional(join(root, '.driftignore'));
  if (driftignore !== undefined) rules.add(driftignore);
  rules.add([...extraIgnore]);
  const hasRules = driftignore !== undefined || extraIgnore.length > 0;
  return {
    ignores(path, isDirectory = false) {
      if (hasAlwaysSkippedSegment(path)) return true;
      if (!hasRules) return false;
      return rules.ignores(isDirectory ? `${path}/` : path);
    },
  };
}
