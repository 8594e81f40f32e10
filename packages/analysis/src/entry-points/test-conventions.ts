import type { EntryPointKind, FunctionFact } from '@drift/core';
import type { FileContext } from './file-context.js';

/** pytest's default `python_files`: `test_*.py` and `*_test.py`. */
const PYTEST_FILE = /^test_.*\.py$|_test\.py$/;
/** pytest's xunit-style setup and teardown functions and methods. */
const PYTEST_XUNIT_HOOK = /^(?:setup|teardown)_(?:module|function|class|method)$/;

/**
 * Go's test functions (`go help testfunc`): the name's prefix, then a suffix that does not start
 * with a lower-case letter, and the one parameter `*testing.T`, `*testing.B` or `*testing.F`.
 */
const GO_TEST_FUNCTIONS: readonly (readonly [RegExp, RegExp])[] = [
  [/^Test(?![a-z])/, /^\*(?:\w+\.)?T$/],
  [/^Benchmark(?![a-z])/, /^\*(?:\w+\.)?B$/],
  [/^Fuzz(?![a-z])/, /^\*(?:\w+\.)?F$/],
];
const GO_EXAMPLE = /^Example(?![a-z])/;
const GO_TEST_MAIN = /^\*(?:\w+\.)?M$/;

/**
 * Test macros of GoogleTest and Boost.Test, which the C++ parser reads as functions of that name.
 */
const CPP_TEST_MACROS = new Set([
  'TEST',
  'TEST_F',
  'TEST_P',
  'TYPED_TEST',
  'TYPED_TEST_P',
  'BOOST_AUTO_TEST_CASE',
  'BOOST_FIXTURE_TEST_CASE',
  'BOOST_DATA_TEST_CASE',
]);

function isTopLevel(fn: FunctionFact): boolean {
  return fn.className === null && fn.qualifiedName === fn.name;
}

function isPytestFixture(fn: FunctionFact): boolean {
  return fn.decorators.some((d) => /(?:^|\.)fixture$/.test(d.name));
}

/**
 * pytest collection with its default settings: `test*` functions at module level, and `test*`
 * methods of `Test*` classes without an `__init__`, in `test_*.py`/`*_test.py` files; the
 * xunit-style `setup_*`/`teardown_*` hooks there are lifecycle. (`unittest.TestCase` subclasses
 * are class rules: they run in any file.)
 */
function pytestEntryPoint(fn: FunctionFact, context: FileContext): EntryPointKind | null {
  if (!PYTEST_FILE.test(context.baseName) || isPytestFixture(fn)) return null;
  const owner = context.ownerOf(fn);
  const collected =
    owner === undefined
      ? isTopLevel(fn)
      : /^Test/.test(owner.name) && !owner.methods.includes('__init__');
  if (!collected) return null;
  if (fn.name.startsWith('test')) return 'test';
  return PYTEST_XUNIT_HOOK.test(fn.name) ? 'lifecycle' : null;
}

/**
 * `go test` functions of `_test.go` files; `TestMain(m *testing.M)` wraps them as a lifecycle hook.
 */
function goTestEntryPoint(fn: FunctionFact, context: FileContext): EntryPointKind | null {
  if (!context.path.endsWith('_test.go') || !isTopLevel(fn)) return null;
  const only = fn.parameters.length === 1 ? (fn.parameters[0]?.type ?? '') : null;
  if (fn.name === 'TestMain' && only !== null && GO_TEST_MAIN.test(only)) return 'lifecycle';
  if (GO_EXAMPLE.test(fn.name)) return fn.parameters.length === 0 ? 'test' : null;
  const match = GO_TEST_FUNCTIONS.find(([name]) => name.test(fn.name));
  return match !== undefined && only !== null && match[1].test(only) ? 'test' : null;
}

/**
 * Tests and test hooks recognised by naming conventions rather than decorators or base classes:
 * pytest, `go test`, GoogleTest/Boost.Test macros, and PHPUnit's `@test` doc-comment tag.
 */
export function testConventionEntryPoint(
  fn: FunctionFact,
  context: FileContext,
): EntryPointKind | null {
  switch (context.language) {
    case 'python':
      return pytestEntryPoint(fn, context);
    case 'go':
      return goTestEntryPoint(fn, context);
    case 'c':
    case 'cpp':
      return isTopLevel(fn) && CPP_TEST_MACROS.has(fn.name) ? 'test' : null;
    case 'php':
      return fn.className !== null && /(?:^|\s)@test\b/.test(fn.docComment ?? '') ? 'test' : null;
    default:
      return null;
  }
}
