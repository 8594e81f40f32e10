import type { CallFact, FileFacts, ImportFact } from '@drift/core';

/** An assertion call and the style (library) it is written in. */
export interface Assertion {
  readonly style: string;
  readonly line: number;
}

const NODE_ASSERT_MODULES = new Set([
  'assert',
  'node:assert',
  'assert/strict',
  'node:assert/strict',
]);
/** Runners whose `expect` is the Jest-style matcher API. */
const EXPECT_MODULES = new Set(['vitest', '@jest/globals', 'bun:test', '@playwright/test']);

/** The local names a JavaScript import binds, each with its module. */
function jsBindings(imports: readonly ImportFact[]): Map<string, string> {
  const bound = new Map<string, string>();
  for (const i of imports) {
    for (const name of i.names) bound.set(name.alias ?? name.name, i.module);
    if (i.defaultName !== null) bound.set(i.defaultName, i.module);
    if (i.namespaceName !== null) bound.set(i.namespaceName, i.module);
  }
  return bound;
}

function jsStyle(call: CallFact, bound: ReadonlyMap<string, string>): string | null {
  const { callee, receiver } = call;
  if (receiver === null && callee === 'expect') {
    const module = bound.get('expect');
    if (module === undefined || EXPECT_MODULES.has(module)) return 'expect';
    return module === 'chai' ? 'chai' : null;
  }
  const assertName = receiver ?? callee;
  if (assertName === 'assert' || (receiver !== null && bound.has(receiver))) {
    const module = bound.get(assertName);
    if (module === 'chai') return 'chai';
    if (module !== undefined && NODE_ASSERT_MODULES.has(module)) return 'node-assert';
    return null;
  }
  return receiver !== null && /\.should(?:\.|$)/.test(receiver) ? 'chai' : null;
}

/** `expect(…)` (Jest, Vitest), chai's `expect`/`assert`/`should`, and `node:assert`. */
export function javaScriptAssertions(facts: FileFacts): Assertion[] {
  const bound = jsBindings(facts.imports);
  return facts.calls.flatMap((call) => {
    const style = jsStyle(call, bound);
    return style === null ? [] : [{ style, line: call.line }];
  });
}

/** Exception assertions sit beside any style (`assertThrows` next to AssertJ); they are not counted. */
const EXCEPTION_ASSERTIONS =
  /^(?:assertThrows|assertDoesNotThrow|assertFails|assertFailsWith|assertFailure|assertTimeout\w*|fail)$/;

/** Assertion libraries by the module their functions are imported from. */
const JVM_LIBRARIES: readonly (readonly [RegExp, string])[] = [
  [/^org\.assertj\./, 'assertj'],
  [/^assertk(?:\.|$)/, 'assertk'],
  [/^com\.google\.common\.truth\./, 'truth'],
  [/^org\.hamcrest\./, 'hamcrest'],
  [
    /^org\.junit\.jupiter\.api\.Assertions$|^org\.junit\.Assert$|^junit\.framework\.(?:Assert|TestCase)$/,
    'junit',
  ],
  [/^org\.testng\.Assert$/, 'testng'],
  [/^kotlin\.test$/, 'kotlin-test'],
];

function jvmLibrary(module: string): string | null {
  return JVM_LIBRARIES.find(([pattern]) => pattern.test(module))?.[1] ?? null;
}

/** Where each imported name comes from (`assertThat` → `org.assertj.core.api.Assertions.assertThat`), and wildcard imports of assertion classes. */
function jvmBindings(imports: readonly ImportFact[]): {
  named: Map<string, string>;
  wildcards: string[];
} {
  const named = new Map<string, string>();
  const wildcards: string[] = [];
  for (const i of imports) {
    for (const name of i.names) {
      if (name.name === '*') {
        if (jvmLibrary(i.module) !== null) wildcards.push(i.module);
      } else named.set(name.alias ?? name.name, `${i.module}.${name.name}`);
    }
  }
  return { named, wildcards };
}

function jvmStyle(call: CallFact, bindings: ReturnType<typeof jvmBindings>): string | null {
  if (!/^assert[A-Z]/.test(call.callee) || EXCEPTION_ASSERTIONS.test(call.callee)) return null;
  let module: string | undefined;
  if (call.receiver === null) {
    const qualified = bindings.named.get(call.callee);
    module =
      qualified?.slice(0, qualified.lastIndexOf('.')) ??
      (bindings.wildcards.length === 1 ? bindings.wildcards[0] : undefined);
  } else if (/^[A-Z]\w*$/.test(call.receiver)) {
    module = bindings.named.get(call.receiver);
  }
  if (module === undefined) return null;
  const library = jvmLibrary(module);
  // JUnit 4's `Assert.assertThat(actual, matcher)` is Hamcrest's matcher style.
  if (library === 'junit' && call.callee === 'assertThat') return 'hamcrest';
  if (library === 'hamcrest' && call.callee !== 'assertThat') return null;
  return library;
}

/** AssertJ, assertk, Truth, Hamcrest, JUnit/TestNG `assert*` and `kotlin.test`, by where the call is imported from. */
export function jvmAssertions(facts: FileFacts): Assertion[] {
  const bindings = jvmBindings(facts.imports);
  return facts.calls.flatMap((call) => {
    const style = jvmStyle(call, bindings);
    return style === null ? [] : [{ style, line: call.line }];
  });
}

/** FluentAssertions `.Should()`, Shouldly `.ShouldBe(…)`, and the `Assert` class of xUnit, NUnit and MSTest. */
export function csharpAssertions(facts: FileFacts): Assertion[] {
  return facts.calls.flatMap((call) => {
    let style: string | null = null;
    if (call.callee === 'Should' && call.receiver !== null) style = 'fluent-assertions';
    else if (/^Should[A-Z]/.test(call.callee) && call.receiver !== null) style = 'shouldly';
    else if (
      (call.receiver === 'Assert' || call.receiver === 'ClassicAssert') &&
      !/^Throws/.test(call.callee)
    )
      style = 'assert-class';
    return style === null ? [] : [{ style, line: call.line }];
  });
}

/** Share of a file's assertions its dominant style needs for the file to count as written in it. */
export const DOMINANT_SHARE = 0.8;

/** The dominant style of a file's assertions and its first assertion, or null when the styles mix. */
export function dominantStyle<T extends Assertion>(assertions: readonly T[]): T | null {
  const counts = new Map<string, number>();
  for (const a of assertions) counts.set(a.style, (counts.get(a.style) ?? 0) + 1);
  for (const [style, count] of counts) {
    if (count / assertions.length >= DOMINANT_SHARE)
      return assertions.find((a) => a.style === style) ?? null;
  }
  return null;
}
