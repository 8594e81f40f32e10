import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { testFileNaming } from './test-file-naming.js';

const JS_TEST = "describe('users', () => {\n  it('works', () => {});\n});\n";
const PY_TEST = 'def test_create():\n    assert True\n';
const JAVA_TEST = 'class A {\n  @Test\n  void works() {}\n}\n';

describe('testing/test-file-naming', () => {
  it('tells `.test.` from `.spec.` and unmarked test files in TypeScript and JavaScript', async () => {
    expect(await observe(testFileNaming, 'src/users.test.ts', JS_TEST)).toEqual(['dot-test@1']);
    expect(await observe(testFileNaming, 'src/users.spec.tsx', JS_TEST)).toEqual(['dot-spec@1']);
    expect(await observe(testFileNaming, 'test/users.js', JS_TEST)).toEqual(['unmarked@1']);
    expect(await observe(testFileNaming, 'src/__tests__/users.ts', JS_TEST)).toEqual([
      'unmarked@1',
    ]);
  });

  it('leaves helpers, type tests, shared behaviours and end-to-end suites out', async () => {
    const helper = 'export function makeUser() {\n  return {};\n}\n';
    expect(await observe(testFileNaming, 'test/test-utils.ts', helper)).toEqual([]);
    expect(await observe(testFileNaming, 'test/setup.ts', 'beforeEach(() => {});\n')).toEqual([]);
    const shared = "export function behavesLikeAList() {\n  it('adds', () => {});\n}\n";
    expect(await observe(testFileNaming, 'test/shared.ts', shared)).toEqual([]);
    expect(await observe(testFileNaming, 'src/types.test-d.ts', JS_TEST)).toEqual([]);
    expect(await observe(testFileNaming, 'e2e/login.spec.ts', JS_TEST)).toEqual([]);
    expect(await observe(testFileNaming, 'src/app.e2e-spec.ts', JS_TEST)).toEqual([]);
    const playwright =
      "import { test } from '@playwright/test';\ntest('logs in', async () => {});\n";
    expect(await observe(testFileNaming, 'tests/login.ts', playwright)).toEqual([]);
    expect(await observe(testFileNaming, 'runtime-tests/deno/app.ts', JS_TEST)).toEqual([]);
  });

  it('reads Python test modules, not fixtures or helpers', async () => {
    expect(await observe(testFileNaming, 'tests/test_users.py', PY_TEST)).toEqual([
      'test-prefix@1',
    ]);
    expect(await observe(testFileNaming, 'app/users_test.py', PY_TEST)).toEqual([
      'underscore-test@1',
    ]);
    expect(await observe(testFileNaming, 'tests/users.py', PY_TEST)).toEqual(['unmarked@1']);
    const unittest = 'class UsersTests(TestCase):\n    def test_create(self):\n        pass\n';
    expect(await observe(testFileNaming, 'tests/users.py', unittest)).toEqual(['unmarked@1']);
    const fixtures = '@pytest.fixture\ndef test_client():\n    return Client()\n';
    expect(await observe(testFileNaming, 'tests/conftest.py', fixtures)).toEqual([]);
    expect(await observe(testFileNaming, 'tests/helpers.py', fixtures)).toEqual([]);
    expect(await observe(testFileNaming, 'app/tests.py', PY_TEST)).toEqual([]);
  });

  it('reads Java, Kotlin and C# test classes', async () => {
    expect(await observe(testFileNaming, 'src/test/java/p/UserTest.java', JAVA_TEST)).toEqual([
      'suffix-test@1',
    ]);
    expect(await observe(testFileNaming, 'src/test/java/p/UserTests.java', JAVA_TEST)).toEqual([
      'suffix-tests@1',
    ]);
    expect(await observe(testFileNaming, 'src/test/java/p/UserChecks.java', JAVA_TEST)).toEqual([
      'unmarked@1',
    ]);
    expect(await observe(testFileNaming, 'src/test/java/p/UserIT.java', JAVA_TEST)).toEqual([]);
    expect(await observe(testFileNaming, 'src/test/java/p/TestUtils.java', JAVA_TEST)).toEqual([]);
    const helper = 'class Fixtures {\n  static User user() { return null; }\n}\n';
    expect(await observe(testFileNaming, 'src/test/java/p/Fixtures.java', helper)).toEqual([]);
    const kotlin = 'class UserTest {\n  @Test fun works() {}\n}\n';
    expect(await observe(testFileNaming, 'src/test/kotlin/UserTest.kt', kotlin)).toEqual([
      'suffix-test@1',
    ]);
    const csharp = 'public class UserTests {\n  [Fact]\n  public void Works() {}\n}\n';
    expect(await observe(testFileNaming, 'tests/Unit/UserTests.cs', csharp)).toEqual([
      'suffix-tests@1',
    ]);
  });

  it('reads RSpec and minitest files, not shared examples or helpers', async () => {
    const spec = "RSpec.describe User do\n  it 'works' do\n  end\nend\n";
    expect(await observe(testFileNaming, 'spec/user_spec.rb', spec)).toEqual(['underscore-spec@1']);
    const minitest = 'class UserTest < Minitest::Test\n  def test_works\n  end\nend\n';
    expect(await observe(testFileNaming, 'test/user_test.rb', minitest)).toEqual([
      'underscore-test@1',
    ]);
    const shared = "shared_examples 'a model' do\n  it 'saves' do\n  end\nend\n";
    expect(await observe(testFileNaming, 'spec/support/model.rb', shared)).toEqual([]);
    const helper = 'class Minitest::Test\n  def self.example(d)\n    it(d) { }\n  end\nend\n';
    expect(await observe(testFileNaming, 'test/helper.rb', helper)).toEqual([]);
  });
});
