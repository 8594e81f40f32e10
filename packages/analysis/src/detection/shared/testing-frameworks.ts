import type { ClassFact, FileFacts, FunctionFact, ImportFact } from '@drift/core';
import type { DetectionFile } from '../detector.js';
import { simpleName } from './testing-files.js';

/** The test framework of a file and the line that shows it. */
export interface FrameworkEvidence {
  readonly framework: string;
  readonly line: number;
}

/** Modules whose import names a JavaScript runner. */
const JS_RUNNER_MODULES: ReadonlyMap<string, string> = new Map(
  Object.entries<string>({
    vitest: 'vitest',
    '@jest/globals': 'jest',
    mocha: 'mocha',
    'node:test': 'node-test',
    ava: 'ava',
    'bun:test': 'bun',
    tap: 'tap',
    uvu: 'uvu',
  }),
);
/** Globals that only one runner defines: `vi.fn()`, `jest.mock()`, `jasmine.createSpy()`. */
const JS_RUNNER_GLOBALS: ReadonlyMap<string, string> = new Map(
  Object.entries<string>({
    vi: 'vitest',
    jest: 'jest',
    jasmine: 'jasmine',
  }),
);
/** Mocha's BDD hooks; jest, vitest and jasmine call them `beforeAll`/`afterAll`. */
const MOCHA_HOOKS = new Set(['before', 'after']);

/** The one value of a list, or null when it is empty or holds several. */
function single<T extends { framework: string }>(found: readonly T[]): T | null {
  const first = found[0];
  if (first === undefined) return null;
  return found.every((f) => f.framework === first.framework) ? first : null;
}

function javaScriptFramework(facts: FileFacts): FrameworkEvidence | null {
  const imported = facts.imports.flatMap((i) => {
    const framework = JS_RUNNER_MODULES.get(i.module);
    return framework === undefined ? [] : [{ framework, line: i.line }];
  });
  if (imported.length > 0) return single(imported);
  const globals = facts.calls.flatMap((call) => {
    const framework = call.receiver === null ? undefined : JS_RUNNER_GLOBALS.get(call.receiver);
    return framework === undefined ? [] : [{ framework, line: call.line }];
  });
  if (globals.length > 0) return single(globals);
  const hook = facts.calls.find((c) => c.receiver === null && MOCHA_HOOKS.has(c.callee));
  return hook === undefined ? null : { framework: 'mocha', line: hook.line };
}

/** The standard library's test case classes. */
const UNITTEST_CASES = /^(?:unittest\.)?(?:TestCase|IsolatedAsyncioTestCase)$/;

/**
 * The base kind of a Python test class: `unittest` for the standard library's `TestCase`
 * (`unittest.TestCase`, or `TestCase` imported from `unittest`), `other` for any other
 * `*TestCase` (Django's, DRF's, a project's base: their runner and style are their own), null
 * for a class that is no test case.
 */
function testCaseKind(
  base: string,
  fromUnittest: ReadonlySet<string>,
): 'unittest' | 'other' | null {
  const name = base.replace(/\[.*$/s, '');
  if (!/TestCase$/.test(name)) return null;
  const stdlib = name.startsWith('unittest.') ? UNITTEST_CASES.test(name) : fromUnittest.has(name);
  return stdlib ? 'unittest' : 'other';
}

/**
 * unittest: subclasses of the standard library's `TestCase`; pytest: `test_*` functions and
 * base-less `Test*` classes. A file with other `TestCase` subclasses (Django's `TestCase`, run
 * by Django's runner or by pytest-django alike) names no framework.
 */
function pythonFramework(facts: FileFacts): FrameworkEvidence | null {
  const fromUnittest = new Set(
    facts.imports
      .filter((i) => i.module === 'unittest')
      .flatMap((i) => i.names.map((n) => n.alias ?? n.name))
      .filter((name) => UNITTEST_CASES.test(name)),
  );
  const found: FrameworkEvidence[] = [];
  for (const cls of facts.classes) {
    const kinds = cls.extends.map((base) => testCaseKind(base, fromUnittest));
    if (kinds.includes('other')) return null;
    if (kinds.includes('unittest')) {
      found.push({ framework: 'unittest', line: cls.range.startLine });
    } else if (/^Test/.test(cls.name) && cls.extends.every((b) => b === 'object')) {
      found.push({ framework: 'pytest', line: cls.range.startLine });
    }
  }
  const testFunction = facts.functions.find(
    (fn) =>
      fn.qualifiedName === fn.name &&
      fn.name.startsWith('test') &&
      !fn.decorators.some((d) => /(?:^|\.)fixture$/.test(d.name)),
  );
  if (testFunction !== undefined)
    found.push({ framework: 'pytest', line: testFunction.range.startLine });
  return single(found);
}

/**
 * The framework that provides a JVM `@Test` annotation. `kotlin.test.Test` is not one: it is an
 * alias that `kotlin-test-junit5`/`-junit`/`-testng` binds to the runner in use, so it names no
 * framework of its own.
 */
const JVM_TEST_PACKAGES: readonly (readonly [RegExp, string])[] = [
  [/^org\.junit\.jupiter\./, 'junit5'],
  [/^org\.junit$/, 'junit4'],
  [/^org\.testng\.annotations$/, 'testng'],
];

function jvmImportFramework(i: ImportFact): string | null {
  if (i.module.startsWith('io.kotest.core.spec')) return 'kotest';
  if (i.module === 'junit.framework' && i.names.some((n) => n.name === 'TestCase')) return 'junit3';
  if (!i.names.some((n) => n.name === 'Test' || n.name === '*')) return null;
  for (const [pattern, framework] of JVM_TEST_PACKAGES)
    if (pattern.test(i.module)) return framework;
  return null;
}

function jvmFramework(facts: FileFacts): FrameworkEvidence | null {
  const found = facts.imports.flatMap((i) => {
    const framework = jvmImportFramework(i);
    return framework === null ? [] : [{ framework, line: i.line }];
  });
  for (const fn of facts.functions) {
    for (const decorator of fn.decorators) {
      const qualified = /^(.+)\.Test$/.exec(decorator.name)?.[1];
      const match = JVM_TEST_PACKAGES.find(([pattern]) => pattern.test(qualified ?? ''));
      if (match !== undefined) found.push({ framework: match[1], line: fn.range.startLine });
    }
  }
  return single(found);
}

/** xUnit `[Fact]`/`[Theory]`, NUnit `[Test]`/`[TestCase]`, MSTest `[TestMethod]`. */
const CSHARP_ATTRIBUTES: ReadonlyMap<string, string> = new Map(
  Object.entries<string>({
    Fact: 'xunit',
    Theory: 'xunit',
    Test: 'nunit',
    TestCase: 'nunit',
    TestCaseSource: 'nunit',
    TestMethod: 'mstest',
    DataTestMethod: 'mstest',
  }),
);

function attributeFramework(fn: FunctionFact): string | null {
  for (const decorator of fn.decorators) {
    const name = simpleName(decorator.name).replace(/Attribute$/, '');
    const framework = CSHARP_ATTRIBUTES.get(name);
    if (framework !== undefined) return framework;
  }
  return null;
}

function csharpFramework(facts: FileFacts): FrameworkEvidence | null {
  return single(
    facts.functions.flatMap((fn) => {
      const framework = attributeFramework(fn);
      return framework === null ? [] : [{ framework, line: fn.range.startLine }];
    }),
  );
}

/** PHPUnit: a `TestCase` subclass; Pest: top-level `test()`/`it()` calls. */
function phpFramework(facts: FileFacts): FrameworkEvidence | null {
  const found: FrameworkEvidence[] = [];
  const testCase = facts.classes.find((c) => c.extends.some((b) => /TestCase$/.test(b)));
  if (testCase !== undefined) found.push({ framework: 'phpunit', line: testCase.range.startLine });
  const pest = facts.calls.find(
    (c) =>
      c.enclosingFunction === null &&
      c.receiver === null &&
      (c.callee === 'test' || c.callee === 'it'),
  );
  if (pest !== undefined) found.push({ framework: 'pest', line: pest.line });
  return single(found);
}

const RUBY_BASES: readonly (readonly [RegExp, string])[] = [
  [
    /^(?:::)?(?:Minitest::(?:Test|Spec)|ActiveSupport::TestCase|ActionDispatch::IntegrationTest)$/,
    'minitest',
  ],
  [/^(?:::)?Test::Unit::TestCase$/, 'test-unit'],
];

function rubyBase(cls: ClassFact): string | null {
  for (const base of cls.extends) {
    const match = RUBY_BASES.find(([pattern]) => pattern.test(base));
    if (match !== undefined) return match[1];
  }
  return null;
}

/** RSpec: `RSpec.describe` or `spec_helper`/`rails_helper`; minitest and test-unit: their base classes or requires. */
function rubyFramework(facts: FileFacts): FrameworkEvidence | null {
  const found: FrameworkEvidence[] = [];
  for (const cls of facts.classes) {
    const framework = rubyBase(cls);
    if (framework !== null) found.push({ framework, line: cls.range.startLine });
  }
  for (const i of facts.imports) {
    if (/^(?:spec_helper|rails_helper|rspec(?:\/.*)?)$/.test(i.module))
      found.push({ framework: 'rspec', line: i.line });
    else if (/^minitest(?:\/.*)?$/.test(i.module))
      found.push({ framework: 'minitest', line: i.line });
  }
  const rspec = facts.calls.find((c) => c.receiver === 'RSpec' && c.callee === 'describe');
  if (rspec !== undefined) found.push({ framework: 'rspec', line: rspec.line });
  return single(found);
}

/**
 * The test framework a test file is written for, from what it imports, extends, annotates or
 * calls, or null when the file does not say or names several.
 */
export function testFrameworkOf(file: DetectionFile): FrameworkEvidence | null {
  const facts = file.facts;
  switch (file.language) {
    case 'typescript':
    case 'javascript':
      return javaScriptFramework(facts);
    case 'python':
      return pythonFramework(facts);
    case 'java':
    case 'kotlin':
      return jvmFramework(facts);
    case 'csharp':
      return csharpFramework(facts);
    case 'php':
      return phpFramework(facts);
    case 'ruby':
      return rubyFramework(facts);
    default:
      return null;
  }
}
