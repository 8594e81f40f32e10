import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { testFramework } from './test-framework.js';

const CASE = "it('works', () => {});\n";

describe('testing/test-framework', () => {
  it('names the JavaScript runner from imports, then from runner-only globals', async () => {
    expect(
      await observe(testFramework, 'src/a.test.ts', `import { it } from 'vitest';\n${CASE}`),
    ).toEqual(['vitest@1']);
    expect(
      await observe(testFramework, 'src/a.test.ts', `import { it } from '@jest/globals';\n${CASE}`),
    ).toEqual(['jest@1']);
    expect(
      await observe(testFramework, 'test/a.test.js', `const test = require('node:test');\n${CASE}`),
    ).toEqual(['node-test@1']);
    expect(await observe(testFramework, 'src/a.test.ts', `${CASE}const f = vi.fn();\n`)).toEqual([
      'vitest@2',
    ]);
    expect(await observe(testFramework, 'src/a.test.ts', `jest.mock('./a');\n${CASE}`)).toEqual([
      'jest@1',
    ]);
    expect(await observe(testFramework, 'test/a.test.js', `before(() => {});\n${CASE}`)).toEqual([
      'mocha@1',
    ]);
  });

  it('stays neutral on bare globals, mixed evidence and end-to-end suites', async () => {
    expect(await observe(testFramework, 'src/a.test.ts', CASE)).toEqual([]);
    const mixed = `import { it } from 'vitest';\nimport { jest } from '@jest/globals';\n${CASE}`;
    expect(await observe(testFramework, 'src/a.test.ts', mixed)).toEqual([]);
    const playwright = "import { test } from '@playwright/test';\ntest('x', async () => {});\n";
    expect(await observe(testFramework, 'tests/login.spec.ts', playwright)).toEqual([]);
  });

  it('tells pytest from unittest in Python', async () => {
    expect(
      await observe(testFramework, 'tests/test_a.py', 'def test_a():\n    assert 1\n'),
    ).toEqual(['pytest@1']);
    const pytestClass = 'class TestUsers:\n    def test_a(self):\n        assert 1\n';
    expect(await observe(testFramework, 'tests/test_a.py', pytestClass)).toEqual(['pytest@1']);
    const unittest =
      'import unittest\n\nclass UsersTest(unittest.TestCase):\n    def test_a(self):\n        pass\n';
    expect(await observe(testFramework, 'tests/test_a.py', unittest)).toEqual(['unittest@3']);
    const custom = 'class TestUsers(BaseCase):\n    def test_a(self):\n        pass\n';
    expect(await observe(testFramework, 'tests/test_a.py', custom)).toEqual([]);
  });

  it('reads JUnit 4, JUnit 5 and TestNG from where `@Test` comes from', async () => {
    const junit5 = 'import org.junit.jupiter.api.Test;\nclass ATest {\n  @Test void a() {}\n}\n';
    expect(await observe(testFramework, 'src/test/java/ATest.java', junit5)).toEqual(['junit5@1']);
    const junit4 = 'import org.junit.Test;\nclass ATest {\n  @Test public void a() {}\n}\n';
    expect(await observe(testFramework, 'src/test/java/ATest.java', junit4)).toEqual(['junit4@1']);
    const testng = 'import org.testng.annotations.Test;\nclass ATest {\n  @Test void a() {}\n}\n';
    expect(await observe(testFramework, 'src/test/java/ATest.java', testng)).toEqual(['testng@1']);
    const kotlinTest = 'import kotlin.test.Test\nclass ATest {\n  @Test fun a() {}\n}\n';
    expect(await observe(testFramework, 'src/test/kotlin/ATest.kt', kotlinTest)).toEqual([]);
    const kotest =
      'import io.kotest.core.spec.style.FunSpec\nclass ASpec : FunSpec({\n  test("a") {}\n})\n';
    expect(await observe(testFramework, 'src/test/kotlin/ASpec.kt', kotest)).toEqual(['kotest@1']);
  });

  it('reads C# attributes, PHPUnit and Pest, RSpec and Minitest', async () => {
    const xunit = 'public class ATests {\n  [Fact]\n  public void A() {}\n}\n';
    expect(await observe(testFramework, 'tests/ATests.cs', xunit)).toEqual(['xunit@3']);
    const nunit = 'public class ATests {\n  [Test]\n  public void A() {}\n}\n';
    expect(await observe(testFramework, 'tests/ATests.cs', nunit)).toEqual(['nunit@3']);
    const phpunit =
      '<?php\nclass ATest extends TestCase {\n  public function testA(): void {}\n}\n';
    expect(await observe(testFramework, 'tests/ATest.php', phpunit)).toEqual(['phpunit@2']);
    const pest = "<?php\ntest('adds', function () {\n  expect(1)->toBe(1);\n});\n";
    expect(await observe(testFramework, 'tests/ATest.php', pest)).toEqual(['pest@2']);
    const rspec = "require 'spec_helper'\nRSpec.describe A do\n  it 'a' do\n  end\nend\n";
    expect(await observe(testFramework, 'spec/a_spec.rb', rspec)).toEqual(['rspec@1']);
    const minitest = 'class ATest < Minitest::Test\n  def test_a\n  end\nend\n';
    expect(await observe(testFramework, 'test/a_test.rb', minitest)).toEqual(['minitest@1']);
  });
});
