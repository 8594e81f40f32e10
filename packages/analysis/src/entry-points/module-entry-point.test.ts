import type { CodeLanguage } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { FileContext } from './file-context.js';
import { moduleEntryPointOf } from './module-entry-point.js';

beforeAll(async () => {
  await loadParsers(['typescript', 'ruby', 'php', 'cpp', 'kotlin', 'python']);
});

function moduleKind(language: CodeLanguage, path: string, source: string): string | null {
  const facts = loadedParser(language).parse(path, source);
  return moduleEntryPointOf(new FileContext({ path, facts }));
}

const VITEST = `import { describe, it } from 'vitest';
describe('users', () => { it('creates', () => { create(); }); });`;

describe('moduleEntryPointOf', () => {
  it('makes the module of a JavaScript test file declaring suites or cases a test', () => {
    expect(moduleKind('typescript', 'src/users.test.ts', VITEST)).toBe('test');
    expect(moduleKind('typescript', 'test/users.ts', "it.each([1, 2])('x %i', (n) => {});")).toBe(
      'test',
    );
    expect(moduleKind('typescript', 'src/a.spec.ts', "test.only('x', () => {});")).toBe('test');
  });

  it('leaves out helpers, lookalike calls and files outside test roles', () => {
    expect(moduleKind('typescript', 'src/users.ts', VITEST)).toBeNull();
    expect(moduleKind('typescript', 'test/helpers.ts', 'export function make() {}')).toBeNull();
    expect(moduleKind('typescript', 'test/x.test.ts', "describe('no body');")).toBeNull();
    const shadowing = "function test(name: string, fn: () => void) { fn(); }\ntest('x', () => {});";
    expect(moduleKind('typescript', 'test/x.test.ts', shadowing)).toBeNull();
  });

  it('reads RSpec, Pest, Catch2 and Kotest declarations', () => {
    const rspec = "require 'rails_helper'\nRSpec.describe User do\n  it 'works' do\n  end\nend\n";
    expect(moduleKind('ruby', 'spec/models/user_spec.rb', rspec)).toBe('test');
    expect(moduleKind('ruby', 'spec/support/helpers.rb', 'def sign_in(user)\nend\n')).toBeNull();
    expect(
      moduleKind('php', 'tests/SumTest.php', "<?php\ntest('sum', function () { sum(1, 2); });\n"),
    ).toBe('test');
    expect(moduleKind('php', 'tests/Helpers.php', '<?php\nfunction make() {}\n')).toBeNull();
    expect(
      moduleKind(
        'cpp',
        'test/math_test.cpp',
        'TEST_CASE("adds", "[math]") { REQUIRE(add(1, 1) == 2); }\n',
      ),
    ).toBe('test');
    expect(
      moduleKind('cpp', 'test/util.cpp', 'int add(int a, int b) { return a + b; }\n'),
    ).toBeNull();
    const kotest = 'class UserSpec : FunSpec({\n  test("works") { helper() }\n})\n';
    expect(moduleKind('kotlin', 'src/test/kotlin/UserSpec.kt', kotest)).toBe('test');
    expect(moduleKind('kotlin', 'src/test/kotlin/Util.kt', 'class Util : Base()\n')).toBeNull();
  });

  it('gives no module entry point to languages whose tests are named functions', () => {
    expect(
      moduleKind('python', 'tests/test_users.py', 'def test_create():\n    pass\n'),
    ).toBeNull();
  });
});
