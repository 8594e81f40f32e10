import type { CodeLanguage } from '@drift/core';
import { defineDetector } from '../../detector.js';
import { baseName } from '../../shared/paths.js';
import { isUnitTestFile } from '../../shared/testing-files.js';

type Variant =
  | 'dot-test'
  | 'dot-spec'
  | 'test-prefix'
  | 'underscore-test'
  | 'underscore-spec'
  | 'suffix-test'
  | 'suffix-tests'
  | 'unmarked';

/** The variant of a name, `null` for a neutral name, `undefined` when the name has no marker of this family. */
type Naming = Variant | null | undefined;

function javaScriptNaming(name: string): Naming {
  if (/\.test\.[cm]?[jt]sx?$/.test(name)) return 'dot-test';
  if (/\.spec\.[cm]?[jt]sx?$/.test(name)) return 'dot-spec';
  if (/[._-](?:tests?|specs?)(?:[._-][\w-]+)?\.[cm]?[jt]sx?$/i.test(name)) return null;
  return undefined;
}

function pythonNaming(name: string): Naming {
  if (/^test_\w*\.py$/.test(name)) return 'test-prefix';
  if (/_test\.py$/.test(name)) return 'underscore-test';
  if (/^(?:tests?|conftest)\.py$/.test(name) || /test/i.test(name)) return null;
  return undefined;
}

/** Java, Kotlin and C# name the file after the test class. `*IT` (Failsafe), `*TestCase` (bases) and kotest/Spock `*Spec` follow other rules. */
function classNaming(name: string): Naming {
  const stem = name.replace(/\.\w+$/, '');
  if (/Tests$/.test(stem)) return 'suffix-tests';
  if (/Test$/.test(stem)) return 'suffix-test';
  if (/(?:IT|ITCase|TestCase|Specs?)$/.test(stem) || /Tests?/.test(stem)) return null;
  return undefined;
}

function rubyNaming(name: string): Naming {
  if (/_spec\.rb$/.test(name)) return 'underscore-spec';
  if (/_test\.rb$/.test(name)) return 'underscore-test';
  if (/^test_\w*\.rb$/.test(name)) return 'test-prefix';
  if (/(?:test|spec)/i.test(name)) return null;
  return undefined;
}

const NAMING: Partial<Record<CodeLanguage, (name: string) => Naming>> = {
  typescript: javaScriptNaming,
  javascript: javaScriptNaming,
  python: pythonNaming,
  java: classNaming,
  kotlin: classNaming,
  csharp: classNaming,
  ruby: rubyNaming,
};

/** The naming variant of a test file, or null when its name is neutral. */
export function namingOf(language: CodeLanguage, name: string): Variant | null {
  const naming = NAMING[language]?.(name);
  return naming === undefined ? 'unmarked' : naming;
}

const SHAPES: Readonly<Record<Variant, string>> = {
  'dot-test': '`*.test.*`',
  'dot-spec': '`*.spec.*`',
  'test-prefix': '`test_*`',
  'underscore-test': '`*_test`',
  'underscore-spec': '`*_spec`',
  'suffix-test': '`*Test`',
  'suffix-tests': '`*Tests`',
  unmarked: 'without a test marker',
};

/**
 * How test files are named: `*.test.ts` or `*.spec.ts` (TypeScript/JavaScript), `test_*.py` or
 * `*_test.py` (Python; pytest's default `python_files`), `*Test` or `*Tests` (Java, Kotlin and
 * C#, both in Maven Surefire's default includes), `*_spec.rb` or `*_test.rb` (Ruby). A file
 * that declares test cases but carries no marker at all (`tests/users.py`, a jest
 * `__tests__/users.ts`, a mocha `test/users.js`) is the variant `unmarked`: runners such as
 * jest and mocha collect such files, so it can be a codebase's convention, and where it is not,
 * pytest and Surefire silently skip the file, which is worth reporting.
 *
 * Only files that declare test cases are observed (helpers and fixtures of test folders such as
 * `conftest.py` or `test-utils.ts` are not), and end-to-end suites are left out. Neutral names:
 * Failsafe integration tests `*IT`, base classes `*TestCase`, kotest/Spock `*Spec`, Django's
 * single `tests.py`, vitest type tests `*.test-d.ts`, and other names that mention tests in a
 * form outside these conventions (`TestUtils.java`). Go's `_test.go` and PHPUnit's `*Test.php`
 * are fixed by their tooling and not observed. Severity info: a naming inconsistency.
 */
export const testFileNaming = defineDetector({
  id: 'testing/test-file-naming',
  category: 'testing',
  name: 'Test file naming',
  description:
    'Test files are named the same way throughout (`*.test.ts` or `*.spec.ts`, `test_*.py` or `*_test.py`, `*Test` or `*Tests`), so that runners and readers find them by one pattern.',
  severity: 'info',
  mode: 'learned',
  roles: ['test'],
  languages: ['typescript', 'javascript', 'python', 'java', 'kotlin', 'csharp', 'ruby'],
  noun: 'test files',
  variants: {
    'dot-test': 'are named `*.test.*`',
    'dot-spec': 'are named `*.spec.*`',
    'test-prefix': 'are named `test_*`',
    'underscore-test': 'are named `*_test`',
    'underscore-spec': 'are named `*_spec`',
    'suffix-test': 'are named `*Test`',
    'suffix-tests': 'are named `*Tests`',
    unmarked: 'carry no test marker in their names',
  },
  describe(observation) {
    const name = String(observation.context?.name ?? observation.snippet);
    const shape = SHAPES[observation.variant as Variant] as string | undefined;
    return observation.variant === 'unmarked'
      ? `test file \`${name}\` carries no test marker in its name`
      : `test file is named \`${name}\` (${shape ?? observation.variant})`;
  },
  facts(file, report) {
    const name = baseName(file.path);
    const variant = namingOf(file.language, name);
    if (variant === null || !isUnitTestFile(file)) return;
    report({ variant, line: 1, column: 1, snippet: name, context: { name } });
  },
});
