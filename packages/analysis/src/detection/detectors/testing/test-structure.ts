import type ts from 'typescript';
import { defineDetector } from '../../detector.js';
import { testCallOf } from '../../shared/testing-calls.js';
import { isUnitTestFile, shadowsTestGlobals } from '../../shared/testing-files.js';

/**
 * How a test file organises its cases: inside `describe` blocks (`grouped`) or as top-level
 * `it`/`test` calls (`flat`), judged from the file's top-level statements. A file with both
 * top-level groups and top-level cases is neutral, as are files with neither (shared
 * behaviours called from elsewhere), files that define their own `test` or `describe` function, and end-to-end suites. `suite`/`context` count as groups,
 * Playwright's `test.describe` too; `.only`, `.skip`, `.each` count as their base. One
 * observation per TypeScript/JavaScript test file, at its first top-level suite or case.
 * Severity info: an organisational convention.
 */
export const testStructure = defineDetector({
  id: 'testing/test-structure',
  category: 'testing',
  name: 'Test grouping',
  description:
    'Test files organise their cases the same way: grouped in `describe` blocks, or as flat top-level `test` calls.',
  severity: 'info',
  mode: 'learned',
  roles: ['test'],
  languages: ['typescript', 'javascript'],
  noun: 'test files',
  variants: {
    grouped: 'group their cases in `describe` blocks',
    flat: 'declare their cases at the top level',
  },
  describe: (observation) =>
    observation.variant === 'grouped'
      ? 'test file groups its cases in `describe` blocks'
      : 'test file declares its cases at the top level, without `describe`',
  typescript: {
    kinds: ['SourceFile'],
    create(context) {
      const typescript = context.ts;
      return {
        visit(node) {
          if (!isUnitTestFile(context.file) || shadowsTestGlobals(context.file.facts)) return;
          let first: ts.Node | null = null;
          let groups = 0;
          let cases = 0;
          for (const statement of (node as ts.SourceFile).statements) {
            if (!typescript.isExpressionStatement(statement)) continue;
            const call = statement.expression;
            if (!typescript.isCallExpression(call)) continue;
            const declared = testCallOf(typescript, call);
            if (declared === null) continue;
            first ??= call;
            if (declared.kind === 'group') groups += 1;
            else cases += 1;
          }
          if (first === null || (groups > 0 && cases > 0)) return;
          context.report(groups > 0 ? 'grouped' : 'flat', first);
        },
      };
    },
  },
});
