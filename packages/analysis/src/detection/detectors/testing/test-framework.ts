import { defineDetector } from '../../detector.js';
import { testFrameworkOf } from '../../shared/testing-frameworks.js';
import { isUnitTestFile } from '../../shared/testing-files.js';

/** Display names of the frameworks, for messages. */
const FRAMEWORKS: Readonly<Record<string, string>> = {
  vitest: 'Vitest',
  jest: 'Jest',
  mocha: 'Mocha',
  'node-test': '`node:test`',
  ava: 'AVA',
  jasmine: 'Jasmine',
  bun: '`bun:test`',
  tap: 'tap',
  uvu: 'uvu',
  pytest: 'pytest',
  unittest: '`unittest` `TestCase` classes',
  junit3: 'JUnit 3',
  junit4: 'JUnit 4',
  junit5: 'JUnit 5',
  testng: 'TestNG',
  kotest: 'Kotest',
  xunit: 'xUnit',
  nunit: 'NUnit',
  mstest: 'MSTest',
  phpunit: 'PHPUnit',
  pest: 'Pest',
  rspec: 'RSpec',
  minitest: 'Minitest',
  'test-unit': 'test-unit',
};

/**
 * The test framework each test file is written for: Vitest, Jest, Mocha, `node:test`, AVA,
 * Jasmine (imports of the runner, else runner-only globals such as `vi.fn()`, `jest.mock()`,
 * Mocha's `before`/`after` hooks); pytest (test functions, base-less `Test*` classes) or
 * `unittest` (subclasses of the standard library's `TestCase`; files with Django's or other
 * `TestCase` bases are neutral, since pytest-django and Django's runner both run them); JUnit 4, JUnit 5 or TestNG (where
 * `@Test` is imported from; `kotlin.test.Test` is an alias bound to one of them, so neutral) or
 * Kotest (spec base classes); xUnit, NUnit or
 * MSTest (test attributes); PHPUnit or Pest; RSpec, Minitest or test-unit. One observation per
 * file that declares test cases; files that name no framework (JavaScript globals alone) or
 * several are neutral, and end-to-end suites, which have runners of their own (Playwright,
 * Cypress), are left out. Severity warning: a second framework means a second runner,
 * configuration and assertion vocabulary, and its tests may not run in CI at all.
 */
export const testFramework = defineDetector({
  id: 'testing/test-framework',
  category: 'testing',
  name: 'Test framework',
  description:
    'Tests use one framework per codebase; a test written for another runner needs its own configuration and may silently never run.',
  severity: 'warning',
  mode: 'learned',
  roles: ['test'],
  languages: ['typescript', 'javascript', 'python', 'java', 'kotlin', 'csharp', 'php', 'ruby'],
  noun: 'test files',
  variants: Object.fromEntries(
    Object.entries(FRAMEWORKS).map(([id, label]) => [id, `use ${label}`]),
  ),
  describe(observation) {
    return `test file uses ${FRAMEWORKS[observation.variant] ?? observation.variant}`;
  },
  facts(file, report) {
    if (!isUnitTestFile(file)) return;
    const evidence = testFrameworkOf(file);
    if (evidence === null) return;
    report({
      variant: evidence.framework,
      line: evidence.line,
      column: 1,
      snippet: file.lineText(evidence.line).trim(),
    });
  },
});
