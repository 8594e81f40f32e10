import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { DriftError } from '../errors/drift-error.js';
import { CancellationToken, isCancelledFlag } from './cancellation-token.js';

describe('CancellationToken', () => {
  it('starts uncancelled, then sets flag and signal once', () => {
    const token = new CancellationToken();
    let aborts = 0;
    token.signal.addEventListener('abort', () => (aborts += 1));
    expect(token.isCancelled).toBe(false);
    expect(() => token.throwIfCancelled()).not.toThrow();
    token.cancel();
    token.cancel();
    expect(token.isCancelled).toBe(true);
    expect(isCancelledFlag(token.flag)).toBe(true);
    expect(token.signal.aborted).toBe(true);
    expect(aborts).toBe(1);
    expect(() => token.throwIfCancelled()).toThrow(DriftError);
  });

  it('follows an outside AbortSignal, already aborted or later', () => {
    const early = new AbortController();
    early.abort();
    expect(new CancellationToken(early.signal).isCancelled).toBe(true);
    const late = new AbortController();
    const token = new CancellationToken(late.signal);
    expect(token.isCancelled).toBe(false);
    late.abort();
    expect(token.isCancelled).toBe(true);
  });

  it('is seen by a worker thread through the shared flag', async () => {
    const token = new CancellationToken();
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const flag = workerData;
       parentPort.postMessage('ready');
       const poll = () => Atomics.load(flag, 0) === 1 ? parentPort.postMessage('cancelled') : setTimeout(poll, 1);
       poll();`,
      { eval: true, workerData: token.flag },
    );
    const messages: string[] = [];
    const done = new Promise<void>((resolve) => {
      worker.on('message', (message: string) => {
        messages.push(message);
        if (message === 'ready') token.cancel();
        if (message === 'cancelled') resolve();
      });
    });
    await done;
    await worker.terminate();
    expect(messages).toEqual(['ready', 'cancelled']);
  });
});
