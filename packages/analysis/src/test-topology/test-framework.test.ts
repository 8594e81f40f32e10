import type { CodeLanguage } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { testFrameworkOf } from './test-framework.js';

beforeAll(async () => {
  await loadParsers();
});

function frameworkOf(language: CodeLanguage, path: string, source: string): string | null {
  return testFrameworkOf({ path, facts: loadedParser(language).parse(path, source) });
}

describe('testFrameworkOf', () => {
  it('names JavaScript runners from imports and runner globals, not from bare describe/it', () => {
    const it_ = "it('works', () => {});\n";
    expect(frameworkOf('typescript', 'src/a.test.ts', `import { it } from 'vitest';\n${it_}`)).toBe(
      'vitest',
    );
    expect(frameworkOf('typescript', 'src/a.test.ts', `jest.mock('./a');\n${it_}`)).toBe('jest');
    expect(frameworkOf('javascript', 'test/a.test.js', `before(() => {});\n${it_}`)).toBe('mocha');
    expect(frameworkOf('typescript', 'src/a.test.ts', it_)).toBeNull();
  });

  it('tells pytest from unittest, and JUnit 4 from JUnit 5 and TestNG', () => {
    expect(frameworkOf('python', 'tests/test_a.py', 'def test_a():\n    assert 1\n')).toBe(
      'pytest',
    );
    const unittest =
      'import unittest\nclass A(unittest.TestCase):\n    def test_a(self):\n        pass\n';
    expect(frameworkOf('python', 'tests/test_a.py', unittest)).toBe('unittest');
    const java = (from: string) => `import ${from}.Test;\nclass ATest {\n  @Test void a() {}\n}\n`;
    expect(frameworkOf('java', 'src/test/java/ATest.java', java('org.junit.jupiter.api'))).toBe(
      'junit5',
    );
    expect(frameworkOf('java', 'src/test/java/ATest.java', java('org.junit'))).toBe('junit4');
    expect(frameworkOf('java', 'src/test/java/ATest.java', java('org.testng.annotations'))).toBe(
      'testng',
    );
  });

  it('reads .NET attributes, PHPUnit, RSpec and minitest', () => {
    const csharp = (attribute: string) => `public class T { [${attribute}] public void A() {} }`;
    expect(frameworkOf('csharp', 'Tests/T.cs', csharp('Fact'))).toBe('xunit');
    expect(frameworkOf('csharp', 'Tests/T.cs', csharp('Test'))).toBe('nunit');
    expect(frameworkOf('csharp', 'Tests/T.cs', csharp('TestMethod'))).toBe('mstest');
    expect(
      frameworkOf(
        'php',
        'tests/ATest.php',
        '<?php\nclass ATest extends TestCase {\n  public function testA() {}\n}\n',
      ),
    ).toBe('phpunit');
    expect(
      frameworkOf('ruby', 'spec/a_spec.rb', "require 'rails_helper'\nRSpec.describe A do\nend\n"),
    ).toBe('rspec');
    expect(
      frameworkOf(
        'ruby',
        'test/a_test.rb',
        'class ATest < Minitest::Test\n  def test_a; end\nend\n',
      ),
    ).toBe('minitest');
  });

  it('reads go test files importing testing, and Rust tests run by libtest', () => {
    const go = 'package a\nimport "testing"\nfunc TestA(t *testing.T) {}\n';
    expect(frameworkOf('go', 'a/a_test.go', go)).toBe('go-testing');
    expect(frameworkOf('go', 'a/a.go', go)).toBeNull();
    expect(frameworkOf('go', 'a/b_test.go', 'package a\nfunc helper() {}\n')).toBeNull();
    expect(frameworkOf('rust', 'src/lib.rs', '#[tokio::test]\nasync fn works() {}\n')).toBe(
      'rust-test',
    );
    expect(frameworkOf('rust', 'src/lib.rs', '#[inline]\nfn fast() {}\n')).toBeNull();
  });

  it('does not tell C and C++ frameworks apart', () => {
    expect(frameworkOf('cpp', 'test/a_test.cpp', 'TEST(A, B) {}\n')).toBeNull();
  });
});
