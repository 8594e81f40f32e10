import type { CallFact, ClassFact, FileFacts, FunctionFact } from '@drift/core';
import type { DetectionFile } from '../detector.js';
import { isDocumentationSource } from './documentation-paths.js';
import { baseName } from './paths.js';

/** Calls that declare suites and cases in JavaScript runners (jest, vitest, mocha, jasmine, node:test, ava, Pest). */
const JS_TEST_CALLS = new Set([
  'describe',
  'it',
  'test',
  'suite',
  'context',
  'specify',
  'fdescribe',
  'xdescribe',
  'fit',
  'xit',
  'xtest',
]);
/** Calls that declare examples in RSpec, minitest/spec and ActiveSupport. */
export const RUBY_TEST_CALLS: ReadonlySet<string> = new Set([
  'describe',
  'context',
  'it',
  'specify',
  'test',
  'feature',
  'scenario',
]);
/** Annotations and attributes that mark a test method (JUnit 4/5, TestNG, kotlin.test, xUnit, NUnit, MSTest, PHPUnit). */
const TEST_ANNOTATIONS = new Set([
  'Test',
  'ParameterizedTest',
  'RepeatedTest',
  'TestFactory',
  'TestTemplate',
  'Fact',
  'Theory',
  'TestCase',
  'TestCaseSource',
  'TestMethod',
  'DataTestMethod',
]);
/** Kotest spec styles: a class extending one declares its tests in the constructor lambda. */
const KOTEST_SPECS =
  /^(?:FunSpec|StringSpec|DescribeSpec|BehaviorSpec|ShouldSpec|WordSpec|FreeSpec|FeatureSpec|ExpectSpec|AnnotationSpec)\b/;

/** True when a base class as written (`FunSpec`, `io.kotest.core.spec.style.FunSpec({ … })`) is a Kotest spec style. */
export function isKotestSpec(base: string): boolean {
  return KOTEST_SPECS.test(simpleName(base));
}
/** Base classes of xUnit-style test cases: `unittest.TestCase`, `APITestCase`, JUnit 3 and PHPUnit `TestCase`, `Minitest::Test`. */
const TEST_CASE_BASE = /(?:TestCase|^Minitest::Test|^Minitest::Spec)$/;

/**
 * Folders of end-to-end, browser and other special-purpose suites (`e2e/`, `cypress/`,
 * `runtime-tests/`, `integration-tests/`, `type-tests/`): their placement, naming and runner
 * follow their purpose. `unit-tests/` is the ordinary suite.
 */
const SPECIAL_SUITE_SEGMENT =
  /(?:^|\/)(?:e2e|cypress|playwright|(?!unit[-_])[\w.]+[-_](?:tests?|specs?))(?:\/|$)/i;
const END_TO_END_NAME = /\.(?:e2e-spec|e2e|cy|pw)\.[cm]?[jt]sx?$/;
const END_TO_END_MODULES = new Set(['@playwright/test', 'cypress', 'puppeteer', 'webdriverio']);

/** The last segment of an annotation or base-class name: `org.junit.Test` → `Test`, `Foo(…)` → `Foo`. */
export function simpleName(name: string): string {
  const bare = name.replace(/[(<].*$/s, '').trim();
  return bare.slice(Math.max(bare.lastIndexOf('.'), bare.lastIndexOf(':')) + 1);
}

/** A JavaScript test call: `it(…)`, `describe.each(…)`, `test.only(…)`, `it.concurrent.each(…)`. */
export function jsTestCallName(call: CallFact): string | null {
  if (call.receiver === null) return JS_TEST_CALLS.has(call.callee) ? call.callee : null;
  const base = /^([A-Za-z]+)(?:\.[A-Za-z]+)*$/.exec(call.receiver)?.[1];
  return base !== undefined && JS_TEST_CALLS.has(base) ? base : null;
}

/** A top-level suite or case with a name and a body (`it.todo('…')` has none; `it.each(table)` returns the function that takes them). */
function declaresJsTests(facts: FileFacts): boolean {
  return facts.calls.some(
    (call) =>
      call.enclosingFunction === null &&
      jsTestCallName(call) !== null &&
      (call.argumentCount >= 2 || /^(?:todo|each|skipIf|runIf)$/.test(call.callee)),
  );
}

/** The file defines a function named like a runner global (`function test(…)`): its calls are its own. */
export function shadowsTestGlobals(facts: FileFacts): boolean {
  return facts.functions.some((fn) => JS_TEST_CALLS.has(fn.name));
}

function isPytestFixture(fn: FunctionFact): boolean {
  return fn.decorators.some((d) => /(?:^|\.)fixture$/.test(d.name));
}

function classesByName(facts: FileFacts): Map<string, ClassFact> {
  return new Map(facts.classes.map((c) => [c.qualifiedName, c]));
}

function extendsTestCase(cls: ClassFact | undefined): boolean {
  return cls?.extends.some((base) => TEST_CASE_BASE.test(base.replace(/\(.*$/s, ''))) ?? false;
}

/** pytest and unittest collection: `test*` functions at module level, in `Test*` classes or in `TestCase` subclasses. */
function declaresPythonTests(facts: FileFacts): boolean {
  const classes = classesByName(facts);
  return facts.functions.some((fn) => {
    if (!fn.name.startsWith('test') || isPytestFixture(fn)) return false;
    if (fn.className === null) return fn.qualifiedName === fn.name;
    const cls = classes.get(fn.qualifiedName.slice(0, fn.qualifiedName.lastIndexOf('.')));
    return fn.className.startsWith('Test') || extendsTestCase(cls);
  });
}

function declaresAnnotatedTests(facts: FileFacts): boolean {
  return (
    facts.functions.some((fn) =>
      fn.decorators.some((d) => TEST_ANNOTATIONS.has(simpleName(d.name))),
    ) || facts.classes.some((cls) => cls.extends.some(isKotestSpec))
  );
}

/** JUnit 3, PHPUnit and minitest: `test*` methods of a `TestCase`/`Minitest::Test` subclass. */
function declaresTestMethods(facts: FileFacts): boolean {
  const classes = classesByName(facts);
  return facts.functions.some(
    (fn) =>
      fn.className !== null &&
      /^test/.test(fn.name) &&
      extendsTestCase(classes.get(fn.qualifiedName.slice(0, fn.qualifiedName.lastIndexOf('.')))),
  );
}

function declaresPhpTests(facts: FileFacts): boolean {
  return (
    declaresTestMethods(facts) ||
    facts.functions.some(
      (fn) =>
        fn.className !== null &&
        (fn.decorators.some((d) => simpleName(d.name) === 'Test') ||
          /(?:^|\s)@test\b/.test(fn.docComment ?? '')),
    ) ||
    facts.calls.some(
      (call) =>
        call.enclosingFunction === null &&
        call.receiver === null &&
        (call.callee === 'test' || call.callee === 'it'),
    )
  );
}

/** RSpec shared examples and contexts: included by specs, not run on their own. */
const RUBY_SHARED = /^shared_(?:examples(?:_for)?|context)$/;

function declaresRubyTests(facts: FileFacts): boolean {
  if (facts.calls.some((call) => RUBY_SHARED.test(call.callee))) return false;
  return (
    declaresTestMethods(facts) ||
    facts.calls.some(
      (call) =>
        call.enclosingFunction === null &&
        (call.receiver === null || call.receiver === 'RSpec') &&
        RUBY_TEST_CALLS.has(call.callee),
    )
  );
}

/**
 * Whether a file declares test cases, as its runner would collect them: top-level
 * `describe`/`it`/`test` calls (JavaScript, Pest, RSpec), `test*` functions and methods
 * (pytest, unittest, JUnit 3, PHPUnit, minitest), `@Test`/`[Fact]`/`[Test]`/`[TestMethod]`
 * methods or kotest specs. Helpers and fixtures of test folders (`conftest.py`,
 * `test-utils.ts`, `setup.ts`) declare none.
 */
export function declaresTestCases(file: DetectionFile): boolean {
  const facts = file.facts;
  switch (file.language) {
    case 'typescript':
    case 'javascript':
      return declaresJsTests(facts);
    case 'python':
      return declaresPythonTests(facts);
    case 'java':
    case 'kotlin':
      return declaresAnnotatedTests(facts) || declaresTestMethods(facts);
    case 'csharp':
      return declaresAnnotatedTests(facts);
    case 'php':
      return declaresPhpTests(facts);
    case 'ruby':
      return declaresRubyTests(facts);
    default:
      return false;
  }
}

/**
 * An end-to-end, browser or other special-purpose test (see {@link SPECIAL_SUITE_SEGMENT},
 * `*.e2e-spec.ts`, `*.cy.ts`, a Playwright/Cypress/Puppeteer import), or a test among
 * documentation examples: such suites
 * legitimately differ from unit tests in runner, naming and placement, so testing conventions
 * leave them out.
 */
export function isSpecialSuite(file: DetectionFile): boolean {
  return (
    SPECIAL_SUITE_SEGMENT.test(file.path) ||
    isDocumentationSource(file.path) ||
    END_TO_END_NAME.test(baseName(file.path)) ||
    file.facts.imports.some((i) => END_TO_END_MODULES.has(i.module))
  );
}

/** A test file that testing conventions observe: it declares test cases and is no special-purpose suite. */
export function isUnitTestFile(file: DetectionFile): boolean {
  return declaresTestCases(file) && !isSpecialSuite(file);
}
