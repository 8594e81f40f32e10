import type { Node } from 'web-tree-sitter';
import type { DetectionFile, Report } from '../../detector.js';
import { defineDetector } from '../../detector.js';
import {
  type Assertion,
  csharpAssertions,
  dominantStyle,
  javaScriptAssertions,
  jvmAssertions,
} from '../../shared/testing-assertions.js';
import { isUnitTestFile } from '../../shared/testing-files.js';

const STYLES: Readonly<Record<string, string>> = {
  expect: 'Jest-style `expect`',
  chai: 'chai',
  'node-assert': '`node:assert`',
  'assert-statement': 'bare `assert` statements',
  'unittest-assert': '`self.assert*` methods',
  assertj: 'AssertJ',
  assertk: 'assertk',
  truth: 'Truth',
  hamcrest: 'Hamcrest matchers',
  junit: 'JUnit `assert*`',
  testng: 'TestNG `Assert`',
  'kotlin-test': '`kotlin.test` assertions',
  'fluent-assertions': 'FluentAssertions `.Should()`',
  shouldly: 'Shouldly',
  'assert-class': 'the `Assert` class',
};

const READERS: Partial<Record<string, (file: DetectionFile) => Assertion[]>> = {
  typescript: (file) => javaScriptAssertions(file.facts),
  javascript: (file) => javaScriptAssertions(file.facts),
  java: (file) => jvmAssertions(file.facts),
  kotlin: (file) => jvmAssertions(file.facts),
  csharp: (file) => csharpAssertions(file.facts),
};

function reportDominant(file: DetectionFile, assertions: readonly Assertion[], report: Report) {
  const dominant = dominantStyle(assertions);
  if (dominant === null) return;
  report({
    variant: dominant.style,
    line: dominant.line,
    column: 1,
    snippet: file.lineText(dominant.line).trim(),
    context: { assertions: assertions.length },
  });
}

/** pytest's `assert x == y` statements and unittest's `self.assertEqual(x, y)` calls. */
const PYTHON_QUERY = `
(assert_statement) @assertion.statement
(call function: (attribute object: (identifier) @assertion.self attribute: (identifier) @assertion.method)
  (#eq? @assertion.self "self") (#match? @assertion.method "^assert[A-Z]")) @assertion.call
`;

const PYTHON_STYLES: Readonly<Record<string, string>> = {
  'assertion.statement': 'assert-statement',
  'assertion.call': 'unittest-assert',
};

/**
 * The assertion style of each test file, by the style of at least 80 % of its assertions
 * (files that mix styles more than that are neutral): Jest/Vitest `expect`, chai (`expect`,
 * `assert` or `should` from `chai`) or `node:assert` in TypeScript/JavaScript; bare `assert`
 * statements (pytest) or `self.assert*` methods (unittest) in Python; AssertJ, assertk, Truth,
 * Hamcrest, JUnit/TestNG `assert*` or `kotlin.test` in Java and Kotlin, by where the assertion
 * is imported from; FluentAssertions, Shouldly or the `Assert` class in C#. Exception
 * assertions (`assertThrows`, `assertFailsWith`, `Assert.Throws`) accompany every style and are
 * not counted; calls whose origin is unknown (an `expect` from a local helper) are not either.
 * Severity info: mixed assertion vocabularies make tests harder to read, not wrong.
 */
export const assertionStyle = defineDetector({
  id: 'testing/assertion-style',
  category: 'testing',
  name: 'Assertion style',
  description:
    'Test files assert in one style (Jest `expect`, chai, `node:assert`; bare `assert` or `self.assert*`; AssertJ, JUnit or Hamcrest; FluentAssertions or `Assert`), so that failures read alike.',
  severity: 'info',
  mode: 'learned',
  roles: ['test'],
  languages: ['typescript', 'javascript', 'python', 'java', 'kotlin', 'csharp'],
  noun: 'test files',
  variants: Object.fromEntries(
    Object.entries(STYLES).map(([id, label]) => [id, `assert with ${label}`]),
  ),
  describe(observation) {
    return `test file asserts with ${STYLES[observation.variant] ?? observation.variant}`;
  },
  facts(file, report) {
    const read = READERS[file.language];
    if (read === undefined || !isUnitTestFile(file)) return;
    reportDominant(file, read(file), report);
  },
  treeSitter: {
    python: {
      query: PYTHON_QUERY,
      create(context) {
        const observed = isUnitTestFile(context.file);
        const assertions: (Assertion & { node: Node })[] = [];
        return {
          match(match) {
            if (!observed) return;
            for (const { name, node } of match.captures) {
              const style = PYTHON_STYLES[name];
              if (style !== undefined)
                assertions.push({ style, line: node.startPosition.row + 1, node });
            }
          },
          end() {
            const dominant = observed ? dominantStyle(assertions) : null;
            if (dominant !== null)
              context.report(dominant.style, dominant.node, { assertions: assertions.length });
          },
        };
      },
    },
  },
});
