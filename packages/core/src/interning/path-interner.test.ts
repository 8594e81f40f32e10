import { describe, expect, it } from 'vitest';
import { PathInterner } from './path-interner.js';

describe('PathInterner', () => {
  it('gives dense ids, the same id for the same string, and resolves them back', () => {
    const interner = new PathInterner();
    expect(interner.intern('src/a.ts')).toBe(0);
    expect(interner.intern('src/b.ts')).toBe(1);
    expect(interner.intern('src/a.ts')).toBe(0);
    expect(interner.size).toBe(2);
    expect(interner.resolve(1)).toBe('src/b.ts');
    expect(interner.lookup('src/b.ts')).toBe(1);
    expect(interner.lookup('src/c.ts')).toBeUndefined();
  });

  it('throws for ids it never gave out', () => {
    expect(() => new PathInterner().resolve(0)).toThrow(RangeError);
  });
});
