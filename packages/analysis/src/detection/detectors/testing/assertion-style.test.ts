import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { assertionStyle } from './assertion-style.js';

describe('testing/assertion-style', () => {
  it('tells Jest-style expect, chai and node:assert apart in TypeScript and JavaScript', async () => {
    const jest = "it('a', () => {\n  expect(a).toBe(1);\n  expect(b).toEqual([]);\n});\n";
    expect(await observe(assertionStyle, 'src/a.test.ts', jest)).toEqual(['expect@2']);
    const chai = [
      "import { expect } from 'chai';",
      "it('a', () => {",
      '  expect(a).to.equal(1);',
      '  b.should.equal(2);',
      '});',
    ].join('\n');
    expect(await observe(assertionStyle, 'test/a.test.ts', chai)).toEqual(['chai@3']);
    const node = [
      "import assert from 'node:assert/strict';",
      "it('a', () => {",
      '  assert.equal(a, 1);',
      '  assert(b);',
      '});',
    ].join('\n');
    expect(await observe(assertionStyle, 'test/a.test.js', node)).toEqual(['node-assert@3']);
  });

  it('stays neutral on files that mix styles or assert through helpers', async () => {
    const mixed = [
      "import assert from 'node:assert';",
      "it('a', () => {",
      '  expect(a).toBe(1);',
      '  assert.ok(b);',
      '});',
    ].join('\n');
    expect(await observe(assertionStyle, 'src/a.test.ts', mixed)).toEqual([]);
    const helper = "import { expect } from './helpers';\nit('a', () => {\n  expect(a);\n});\n";
    expect(await observe(assertionStyle, 'src/a.test.ts', helper)).toEqual([]);
    const unknown = "it('a', () => {\n  assert.equal(a, 1);\n});\n";
    expect(await observe(assertionStyle, 'src/a.test.ts', unknown)).toEqual([]);
  });

  it('tells bare assert statements from self.assert* methods in Python', async () => {
    const pytest = 'def test_a():\n    assert a == 1\n    assert b\n';
    expect(await observe(assertionStyle, 'tests/test_a.py', pytest)).toEqual([
      'assert-statement@2',
    ]);
    const unittest = [
      'class ATest(TestCase):',
      '    def test_a(self):',
      '        self.assertEqual(a, 1)',
      '        self.assertTrue(b)',
    ].join('\n');
    expect(await observe(assertionStyle, 'tests/test_a.py', unittest)).toEqual([
      'unittest-assert@3',
    ]);
    const mixed =
      'class ATest(TestCase):\n    def test_a(self):\n        assert a\n        self.assertTrue(b)\n';
    expect(await observe(assertionStyle, 'tests/test_a.py', mixed)).toEqual([]);
    expect(await observe(assertionStyle, 'app/users.py', 'def f():\n    assert a\n')).toEqual([]);
  });

  it('reads the assertion library of Java and Kotlin from imports', async () => {
    const assertj = [
      'import static org.assertj.core.api.Assertions.assertThat;',
      'import static org.junit.jupiter.api.Assertions.assertThrows;',
      'class ATest {',
      '  @Test void a() {',
      '    assertThat(a).isEqualTo(1);',
      '    assertThrows(E.class, () -> f());',
      '  }',
      '}',
    ].join('\n');
    expect(await observe(assertionStyle, 'src/test/java/ATest.java', assertj)).toEqual([
      'assertj@5',
    ]);
    const junit = [
      'import org.junit.jupiter.api.Assertions;',
      'class ATest {',
      '  @Test void a() {',
      '    Assertions.assertEquals(1, a);',
      '  }',
      '}',
    ].join('\n');
    expect(await observe(assertionStyle, 'src/test/java/ATest.java', junit)).toEqual(['junit@4']);
    const hamcrest = [
      'import static org.hamcrest.MatcherAssert.assertThat;',
      'class ATest {',
      '  @Test void a() {',
      '    assertThat(a, is(1));',
      '  }',
      '}',
    ].join('\n');
    expect(await observe(assertionStyle, 'src/test/java/ATest.java', hamcrest)).toEqual([
      'hamcrest@4',
    ]);
    const assertk = [
      'import assertk.assertThat',
      'import kotlin.test.assertFailsWith',
      'class ATest {',
      '  @Test fun a() {',
      '    assertThat(a).isEqualTo(1)',
      '    assertFailsWith<E> { f() }',
      '  }',
      '}',
    ].join('\n');
    expect(await observe(assertionStyle, 'src/test/kotlin/ATest.kt', assertk)).toEqual([
      'assertk@5',
    ]);
  });

  it('tells FluentAssertions, Shouldly and the Assert class apart in C#', async () => {
    const fluent =
      'public class ATests {\n  [Fact]\n  public void A() {\n    a.Should().Be(1);\n  }\n}\n';
    expect(await observe(assertionStyle, 'tests/ATests.cs', fluent)).toEqual([
      'fluent-assertions@4',
    ]);
    const shouldly =
      'public class ATests {\n  [Fact]\n  public void A() {\n    a.ShouldBe(1);\n  }\n}\n';
    expect(await observe(assertionStyle, 'tests/ATests.cs', shouldly)).toEqual(['shouldly@4']);
    const classic =
      'public class ATests {\n  [Test]\n  public void A() {\n    Assert.That(a, Is.EqualTo(1));\n    Assert.Throws<E>(() => F());\n  }\n}\n';
    expect(await observe(assertionStyle, 'tests/ATests.cs', classic)).toEqual(['assert-class@4']);
  });
});
