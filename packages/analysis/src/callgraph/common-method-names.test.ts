import { describe, expect, it } from 'vitest';
import { isCommonMethodName } from './common-method-names.js';

describe('isCommonMethodName', () => {
  it.each(['get', 'set', 'map', 'filter', 'push', 'then', 'on', 'emit', 'toString', 'json'])(
    'denies %s',
    (name) => {
      expect(isCommonMethodName(name)).toBe(true);
    },
  );

  it('denies Go and C# capitalised spellings', () => {
    expect(isCommonMethodName('Get')).toBe(true);
    expect(isCommonMethodName('ToString')).toBe(true);
    expect(isCommonMethodName('Println')).toBe(true);
  });

  it('lets project-specific names through', () => {
    expect(isCommonMethodName('findByName')).toBe(false);
    expect(isCommonMethodName('getLayout')).toBe(false);
    expect(isCommonMethodName('')).toBe(false);
  });
});
