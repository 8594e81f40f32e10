import type { FileFacts } from '@drift/core';
import { testFrameworkOf as frameworkEvidenceOf } from '../detection/shared/testing-frameworks.js';
import type { FileRole } from '../detection/file-role.js';
import type { EntryPointFile } from '../entry-points/file-context.js';
import { fileEntryPoints } from '../entry-points/file-entry-points.js';

/** The test frameworks Drift tells apart. */
export const TEST_FRAMEWORKS = [
  'vitest',
  'jest',
  'mocha',
  'jasmine',
  'node-test',
  'ava',
  'bun',
  'tap',
  'uvu',
  'pytest',
  'unittest',
  'junit3',
  'junit4',
  'junit5',
  'testng',
  'kotest',
  'go-testing',
  'rust-test',
  'xunit',
  'nunit',
  'mstest',
  'phpunit',
  'pest',
  'rspec',
  'minitest',
  'test-unit',
] as const;

/** A test framework: see {@link TEST_FRAMEWORKS}. */
export type TestFramework = (typeof TEST_FRAMEWORKS)[number];

const KNOWN: ReadonlySet<string> = new Set(TEST_FRAMEWORKS);

function isTestFramework(name: string): name is TestFramework {
  return KNOWN.has(name);
}

/**
 * The detectors' recogniser (`detection/shared/testing-frameworks.ts`) reads a file's language
 * and facts only; the other fields of its input are left empty here.
 */
function frameworkFromDetection(path: string, facts: FileFacts, role: FileRole): string | null {
  const evidence = frameworkEvidenceOf({
    path,
    language: facts.language,
    role,
    source: '',
    facts,
    lineText: () => '',
  });
  return evidence?.framework ?? null;
}

/**
 * The test framework a test file is written for, or null when the file does not say (Jest or
 * Vitest globals with no runner-specific call) or names several. JavaScript, Python, JVM, C#,
 * PHP and Ruby files are read as the `testing/test-framework` detector reads them — runner
 * imports and globals (`vi.*`, `jest.*`), `TestCase` bases, where `@Test` is imported from,
 * test attributes, RSpec/minitest bases and requires. Go files are `go-testing` when a
 * `_test.go` file imports `testing`; Rust files are `rust-test` when a function is a test
 * (`#[test]`, `#[tokio::test]`, `#[rstest]` … all run by libtest). C and C++ frameworks are
 * not told apart.
 */
export function testFrameworkOf(file: EntryPointFile): TestFramework | null {
  const { path, facts } = file;
  switch (facts.language) {
    case 'go':
      return path.endsWith('_test.go') && facts.imports.some((i) => i.module === 'testing')
        ? 'go-testing'
        : null;
    case 'rust':
      return fileEntryPoints(file).functions.includes('test') ? 'rust-test' : null;
    case 'c':
    case 'cpp':
      return null;
    default: {
      const role = file.role ?? 'test';
      const framework = frameworkFromDetection(path, facts, role);
      return framework !== null && isTestFramework(framework) ? framework : null;
    }
  }
}
