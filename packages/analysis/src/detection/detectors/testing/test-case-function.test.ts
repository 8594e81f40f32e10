import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { testCaseFunction } from './test-case-function.js';

describe('testing/test-case-function', () => {
  it('reports each function once per file, at its first case, modifiers counted as their base', async () => {
    const source = [
      "describe('a', () => {",
      "  it('b', () => {});", // 2 it
      "  test('c', async () => {});", // 3 test
      "  it.only('d', () => {});", // 4 it
      "  test.each([1, 2])('e %i', (n) => {});", // 5 test, once
      '  it.each`a | b`("f", () => {});', // 6 it
      "  xit('g', () => {});", // 7 it
      "  it.todo('h');", // 8 it
      "  describe('nested', function () {",
      "    test.skip('i', function () {});", // 10 test
      '  });',
      '});',
    ].join('\n');
    expect(await observe(testCaseFunction, 'src/a.test.ts', source)).toEqual(['it@2', 'test@3']);
  });

  it('leaves top-level cases, helper calls and local functions named test out', async () => {
    const topLevel = "test('a', () => {});\nit('b', () => {});\n";
    expect(await observe(testCaseFunction, 'src/a.test.ts', topLevel)).toEqual([]);
    const helperCall = "describe('a', () => {\n  test(['A'], ['B']);\n  it('b', () => {});\n});\n";
    expect(await observe(testCaseFunction, 'src/a.test.ts', helperCall)).toEqual(['it@3']);
    const local = [
      'const test = (a: string) => {',
      '  it(a, () => {});',
      '};',
      "describe('a', () => {",
      "  test('x');",
      '});',
    ].join('\n');
    expect(await observe(testCaseFunction, 'src/a.test.ts', local)).toEqual([]);
    const playwright = [
      "import { test } from '@playwright/test';",
      "test.describe('a', () => {",
      "  test('b', async () => {});",
      '});',
    ].join('\n');
    expect(await observe(testCaseFunction, 'tests/a.spec.ts', playwright)).toEqual([]);
  });
});
