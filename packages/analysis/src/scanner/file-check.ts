import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Language, NonFatalError, SkipReason } from '@drift/core';
import { walkDirectory } from './discovery/walk.js';
import type { PathFilter } from './ignore-rules.js';
import { detectLanguage } from './language.js';

/** A file to diff: its language and what `stat` says of it. */
export interface CheckedFile {
  readonly path: string;
  readonly language: Language;
  /** Bytes. */
  readonly size: number;
  readonly mtimeMs: number;
}

/** A discovered entry that will not be read, and why. */
export interface SkippedEntry {
  readonly path: string;
  readonly reason: SkipReason;
}

/** What {@link checkFiles} found. */
export interface CheckResult {
  readonly files: CheckedFile[];
  readonly skipped: SkippedEntry[];
  readonly errors: NonFatalError[];
}

function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'EIO';
}

function isUnder(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}

/**
 * Classifies discovered paths without reading them: language by extension (unsupported ones
 * are never touched unless symlinks are followed), then `lstat`. Symbolic links are skipped
 * unless `followSymlinks`; followed, a broken link is `broken_symlink`, a link into its own
 * ancestry (or an `ELOOP` chain) is `symlink_loop`, and a link to a folder is walked once per
 * real folder, so the walk always ends. Paths that vanished since discovery are dropped.
 */
export function checkFiles(
  root: string,
  paths: readonly string[],
  options: { readonly followSymlinks: boolean; readonly filter: PathFilter },
): CheckResult {
  const files: CheckedFile[] = [];
  const skipped: SkippedEntry[] = [];
  const errors: NonFatalError[] = [];
  const walkedDirs = new Set<string>([realpathSync(root)]);
  const queue = [...paths];

  const unreadable = (path: string, error: unknown): void => {
    const code = errnoOf(error);
    skipped.push({ path, reason: 'unreadable' });
    errors.push({
      file: path,
      code: code === 'EACCES' || code === 'EPERM' ? 'PERMISSION_DENIED' : 'SCAN_ERROR',
      reason: `cannot stat (${code})`,
    });
  };

  const followDirectory = (path: string, absolute: string): void => {
    const target = realpathSync(absolute);
    const parent = realpathSync(join(absolute, '..'));
    if (isUnder(parent, target)) {
      skipped.push({ path, reason: 'symlink_loop' });
      errors.push({
        file: path,
        code: 'SCAN_ERROR',
        reason: 'symbolic link loops back into its own ancestry',
      });
      return;
    }
    if (walkedDirs.has(target)) return;
    walkedDirs.add(target);
    const walked = walkDirectory(root, path, options.filter, false);
    queue.push(...walked.files);
    errors.push(...walked.errors);
  };

  for (let i = 0; i < queue.length; i += 1) {
    const path = queue[i] as string;
    const language = detectLanguage(path);
    if (language === undefined && !options.followSymlinks) {
      skipped.push({ path, reason: 'unsupported' });
      continue;
    }
    const absolute = join(root, path);
    let stats: Stats;
    try {
      stats = lstatSync(absolute);
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT' && errnoOf(error) !== 'ENOTDIR') unreadable(path, error);
      continue;
    }
    if (stats.isSymbolicLink()) {
      if (!options.followSymlinks) {
        skipped.push({ path, reason: 'symlink' });
        continue;
      }
      try {
        stats = statSync(absolute);
      } catch (error) {
        const code = errnoOf(error);
        if (code === 'ENOENT' || code === 'ENOTDIR') {
          skipped.push({ path, reason: 'broken_symlink' });
          errors.push({ file: path, code: 'SCAN_ERROR', reason: 'broken symbolic link' });
        } else if (code === 'ELOOP') {
          skipped.push({ path, reason: 'symlink_loop' });
          errors.push({ file: path, code: 'SCAN_ERROR', reason: 'symbolic link loop (ELOOP)' });
        } else {
          unreadable(path, error);
        }
        continue;
      }
      if (stats.isDirectory()) {
        followDirectory(path, absolute);
        continue;
      }
    }
    if (!stats.isFile()) continue;
    if (language === undefined) {
      skipped.push({ path, reason: 'unsupported' });
      continue;
    }
    files.push({ path, language, size: stats.size, mtimeMs: stats.mtimeMs });
  }
  return { files, skipped, errors };
}
