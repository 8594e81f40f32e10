import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DriftError } from '../errors/drift-error.js';
import { EventDispatcher } from './event-dispatcher.js';
import type { DriftEventHandler } from './event-handler.js';

function capturingLogger(): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    logger: pino({ level: 'error' }, stream),
    lines: () =>
      chunks
        .join('')
        .trim()
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('EventDispatcher', () => {
  it('calls handlers synchronously in registration order, with the arguments', () => {
    const calls: string[] = [];
    const dispatcher = new EventDispatcher();
    dispatcher.register({ onScanStarted: (root, count) => calls.push(`a:${root}:${count}`) });
    dispatcher.register({ onScanStarted: (root) => calls.push(`b:${root}`) });
    dispatcher.emit('onScanStarted', '/repo', 3);
    expect(calls).toEqual(['a:/repo:3', 'b:/repo']);
  });

  it('skips handlers that do not implement the event', () => {
    const seen: number[] = [];
    const dispatcher = new EventDispatcher();
    dispatcher.register({});
    dispatcher.register({ onScanProgress: (processed) => seen.push(processed) });
    dispatcher.emit('onScanProgress', 100, 200);
    dispatcher.emit('onDetectorAlert', 'x', 0.5);
    expect(seen).toEqual([100]);
  });

  it('logs a throwing handler and still calls the next one', () => {
    const { logger, lines } = capturingLogger();
    const dispatcher = new EventDispatcher(logger);
    const seen: string[] = [];
    dispatcher.register({
      onError: () => {
        throw new Error('handler bug');
      },
    });
    dispatcher.register({ onError: (error) => seen.push(error.code) });
    dispatcher.emit('onError', new DriftError('SCAN_ERROR', 'x'));
    expect(seen).toEqual(['SCAN_ERROR']);
    const [line] = lines();
    expect(line?.['event']).toBe('onError');
    expect((line?.['err'] as { message: string }).message).toBe('handler bug');
  });

  it('keeps `this` bound to the handler object', () => {
    class Counter implements DriftEventHandler {
      count = 0;
      onScanProgress(): void {
        this.count += 1;
      }
    }
    const counter = new Counter();
    const dispatcher = new EventDispatcher();
    dispatcher.register(counter);
    dispatcher.emit('onScanProgress', 1, 2);
    expect(counter.count).toBe(1);
  });

  it('unregisters', () => {
    const dispatcher = new EventDispatcher();
    let calls = 0;
    const off = dispatcher.register({ onScanProgress: () => (calls += 1) });
    expect(dispatcher.size).toBe(1);
    off();
    dispatcher.emit('onScanProgress', 1, 1);
    expect(calls).toBe(0);
    expect(dispatcher.size).toBe(0);
  });
});
