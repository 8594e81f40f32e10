import { describe, expect, it } from 'vitest';
import {
  objectField,
  parseLenientJson,
  stringField,
  withoutCommentsAndTrailingCommas,
} from './lenient-json.js';

describe('parseLenientJson', () => {
  it('parses strict JSON objects', () => {
    expect(parseLenientJson('package.json', '{"name":"a","x":[1]}')).toEqual({ name: 'a', x: [1] });
  });

  it('accepts comments and trailing commas as tsc does', () => {
    const text = '{\n  // paths\n  "compilerOptions": { "baseUrl": ".", /* here */ },\n}';
    expect(parseLenientJson('tsconfig.json', text)).toEqual({ compilerOptions: { baseUrl: '.' } });
  });

  it('drops comments and trailing commas outside strings only', () => {
    expect(
      withoutCommentsAndTrailingCommas(
        '{ "a": "http://x/*y*/", // c\n "b": [1, 2, ], /* d */ "c": "e,]", "f": "\\"", }',
      ),
    ).toBe('{ "a": "http://x/*y*/", \n "b": [1, 2 ],  "c": "e,]", "f": "\\"" }');
    expect(withoutCommentsAndTrailingCommas('{ "a": 1 } // end')).toBe('{ "a": 1 } ');
    expect(withoutCommentsAndTrailingCommas('{ "a": 1 /* open')).toBe('{ "a": 1 ');
  });

  it('falls back to the compiler for what it alone accepts', () => {
    expect(parseLenientJson('a.json', '{ "a": [1, /* x */ ] }')).toEqual({ a: [1] });
  });

  it('returns null for text that is not an object', () => {
    expect(parseLenientJson('a.json', '[1, 2]')).toBeNull();
    expect(parseLenientJson('a.json', '{ "a": ')).toBeNull();
  });

  it('reads typed fields', () => {
    expect(stringField('x')).toBe('x');
    expect(stringField(1)).toBeNull();
    expect(objectField({ a: 1 })).toEqual({ a: 1 });
    expect(objectField([1])).toBeNull();
    expect(objectField(null)).toBeNull();
  });
});
