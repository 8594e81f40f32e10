import { describe, expect, it } from 'vitest';
import { BATCH_MAX_BYTES, batchByteLimit, makeBatches, runBounded } from './batches.js';

describe('makeBatches', () => {
  it('caps files and bytes per batch, never leaving a file out, largest batch first', () => {
    const files = [5, 5, 5, 20, 1, 1].map((size, i) => ({ size, i }));
    expect(makeBatches(files, 2, 100).map((b) => b.map((f) => f.i))).toEqual([
      [2, 3],
      [0, 1],
      [4, 5],
    ]);
    expect(makeBatches(files, 10, 12).map((b) => b.map((f) => f.i))).toEqual([
      [3],
      [0, 1],
      [2],
      [4, 5],
    ]);
    expect(makeBatches([], 10, 10)).toEqual([]);
  });
});

describe('runBounded', () => {
  it('keeps at most `concurrency` items in flight and reports every outcome', async () => {
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    await runBounded(
      [1, 2, 3, 4, 5, 6, 7],
      3,
      async (n) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, n % 3));
        inFlight -= 1;
        if (n === 4) throw new Error('four');
        return n * 10;
      },
      (outcome, n) => done.push(outcome.status === 'fulfilled' ? outcome.value : -n),
      () => false,
    );
    expect(peak).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual([-4, 10, 20, 30, 50, 60, 70]);
  });

  it('starts nothing new once told to stop', async () => {
    const started: number[] = [];
    let stop = false;
    await runBounded(
      [1, 2, 3, 4],
      1,
      (n) => {
        started.push(n);
        return Promise.resolve(n);
      },
      (_outcome, n) => {
        if (n === 2) stop = true;
      },
      () => stop,
    );
    expect(started).toEqual([1, 2]);
  });

  it('rethrows the first onDone error after the items in flight finish', async () => {
    const finished: number[] = [];
    await expect(
      runBounded(
        [1, 2, 3, 4],
        2,
        async (n) => {
          await new Promise((resolve) => setTimeout(resolve, n === 2 ? 20 : 1));
          finished.push(n);
          return n;
        },
        (outcome) => {
          if (outcome.status === 'fulfilled' && outcome.value === 1)
            throw new Error('write failed');
        },
        () => false,
      ),
    ).rejects.toThrow('write failed');
    expect(finished.sort()).toEqual([1, 2]);
  });
});

describe('batchByteLimit', () => {
  it('aims at four batches per worker, between 32 KiB and 1 MiB', () => {
    expect(batchByteLimit(800 * 1024, 2)).toBe(100 * 1024);
    expect(batchByteLimit(10 * 1024, 2)).toBe(32 * 1024);
    expect(batchByteLimit(100 * 1024 * 1024, 2)).toBe(BATCH_MAX_BYTES);
    expect(batchByteLimit(1000, 0)).toBe(32 * 1024);
  });
});
