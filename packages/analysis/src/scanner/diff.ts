import type { StoredFileState, StoredSkipReason } from '@drift/storage';
import type { CheckedFile } from './file-check.js';

/** How the files on disk differ from the `files` table, before anything is read. */
export interface FileDiff {
  /** New files, and files whose size or mtime changed (all files when forced). */
  readonly toRead: readonly CheckedFile[];
  /** Changed files over `scan.max_file_size`: recorded as skipped without being read. */
  readonly tooLarge: readonly CheckedFile[];
  /** Stored paths that are no longer in the project. */
  readonly removed: readonly string[];
  /** Analysed files whose size and mtime match the stored row (not read again). */
  readonly unchanged: number;
  /** Files stored as skipped whose size and mtime match (not read again), by reason. */
  readonly unchangedSkipped: Readonly<Record<StoredSkipReason, number>>;
}

/**
 * Diffs stat results against stored state (ARCHITECTURE §4 "diff"): a file whose size and
 * mtime equal the stored row is unchanged without reading it, as git's index does; `force`
 * (`scan.force_full_scan`) reads every file anyway. Content hashes decide later whether a read
 * file really changed.
 */
export function diffFiles(
  files: readonly CheckedFile[],
  stored: ReadonlyMap<string, StoredFileState>,
  options: { readonly force: boolean; readonly maxFileSize: number },
): FileDiff {
  const toRead: CheckedFile[] = [];
  const tooLarge: CheckedFile[] = [];
  const present = new Set<string>();
  const unchangedSkipped: Record<StoredSkipReason, number> = { binary: 0, too_large: 0 };
  let unchanged = 0;
  for (const file of files) {
    present.add(file.path);
    const previous = stored.get(file.path);
    if (
      !options.force &&
      previous !== undefined &&
      previous.size === file.size &&
      previous.mtimeMs === file.mtimeMs
    ) {
      if (previous.skipReason === null) unchanged += 1;
      else unchangedSkipped[previous.skipReason] += 1;
    } else if (file.size > options.maxFileSize) {
      tooLarge.push(file);
    } else {
      toRead.push(file);
    }
  }
  const removed = [...stored.keys()].filter((path) => !present.has(path));
  return { toRead, tooLarge, removed, unchanged, unchangedSkipped };
}
