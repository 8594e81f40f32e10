import type ts from 'typescript';
import { defineDetector } from '../../detector.js';
import { testCallOf } from '../../shared/testing-calls.js';
import { isUnitTestFile, shadowsTestGlobals } from '../../shared/testing-files.js';

/** Jasmine's focused and excluded cases belong to `it`, `xtest` to `test`. */
const FAMILY: Readonly<Record<string, 'it' | 'test'>> = {
  it: 'it',
  fit: 'it',
  xit: 'it',
  test: 'test',
  xtest: 'test',
};

/**
 * Which function declares test cases inside `describe` blocks: `it(…)` or `test(…)` (per call;
 * `it.each`, `test.only`, `it.skip` count as their base, `fit`/`xit` as `it`). Only cases
 * within a suite are observed, because the common rule `jest/consistent-test-it` (and its
 * Vitest port) allows one function at the top level and another within `describe`
 * (`{ fn: 'test', withinDescribe: 'it' }` by default), so top-level cases follow a convention
 * of their own. `specify`, calls without a function body (a local helper named `test`), files that define their own `test` or `it`, and end-to-end suites (Playwright has `test` only) are left out.
 * Severity info: a naming convention.
 */
export const testCaseFunction = defineDetector({
  id: 'testing/test-case-function',
  category: 'testing',
  name: '`it` or `test` for test cases',
  description:
    'Test cases inside `describe` blocks are declared with one function, `it` or `test`, as `jest/consistent-test-it` enforces.',
  severity: 'info',
  mode: 'learned',
  roles: ['test'],
  languages: ['typescript', 'javascript'],
  noun: 'test cases in `describe` blocks',
  variants: { it: 'are declared with `it`', test: 'are declared with `test`' },
  describe: (observation) =>
    `declares a test case with \`${observation.variant}\` inside a \`describe\` block`,
  typescript: {
    kinds: ['CallExpression'],
    create(context) {
      const typescript = context.ts;
      const observed = isUnitTestFile(context.file) && !shadowsTestGlobals(context.file.facts);
      const withinSuite = (): boolean =>
        context.ancestors.some(
          (ancestor) =>
            typescript.isCallExpression(ancestor) &&
            testCallOf(typescript, ancestor)?.kind === 'group',
        );
      return {
        visit(node) {
          if (!observed) return;
          const declared = testCallOf(typescript, node as ts.CallExpression);
          const family = declared?.kind === 'case' ? FAMILY[declared.base] : undefined;
          if (family !== undefined && withinSuite()) context.report(family, node);
        },
      };
    },
  },
});
