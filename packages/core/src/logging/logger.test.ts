import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/drift-error.js';
import { parseLogLevels } from './log-levels.js';
import { configureLogging, getLogger, startSpan } from './logger.js';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

afterEach(() => configureLogging({ env: {}, pretty: false }));

describe('parseLogLevels', () => {
  it('defaults to warn', () => {
    expect(parseLogLevels({})).toEqual({ defaultLevel: 'warn', subsystems: {} });
  });

  it('reads LOG_LEVEL as the default and DRIFT_LOG per subsystem', () => {
    expect(
      parseLogLevels({ LOG_LEVEL: 'info', DRIFT_LOG: 'scanner=debug, storage=ERROR' }),
    ).toEqual({ defaultLevel: 'info', subsystems: { scanner: 'debug', storage: 'error' } });
  });

  it('takes a bare DRIFT_LOG level as the default', () => {
    expect(parseLogLevels({ LOG_LEVEL: 'info', DRIFT_LOG: 'trace' }).defaultLevel).toBe('trace');
  });

  it('rejects unknown levels and empty subsystems', () => {
    expect(() => parseLogLevels({ DRIFT_LOG: 'scanner=verbose' })).toThrow(ConfigError);
    expect(() => parseLogLevels({ DRIFT_LOG: 'scanner=verbose' })).toThrow(
      '[CONFIG_ERROR] env DRIFT_LOG: unknown log level "verbose"',
    );
    expect(() => parseLogLevels({ LOG_LEVEL: 'loud' })).toThrow('env LOG_LEVEL');
    expect(() => parseLogLevels({ DRIFT_LOG: '=debug' })).toThrow('missing subsystem');
  });
});

describe('getLogger', () => {
  it('gives each subsystem its own level and tags its lines', () => {
    const { stream, lines } = capture();
    configureLogging({ env: { DRIFT_LOG: 'scanner=debug' }, destination: stream, pretty: false });
    getLogger('scanner').debug('visible');
    getLogger('storage').debug('hidden');
    getLogger('storage').warn('warned');
    expect(lines().map((l) => [l['subsystem'], l['msg']])).toEqual([
      ['scanner', 'visible'],
      ['storage', 'warned'],
    ]);
    expect(getLogger('scanner')).toBe(getLogger('scanner'));
  });

  it('logs span durations at debug level', () => {
    const { stream, lines } = capture();
    configureLogging({ env: { LOG_LEVEL: 'debug' }, destination: stream, pretty: false });
    const ms = startSpan(getLogger('scanner'), 'discovery').end({ files: 3 });
    const [line] = lines();
    expect(line?.['span']).toBe('discovery');
    expect(line?.['files']).toBe(3);
    expect(line?.['durationMs']).toBe(ms);
    expect(ms).toBeGreaterThanOrEqual(0);
  });

  it('writes nothing for spans below the level', () => {
    const { stream, lines } = capture();
    configureLogging({ env: {}, destination: stream, pretty: false });
    startSpan(getLogger('scanner'), 'discovery').end();
    expect(lines()).toEqual([]);
  });
});
