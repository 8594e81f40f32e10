import type ts from 'typescript';
import { defineDetector } from '../../detector.js';
import { testCallOf } from '../../shared/testing-calls.js';
import { isUnitTestFile, shadowsTestGlobals } from '../../shared/testing-files.js';

/** Jasmine's focused and excluded cases belong to `it`, `xtest` to `test`. */
const FAMILY: ReadonlyMap<string, 'it' | 'test'> = new Map(
  Object.entries<'it' | 'test'>({
    it: 'it',
    fit: 'it',
    xit: 'it',
    test: 'test',
    xtest: 'test',
  }),
);

/**
 * Which function a test file declares its cases inside `describe` blocks with: `it(…)` or
 * `test(…)` (`it.each`, `test.only`, `it.skip` count as their base, `fit`/`xit` as `it`). One
 * observation per function per file, at its first case, with the number of cases: the two are
 * aliases, so the convention is a file-level choice and a file written with `test` throughout is
 * one outlier, not one per case (hono has 179 `test` cases in a few files among 2,442 `it`s). Only cases
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
  noun: 'test files with cases in `describe` blocks',
  variants: { it: 'declare them with `it`', test: 'declare them with `test`' },
  describe: (observation) =>
    `declares ${String(observation.context?.cases)} test case(s) in \`describe\` blocks with \`${observation.variant}\``,
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
      const first = new Map<'it' | 'test', { node: ts.Node; cases: number }>();
      return {
        visit(node) {
          if (!observed) return;
          const declared = testCallOf(typescript, node as ts.CallExpression);
          const family = declared?.kind === 'case' ? FAMILY.get(declared.base) : undefined;
          if (family === undefined || !withinSuite()) return;
          const seen = first.get(family);
          if (seen === undefined) first.set(family, { node, cases: 1 });
          else seen.cases += 1;
        },
        end() {
          for (const [family, { node, cases }] of first) context.report(family, node, { cases });
        },
      };
    },
  },
});
