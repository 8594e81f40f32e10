import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { DriftError } from '@drift/core';
import { findProjectRoot } from '@drift/engine/workspace-paths';
import { UsageError } from './output/errors.js';

/** Global options every command sees. */
export interface GlobalOptions {
  readonly root?: string;
  readonly color: boolean;
}

/**
 * An existing folder given on the command line, made absolute.
 *
 * @throws DriftError `SCAN_ERROR` when it does not exist or is not a folder.
 */
export function existingFolder(path: string): string {
  const absolute = resolve(path);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    throw new DriftError('SCAN_ERROR', `no such folder: ${path}`);
  }
  if (!isDirectory) throw new DriftError('SCAN_ERROR', `not a folder: ${path}`);
  return absolute;
}

/**
 * The project a command works on: `--root`, else the nearest folder at or above the current
 * one holding `.drift/`, else (when `mustExist` is false) the current folder.
 *
 * @throws DriftError `NOT_FOUND` when `mustExist` and no project is found.
 */
export function projectRoot(options: GlobalOptions, mustExist: boolean): string {
  if (options.root !== undefined) return existingFolder(options.root);
  const found = findProjectRoot(process.cwd());
  if (found !== null) return found;
  if (!mustExist) return process.cwd();
  throw new DriftError(
    'NOT_FOUND',
    `no Drift project in ${process.cwd()} or above (no .drift/ folder)`,
  );
}

/**
 * Files or folders given on the command line, made absolute, all inside the project at `root`.
 *
 * @throws UsageError naming the first path outside `root`, with the `--root` hint.
 */
export function pathsInProject(root: string, paths: readonly string[]): string[] {
  return paths.map((path) => {
    const absolute = resolve(path);
    const inside = relative(root, absolute);
    if (inside.startsWith('..') || isAbsolute(inside))
      throw new UsageError(
        `${path} is outside the project at ${root}`,
        `run drift from inside that project, or pass --root ${path} to check it`,
      );
    return absolute;
  });
}

/**
 * {@link pathsInProject}, as root-relative `/`-separated paths (`src/user.ts`), the form drift.db
 * stores.
 *
 * @throws UsageError naming the first path outside `root`.
 */
export function relativePathsInProject(root: string, paths: readonly string[]): string[] {
  return pathsInProject(root, paths).map((path) => relative(root, path).split(sep).join('/'));
}
