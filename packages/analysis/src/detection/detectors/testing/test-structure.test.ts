import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { testStructure } from './test-structure.js';

describe('testing/test-structure', () => {
  it('tells grouped files from flat ones', async () => {
    const grouped = "import { x } from './x';\ndescribe('a', () => {\n  it('b', () => {});\n});\n";
    expect(await observe(testStructure, 'src/a.test.ts', grouped)).toEqual(['grouped@2']);
    const each = "describe.each([1, 2])('a %i', (n) => {\n  it('b', () => {});\n});\n";
    expect(await observe(testStructure, 'src/a.test.ts', each)).toEqual(['grouped@1']);
    const suite = "suite('a', function () {\n  test('b', function () {});\n});\n";
    expect(await observe(testStructure, 'test/a.js', suite)).toEqual(['grouped@1']);
    const flat = "test('a', () => {});\ntest.only('b', async () => {});\n";
    expect(await observe(testStructure, 'src/a.test.ts', flat)).toEqual(['flat@1']);
    const flatEach = "it.each([1])('a', (n) => {});\n";
    expect(await observe(testStructure, 'src/a.test.js', flatEach)).toEqual(['flat@1']);
  });

  it('stays neutral on mixed files, local helpers named test, and non-test files', async () => {
    const mixed = "describe('a', () => {\n  it('b', () => {});\n});\ntest('c', () => {});\n";
    expect(await observe(testStructure, 'src/a.test.ts', mixed)).toEqual([]);
    const helper = [
      'function test(input: string[], expected: string[]) {',
      '  it(input.join(), () => {});',
      '}',
      "test(['a'], ['b']);",
    ].join('\n');
    expect(await observe(testStructure, 'src/a.test.ts', helper)).toEqual([]);
    expect(await observe(testStructure, 'src/a.ts', "test('a', () => {});\n")).toEqual([]);
    const e2e = "import { test } from '@playwright/test';\ntest('a', async () => {});\n";
    expect(await observe(testStructure, 'tests/a.spec.ts', e2e)).toEqual([]);
  });
});
