import { describe, expect, it } from 'vitest';
import { compareText } from './compare-text.js';

describe('compareText', () => {
  it('orders by code unit, uppercase before lowercase, independent of locale', () => {
    expect(['b.ts', 'B.ts', 'a.ts', 'a.ts'].sort(compareText)).toEqual([
      'B.ts',
      'a.ts',
      'a.ts',
      'b.ts',
    ]);
    expect([compareText('x', 'y'), compareText('y', 'x'), compareText('x', 'x')]).toEqual([
      -1, 1, 0,
    ]);
  });
});
