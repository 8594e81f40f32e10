import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { testPlacement } from './test-placement.js';

const JS_TEST = "describe('users', () => {\n  it('works', () => {});\n});\n";
const PY_TEST = 'def test_create():\n    assert True\n';

describe('testing/test-placement', () => {
  it('tells colocated tests from tests in test folders in TypeScript', async () => {
    expect(await observe(testPlacement, 'src/users/users.test.ts', JS_TEST)).toEqual([
      'colocated@1',
    ]);
    expect(await observe(testPlacement, 'test/users.test.ts', JS_TEST)).toEqual([
      'separate-tree@1',
    ]);
    expect(await observe(testPlacement, 'src/users/__tests__/users.test.ts', JS_TEST)).toEqual([
      'separate-tree@1',
    ]);
    expect(await observe(testPlacement, 'packages/a/spec/users.spec.js', JS_TEST)).toEqual([
      'separate-tree@1',
    ]);
  });

  it('does not count a module named `testing`, helpers, or special suites', async () => {
    expect(await observe(testPlacement, 'src/helper/testing/index.test.ts', JS_TEST)).toEqual([
      'colocated@1',
    ]);
    expect(await observe(testPlacement, 'test/helpers.ts', 'export const a = 1;\n')).toEqual([]);
    expect(await observe(testPlacement, 'e2e/users.test.ts', JS_TEST)).toEqual([]);
    expect(await observe(testPlacement, 'runtime-tests/bun/users.test.ts', JS_TEST)).toEqual([]);
    expect(await observe(testPlacement, 'docs_src/app/test_main.py', PY_TEST)).toEqual([]);
  });

  it('reads Python layouts and leaves other languages out', async () => {
    expect(await observe(testPlacement, 'app/users_test.py', PY_TEST)).toEqual(['colocated@1']);
    expect(await observe(testPlacement, 'tests/test_users.py', PY_TEST)).toEqual([
      'separate-tree@1',
    ]);
    expect(await observe(testPlacement, 'shop/account/tests/test_users.py', PY_TEST)).toEqual([
      'separate-tree@1',
    ]);
    const java = 'class UserTest {\n  @Test\n  void works() {}\n}\n';
    expect(await observe(testPlacement, 'src/test/java/UserTest.java', java)).toEqual([]);
  });
});
