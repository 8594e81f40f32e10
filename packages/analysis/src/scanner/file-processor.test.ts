import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useProjects } from '../test-helpers/project.js';
import { processBatch, type ReadOptions } from './file-processor.js';
import { hashContent } from './hash.js';

const project = useProjects();

const OPTIONS: ReadOptions = {
  maxFileSize: 100,
  skipBinary: true,
  computeHashes: true,
  hashAlgorithm: 'xxh64',
};

describe('hashContent', () => {
  it('gives 16 hex digits, stable, and different per algorithm', () => {
    const bytes = Buffer.from('hello');
    expect(hashContent(bytes)).toBe('26c7827d889f6da3');
    expect(hashContent(bytes, 'xxh3')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashContent(bytes, 'xxh3')).not.toBe(hashContent(bytes));
    expect(hashContent(Buffer.alloc(0))).toHaveLength(16);
  });
});

describe('processBatch', () => {
  it('reads and hashes text, flags invalid UTF-8, skips binary and oversized files', () => {
    const root = project({
      'a.ts': 'const a = 1;\n',
      'latin1.ts': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      'bin.ts': Buffer.concat([Buffer.from('ab'), Buffer.from([0]), Buffer.from('cd')]),
      'big.ts': 'x'.repeat(101),
      'late-nul.ts': Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]),
    });
    const { results, cancelled, bytesRead } = processBatch({
      root,
      paths: ['a.ts', 'latin1.ts', 'bin.ts', 'big.ts', 'late-nul.ts'],
      options: { ...OPTIONS, maxFileSize: 10_000 - 1 },
    });
    expect(cancelled).toBe(false);
    expect(results[0]).toEqual({
      kind: 'read',
      path: 'a.ts',
      size: 13,
      mtimeMs: expect.any(Number) as number,
      hash: hashContent(Buffer.from('const a = 1;\n')),
      invalidUtf8: false,
    });
    expect(results[1]).toMatchObject({ kind: 'read', invalidUtf8: true, size: 5 });
    expect(results[2]).toMatchObject({ kind: 'skipped', reason: 'binary', size: 5 });
    expect(results[3]).toMatchObject({ kind: 'read', size: 101 });
    expect(results[4]).toMatchObject({ kind: 'read', size: 9001, invalidUtf8: false });
    expect(bytesRead).toBe(13 + 5 + 5 + 101 + 9001);
  });

  it('skips files over maxFileSize without reading them', () => {
    const root = project({ 'big.ts': 'x'.repeat(101) });
    const { results, bytesRead } = processBatch({ root, paths: ['big.ts'], options: OPTIONS });
    expect(results).toEqual([
      {
        kind: 'skipped',
        path: 'big.ts',
        reason: 'too_large',
        size: 101,
        mtimeMs: expect.any(Number) as number,
      },
    ]);
    expect(bytesRead).toBe(0);
  });

  it('keeps binary files when skipBinary is off, and leaves hashes out when computeHashes is off', () => {
    const root = project({ 'bin.ts': Buffer.from([0, 1, 2]) });
    const [result] = processBatch({
      root,
      paths: ['bin.ts'],
      options: { ...OPTIONS, skipBinary: false, computeHashes: false },
    }).results;
    expect(result).toMatchObject({ kind: 'read', hash: null, size: 3 });
  });

  it('reports files that vanished or cannot be read as failed', () => {
    const root = project();
    mkdirSync(join(root, 'dir.ts'));
    const { results } = processBatch({ root, paths: ['gone.ts', 'dir.ts'], options: OPTIONS });
    expect(results).toEqual([
      {
        kind: 'failed',
        path: 'gone.ts',
        code: 'SCAN_ERROR',
        reason: 'file vanished during the scan',
      },
      { kind: 'failed', path: 'dir.ts', code: 'SCAN_ERROR', reason: 'no longer a regular file' },
    ]);
  });

  it('stops between files once the cancellation flag is set', () => {
    const root = project({ 'a.ts': 'a', 'b.ts': 'b' });
    const flag = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(flag, 0, 1);
    expect(processBatch({ root, paths: ['a.ts', 'b.ts'], options: OPTIONS }, flag)).toEqual({
      results: [],
      cancelled: true,
      bytesRead: 0,
    });
  });
});
