import type { CallFact, EntryPointKind } from '@drift/core';
import {
  isKotestSpec,
  jsTestCallName,
  RUBY_TEST_CALLS,
  shadowsTestGlobals,
} from '../detection/shared/testing-files.js';
import type { FileContext } from './file-context.js';

/** Catch2 and doctest test-case macros, which the C/C++ parsers read as module-level calls. */
const CPP_TEST_CALLS = new Set(['TEST_CASE', 'SCENARIO', 'TEMPLATE_TEST_CASE', 'TEST_CASE_METHOD']);

/** A suite or case with a body (`it.todo('…')` and `it.each(table)` take theirs later). */
function declaresJsTest(call: CallFact): boolean {
  return (
    jsTestCallName(call) !== null &&
    (call.argumentCount >= 2 || /^(?:todo|each|skipIf|runIf)$/.test(call.callee))
  );
}

function declaresRubyTest(call: CallFact): boolean {
  return (call.receiver === null || call.receiver === 'RSpec') && RUBY_TEST_CALLS.has(call.callee);
}

function declaresPestTest(call: CallFact): boolean {
  return call.receiver === null && (call.callee === 'test' || call.callee === 'it');
}

function declaresCppTest(call: CallFact): boolean {
  return call.receiver === null && CPP_TEST_CALLS.has(call.callee);
}

function moduleCallsDeclare(context: FileContext, declares: (call: CallFact) => boolean): boolean {
  return context.facts.calls.some((call) => call.enclosingFunction === null && declares(call));
}

/**
 * The entry-point kind of a file's module-level code (its `<module>` node), or null. Tests whose
 * cases are anonymous callbacks run from there, so a test file's `<module>` is a `test` entry
 * point when its module-level code declares them: `describe`/`it`/`test` of Vitest, Jest, Mocha
 * and Jasmine (unless the file defines a function of such a name), RSpec and minitest/spec
 * blocks, Pest's `test`/`it`, Catch2/doctest `TEST_CASE`s, and Kotest specs. Only files whose
 * role is `test` qualify: a `describe` call elsewhere is someone else's function.
 */
export function moduleEntryPointOf(context: FileContext): EntryPointKind | null {
  if (context.role !== 'test') return null;
  switch (context.language) {
    case 'typescript':
    case 'javascript':
      return !shadowsTestGlobals(context.facts) && moduleCallsDeclare(context, declaresJsTest)
        ? 'test'
        : null;
    case 'ruby':
      return moduleCallsDeclare(context, declaresRubyTest) ? 'test' : null;
    case 'php':
      return moduleCallsDeclare(context, declaresPestTest) ? 'test' : null;
    case 'c':
    case 'cpp':
      return moduleCallsDeclare(context, declaresCppTest) ? 'test' : null;
    case 'kotlin':
      return context.facts.classes.some((cls) => [...context.ancestorsOf(cls)].some(isKotestSpec))
        ? 'test'
        : null;
    default:
      return null;
  }
}
