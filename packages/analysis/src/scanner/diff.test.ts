import type { StoredFileState } from '@drift/storage';
import { describe, expect, it } from 'vitest';
import { diffFiles } from './diff.js';
import type { CheckedFile } from './file-check.js';

function onDisk(path: string, size: number, mtimeMs: number): CheckedFile {
  return { path, language: 'typescript', size, mtimeMs };
}

function row(
  id: number,
  size: number,
  mtimeMs: number,
  skipReason: StoredFileState['skipReason'] = null,
): StoredFileState {
  return { id, size, mtimeMs, contentHash: skipReason === null ? 'h' : null, skipReason };
}

const stored = new Map<string, StoredFileState>([
  ['same.ts', row(1, 10, 100)],
  ['touched.ts', row(2, 10, 100)],
  ['resized.ts', row(3, 10, 100)],
  ['binary.ts', row(4, 5, 100, 'binary')],
  ['big.ts', row(5, 900, 100, 'too_large')],
  ['gone.ts', row(6, 1, 1)],
]);

const files = [
  onDisk('same.ts', 10, 100),
  onDisk('touched.ts', 10, 101),
  onDisk('resized.ts', 11, 100),
  onDisk('binary.ts', 5, 100),
  onDisk('big.ts', 900, 100),
  onDisk('new.ts', 3, 1),
  onDisk('new-big.ts', 901, 1),
];

describe('diffFiles', () => {
  it('reads only new and stat-changed files, and finds removals', () => {
    const diff = diffFiles(files, stored, { force: false, maxFileSize: 500 });
    expect(diff.toRead.map((f) => f.path)).toEqual(['touched.ts', 'resized.ts', 'new.ts']);
    expect(diff.tooLarge.map((f) => f.path)).toEqual(['new-big.ts']);
    expect(diff.removed).toEqual(['gone.ts']);
    expect(diff.unchanged).toBe(1);
    expect(diff.unchangedSkipped).toEqual({ binary: 1, too_large: 1 });
  });

  it('reads every file when forced, still sparing oversized ones', () => {
    const diff = diffFiles(files, stored, { force: true, maxFileSize: 500 });
    expect(diff.toRead.map((f) => f.path)).toEqual([
      'same.ts',
      'touched.ts',
      'resized.ts',
      'binary.ts',
      'new.ts',
    ]);
    expect(diff.tooLarge.map((f) => f.path)).toEqual(['big.ts', 'new-big.ts']);
    expect(diff.unchanged).toBe(0);
  });
});
