import type { CodeLanguage } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { FileContext } from './file-context.js';
import { testConventionEntryPoint } from './test-conventions.js';

beforeAll(async () => {
  await loadParsers(['python', 'go', 'cpp', 'php', 'typescript']);
});

function kinds(language: CodeLanguage, path: string, source: string): string[] {
  const facts = loadedParser(language).parse(path, source);
  const context = new FileContext({ path, facts });
  return facts.functions.flatMap((fn) => {
    const kind = testConventionEntryPoint(fn, context);
    return kind === null ? [] : [`${fn.qualifiedName} ${kind}`];
  });
}

const PYTEST = `import pytest
def test_create(db): pass
def setup_module(module): pass
@pytest.fixture
def test_data(): pass
def helper(): pass
def outer():
    def test_inner(): pass
class TestUsers:
    def setup_method(self): pass
    def test_list(self): pass
    def build(self): pass
class UserTests(Base):
    def test_other(self): pass
class TestWithBase(Base):
    def test_based(self): pass
class TestWithInit:
    def __init__(self): pass
    def test_never(self): pass
`;

describe('testConventionEntryPoint', () => {
  it('reads pytest tests and xunit-style hooks in test_*.py and *_test.py files', () => {
    const expected = [
      'test_create test',
      'setup_module lifecycle',
      'TestUsers.setup_method lifecycle',
      'TestUsers.test_list test',
      'TestWithBase.test_based test',
    ];
    expect(kinds('python', 'tests/test_users.py', PYTEST)).toEqual(expected);
    expect(kinds('python', 'users_test.py', PYTEST)).toEqual(expected);
  });

  it('finds no pytest tests outside pytest files: test_helper in a module is a function', () => {
    expect(kinds('python', 'app/testing.py', PYTEST)).toEqual([]);
    expect(kinds('python', 'tests/conftest.py', PYTEST)).toEqual([]);
  });

  it('reads go test, benchmark, fuzz and example functions and TestMain by name and signature', () => {
    const source = `package users_test
import "testing"
func TestCreate(t *testing.T) {}
func Test(t *testing.T) {}
func BenchmarkList(b *testing.B) {}
func FuzzParse(f *testing.F) {}
func ExampleUser() {}
func Example_suffix() {}
func TestMain(m *testing.M) {}
func Testify(t *testing.T) {}
func TestWrongParam(b *testing.B) {}
func TestNoParam() {}
func ExampleWithParam(x int) {}
func helper(t *testing.T) {}
type S struct{}
func (s *S) TestMethod(t *testing.T) {}
`;
    expect(kinds('go', 'users/users_test.go', source)).toEqual([
      'TestCreate test',
      'Test test',
      'BenchmarkList test',
      'FuzzParse test',
      'ExampleUser test',
      'Example_suffix test',
      'TestMain lifecycle',
    ]);
  });

  it('finds no go tests outside _test.go files', () => {
    expect(
      kinds('go', 'users/users.go', 'package users\nfunc TestCreate(t *testing.T) {}\n'),
    ).toEqual([]);
  });

  it('reads GoogleTest and Boost.Test macros, not functions of other names', () => {
    const source =
      'TEST(Math, Adds) { EXPECT_EQ(2, add(1, 1)); }\nTEST_F(Fixture, Works) {}\nvoid TESTING() {}\nint add(int a, int b) { return a + b; }\n';
    expect(kinds('cpp', 'test/math_test.cpp', source)).toEqual(['TEST test', 'TEST_F test']);
  });

  it('reads the PHPUnit @test tag on methods only', () => {
    const source = `<?php
class UserTest extends TestCase {
  /** @test */
  public function it_works(): void {}
  /** Not a @tester. */
  public function other(): void {}
}
/** @test */
function loose() {}
`;
    expect(kinds('php', 'tests/UserTest.php', source)).toEqual(['UserTest.it_works test']);
  });

  it('has no conventions for languages whose tests are declared otherwise', () => {
    expect(kinds('typescript', 'a.test.ts', 'export function testSomething() {}')).toEqual([]);
  });
});
