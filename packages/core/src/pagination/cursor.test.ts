import { describe, expect, it } from 'vitest';
import { DriftError } from '../errors/drift-error.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { pageSize } from './pagination.js';

function invalidCursor(cursor: string): string {
  try {
    decodeCursor(cursor);
  } catch (error) {
    expect(error).toBeInstanceOf(DriftError);
    expect((error as DriftError).code).toBe('INVALID_CURSOR');
    return (error as DriftError).reason;
  }
  throw new Error('expected INVALID_CURSOR');
}

describe('cursor', () => {
  it('round-trips sort values and ids, including | and unicode in the sort value', () => {
    for (const [sortValue, id] of [
      ['1700000000000', '42'],
      ['src/a|b.ts', '7'],
      ['héllo wörld ✓', 'x'],
      ['', '0'],
    ] as const) {
      const cursor = encodeCursor(sortValue, id);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toEqual({ sortValue, id });
    }
    expect(decodeCursor(encodeCursor(3.5, 9))).toEqual({ sortValue: '3.5', id: '9' });
  });

  it('is base64url of sortValue|id', () => {
    expect(encodeCursor('a', 'b')).toBe(Buffer.from('a|b').toString('base64url'));
  });

  it('refuses ids containing the separator', () => {
    expect(() => encodeCursor('a', 'b|c')).toThrow('[INTERNAL_ERROR]');
  });

  it('rejects garbage with INVALID_CURSOR', () => {
    expect(invalidCursor('')).toContain('not base64url');
    expect(invalidCursor('abc def')).toContain('not base64url');
    expect(invalidCursor('a+b/')).toContain('not base64url');
    expect(invalidCursor(Buffer.from('no separator').toString('base64url'))).toContain(
      'missing separator',
    );
    expect(invalidCursor(Buffer.from([0xff, 0xfe, 0x7c]).toString('base64url'))).toContain(
      'not UTF-8',
    );
    expect(invalidCursor('YR')).toContain('not canonical');
  });
});

describe('pageSize', () => {
  it('defaults to 50 and caps at 100', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(10)).toBe(10);
    expect(pageSize(1000)).toBe(100);
  });

  it('rejects non-positive and fractional limits', () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) {
      expect(() => pageSize(limit)).toThrow('[INVALID_FILTER]');
    }
  });
});
