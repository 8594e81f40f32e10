import { describe, expect, it } from 'vitest';
import type { FileBatch, FileBatchResult } from './file-processor.js';
import { readIsolating } from './read-isolating.js';

const batch = (...paths: string[]): FileBatch => ({
  root: '/project',
  files: paths.map((path) => ({ path, language: 'typescript' })),
  options: { maxFileSize: 100, skipBinary: true, computeHashes: false, hashAlgorithm: 'xxh64' },
});

/** A reader that fails any batch holding `bad.ts`, and records the batches it was given. */
function reader(calls: string[][]) {
  return (given: FileBatch): Promise<FileBatchResult> => {
    const paths = given.files.map((f) => f.path);
    calls.push(paths);
    if (paths.includes('bad.ts'))
      return Promise.reject(new Error('[SCAN_ERROR] could not be cloned'));
    return Promise.resolve({
      results: paths.map(
        (path) => ({ kind: 'skipped', path, reason: 'binary', size: 1, mtimeMs: 0 }) as const,
      ),
      cancelled: false,
      bytesRead: paths.length,
    });
  };
}

describe('readIsolating', () => {
  it('reads a batch once when it succeeds', async () => {
    const calls: string[][] = [];
    const result = await readIsolating(reader(calls), batch('a.ts', 'b.ts'), () => false);
    expect(calls).toEqual([['a.ts', 'b.ts']]);
    expect(result.results.map((r) => r.path)).toEqual(['a.ts', 'b.ts']);
  });

  it('reads the files of a failed batch one by one, losing only the file that fails alone', async () => {
    const calls: string[][] = [];
    const result = await readIsolating(reader(calls), batch('a.ts', 'bad.ts', 'c.ts'), () => false);
    expect(calls).toEqual([['a.ts', 'bad.ts', 'c.ts'], ['a.ts'], ['bad.ts'], ['c.ts']]);
    expect(result).toEqual({
      results: [
        { kind: 'skipped', path: 'a.ts', reason: 'binary', size: 1, mtimeMs: 0 },
        { kind: 'failed', path: 'bad.ts', code: 'SCAN_ERROR', reason: 'could not be cloned' },
        { kind: 'skipped', path: 'c.ts', reason: 'binary', size: 1, mtimeMs: 0 },
      ],
      cancelled: false,
      bytesRead: 2,
    });
  });

  it('gives up the rest of a batch once files fail alone twice in a row', async () => {
    const calls: string[][] = [];
    const failing = (given: FileBatch): Promise<FileBatchResult> => {
      calls.push(given.files.map((f) => f.path));
      return Promise.reject(new Error('[SCAN_ERROR] worker cannot start'));
    };
    const result = await readIsolating(failing, batch('a.ts', 'b.ts', 'c.ts', 'd.ts'), () => false);
    expect(calls).toEqual([['a.ts', 'b.ts', 'c.ts', 'd.ts'], ['a.ts'], ['b.ts']]);
    expect(result.results).toEqual(
      ['a.ts', 'b.ts', 'c.ts', 'd.ts'].map((path) => ({
        kind: 'failed',
        path,
        code: 'SCAN_ERROR',
        reason: 'worker cannot start',
      })),
    );
  });

  it('rethrows the failure of a one-file batch, and stops retrying once cancelled', async () => {
    await expect(readIsolating(reader([]), batch('bad.ts'), () => false)).rejects.toThrow(
      'could not be cloned',
    );
    const calls: string[][] = [];
    let stop = false;
    const read = reader(calls);
    const result = await readIsolating(
      (given) => {
        const outcome = read(given);
        stop = calls.length >= 2;
        return outcome;
      },
      batch('bad.ts', 'b.ts', 'c.ts'),
      () => stop,
    );
    expect(calls).toEqual([['bad.ts', 'b.ts', 'c.ts'], ['bad.ts']]);
    expect(result.cancelled).toBe(true);
    expect(result.results.map((r) => r.path)).toEqual(['bad.ts']);
  });
});
