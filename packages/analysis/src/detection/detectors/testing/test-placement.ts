import { defineDetector } from '../../detector.js';
import { dirName } from '../../shared/paths.js';
import { isUnitTestFile } from '../../shared/testing-files.js';

/**
 * A folder that holds tests rather than the code under test: `test`, `tests`, `__tests__`,
 * `spec`, `specs`, `unit-tests`, and subfolders named like `test_tutorial`. (`testing/` is
 * often a module of the code, such as a library's testing helpers; special suites such as
 * `runtime-tests/` are not observed at all.)
 */
const TEST_FOLDER =
  /^(?:__tests__|__specs?__|tests?|specs?|unit[-_]tests?)$|^(?:tests?|specs?)[-_][\w.-]+$/i;

/** The first folder of a path that holds tests, or null when the file sits among the code. */
export function testFolderOf(path: string): string | null {
  const segments = dirName(path).split('/');
  const index = segments.findIndex((segment) => TEST_FOLDER.test(segment));
  return index < 0 ? null : segments.slice(0, index + 1).join('/');
}

/**
 * Where unit tests live: beside the code they test (`colocated`: `src/users/users.test.ts`,
 * `pkg/users_test.py`) or in folders of their own (`separate-tree`: `test/`, `tests/`,
 * `__tests__/`, `spec/`, per package or per module). Observed once per TypeScript,
 * JavaScript and Python file that declares test cases; end-to-end suites (`e2e/`, Cypress,
 * Playwright) live apart by nature and are left out. Go (`_test.go` beside the code) and
 * Java/Kotlin (`src/test/java`) placement is fixed by their tooling, so they are not covered.
 * Severity info: a layout inconsistency, not a defect.
 */
export const testPlacement = defineDetector({
  id: 'testing/test-placement',
  category: 'testing',
  name: 'Test placement',
  description:
    'Tests are placed the same way throughout: beside the code they test, or in separate test folders; a test in the other place is hard to find and easy to miss in runner globs.',
  severity: 'info',
  mode: 'learned',
  roles: ['test'],
  languages: ['typescript', 'javascript', 'python'],
  noun: 'test files',
  variants: {
    colocated: 'sit beside the code they test',
    'separate-tree': 'live in separate test folders',
  },
  describe(observation) {
    const folder = observation.context?.folder;
    return observation.variant === 'colocated'
      ? 'test file sits beside the code it tests'
      : `test file lives in the test folder \`${String(folder)}/\``;
  },
  facts(file, report) {
    if (!isUnitTestFile(file)) return;
    const folder = testFolderOf(file.path);
    report({
      variant: folder === null ? 'colocated' : 'separate-tree',
      line: 1,
      column: 1,
      snippet: file.path,
      ...(folder === null ? {} : { context: { folder } }),
    });
  },
});
