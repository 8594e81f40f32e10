import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isDriftErrorCode } from './codes.js';
import {
  CallGraphError,
  ConfigError,
  createDriftError,
  DetectionError,
  DriftError,
  hasErrorCode,
  LicenseError,
  parseDriftError,
  ParseError,
  PipelineError,
  ScanError,
  StorageError,
} from './drift-error.js';
import { ErrorCollector } from './error-collector.js';

describe('ERROR_CODES', () => {
  it('holds the whole registry of spec 004 §6 plus LICENSE_ERROR and GATE_FAILED', () => {
    const spec004 = [
      'INIT_ERROR',
      'ALREADY_INITIALIZED',
      'RUNTIME_NOT_INITIALIZED',
      'CONFIG_ERROR',
      'SCAN_ERROR',
      'SCAN_CANCELLED',
      'FILE_TOO_LARGE',
      'PERMISSION_DENIED',
      'PARSE_ERROR',
      'UNSUPPORTED_LANGUAGE',
      'QUERY_COMPILATION',
      'STORAGE_ERROR',
      'DB_BUSY',
      'DB_CORRUPT',
      'DB_DISK_FULL',
      'MIGRATION_FAILED',
      'LOCK_POISONED',
      'ANALYSIS_ERROR',
      'CALL_GRAPH_ERROR',
      'DETECTION_ERROR',
      'BOUNDARY_ERROR',
      'TAINT_ERROR',
      'CONSTRAINT_ERROR',
      'NOT_FOUND',
      'INVALID_CURSOR',
      'INVALID_FILTER',
      'INTERNAL_ERROR',
      'CANCELLED',
    ];
    expect(Object.keys(ERROR_CODES).sort()).toEqual(
      [...spec004, 'LICENSE_ERROR', 'GATE_FAILED'].sort(),
    );
  });

  it('recognises registry codes only', () => {
    expect(isDriftErrorCode('DB_BUSY')).toBe(true);
    expect(isDriftErrorCode('toString')).toBe(false);
    expect(isDriftErrorCode('NOPE')).toBe(false);
  });
});

describe('DriftError', () => {
  it('formats its message as [CODE] reason and keeps the parts', () => {
    const error = new DriftError('NOT_FOUND', 'no such function', { details: { id: 'x' } });
    expect(error.message).toBe('[NOT_FOUND] no such function');
    expect(error.reason).toBe('no such function');
    expect(error.subsystem).toBe('query');
    expect(error.toJSON()).toEqual({
      code: 'NOT_FOUND',
      message: 'no such function',
      details: { id: 'x' },
    });
    expect(new DriftError('CANCELLED', 'stop').toJSON()).toEqual({
      code: 'CANCELLED',
      message: 'stop',
    });
  });

  it('has one subclass per subsystem, each named after itself', () => {
    const cases: [DriftError, string][] = [
      [new ScanError('SCAN_ERROR', 'x'), 'ScanError'],
      [new ParseError('PARSE_ERROR', 'x'), 'ParseError'],
      [new StorageError('DB_BUSY', 'x'), 'StorageError'],
      [new DetectionError('DETECTION_ERROR', 'x'), 'DetectionError'],
      [new CallGraphError('CALL_GRAPH_ERROR', 'x'), 'CallGraphError'],
      [new ConfigError('CONFIG_ERROR', 'x'), 'ConfigError'],
      [new LicenseError('LICENSE_ERROR', 'x'), 'LicenseError'],
      [new PipelineError('CANCELLED', 'x'), 'PipelineError'],
    ];
    for (const [error, name] of cases) {
      expect(error).toBeInstanceOf(DriftError);
      expect(error.name).toBe(name);
    }
  });

  it('rebuilds the owning subclass from a code', () => {
    expect(createDriftError('DB_CORRUPT', 'x')).toBeInstanceOf(StorageError);
    expect(createDriftError('FILE_TOO_LARGE', 'x')).toBeInstanceOf(ScanError);
    expect(createDriftError('QUERY_COMPILATION', 'x')).toBeInstanceOf(ParseError);
    expect(createDriftError('DETECTION_ERROR', 'x')).toBeInstanceOf(DetectionError);
    expect(createDriftError('CALL_GRAPH_ERROR', 'x')).toBeInstanceOf(CallGraphError);
    expect(createDriftError('CONFIG_ERROR', 'x')).toBeInstanceOf(ConfigError);
    expect(createDriftError('LICENSE_ERROR', 'x')).toBeInstanceOf(LicenseError);
    const plain = createDriftError('NOT_FOUND', 'x');
    expect(plain.constructor).toBe(DriftError);
  });
});

describe('parseDriftError', () => {
  it('returns a DriftError unchanged', () => {
    const error = new StorageError('DB_BUSY', 'busy');
    expect(parseDriftError(error)).toBe(error);
  });

  it('recovers code and subclass from a message that crossed a worker boundary', () => {
    const crossed = new Error('[DB_CORRUPT] file is not a database');
    const parsed = parseDriftError(crossed);
    expect(parsed).toBeInstanceOf(StorageError);
    expect(parsed.code).toBe('DB_CORRUPT');
    expect(parsed.reason).toBe('file is not a database');
    expect(parsed.cause).toBe(crossed);
  });

  it('keeps multi-line reasons whole', () => {
    expect(parseDriftError('[SCAN_ERROR] a\nb').reason).toBe('a\nb');
  });

  it('turns unknown codes, plain errors and non-errors into INTERNAL_ERROR', () => {
    expect(parseDriftError(new Error('[NOT_A_CODE] x')).code).toBe('INTERNAL_ERROR');
    expect(parseDriftError(new Error('[NOT_A_CODE] x')).reason).toBe('[NOT_A_CODE] x');
    expect(parseDriftError(new TypeError('boom')).code).toBe('INTERNAL_ERROR');
    expect(parseDriftError(42).reason).toBe('42');
  });

  it('hasErrorCode checks type and code', () => {
    expect(hasErrorCode(new StorageError('DB_BUSY', 'x'), 'DB_BUSY')).toBe(true);
    expect(hasErrorCode(new StorageError('DB_BUSY', 'x'), 'DB_CORRUPT')).toBe(false);
    expect(hasErrorCode(new Error('[DB_BUSY] x'), 'DB_BUSY')).toBe(false);
  });
});

describe('ErrorCollector', () => {
  it('counts every error by code and keeps at most maxKept verbatim', () => {
    const collector = new ErrorCollector(2);
    collector.add({ file: 'a.ts', code: 'PERMISSION_DENIED', reason: 'EACCES' });
    collector.add({ file: 'b.ts', code: 'SCAN_ERROR', reason: 'symlink loop' });
    collector.add({ file: 'c.ts', code: 'PERMISSION_DENIED', reason: 'EACCES' });
    expect(collector.total).toBe(3);
    expect(collector.errors.map((e) => e.file)).toEqual(['a.ts', 'b.ts']);
    expect(collector.countsByCode()).toEqual({ PERMISSION_DENIED: 2, SCAN_ERROR: 1 });
  });
});
