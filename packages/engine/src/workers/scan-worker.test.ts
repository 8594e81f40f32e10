import type { FileBatch } from '@drift/analysis/file-processor';
import { describe, expect, it, vi } from 'vitest';
import runScanTask from './scan-worker.js';

const events: string[] = [];

vi.mock('@drift/analysis/file-processor', () => ({
  processBatch: (batch: FileBatch) => {
    events.push(`start ${batch.root}`);
    return Promise.resolve({ results: [], cancelled: false, bytesRead: 0 });
  },
}));

const task = (root: string): { batch: FileBatch; flag: Int32Array } => ({
  batch: {
    root,
    files: [],
    options: { maxFileSize: 1, skipBinary: true, computeHashes: false, hashAlgorithm: 'xxh64' },
  },
  flag: new Int32Array(1),
});

describe('runScanTask', () => {
  it('finishes a queued task before the next one starts', async () => {
    events.length = 0;
    await Promise.all(
      ['a', 'b'].map((root) => runScanTask(task(root)).then(() => events.push(`done ${root}`))),
    );
    expect(events).toEqual(['start a', 'done a', 'start b', 'done b']);
  });
});
