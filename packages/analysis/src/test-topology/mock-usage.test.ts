import type { CodeLanguage } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntryPointFile } from '../entry-points/file-context.js';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { declaresTests, mockUsageOf, mockUsageRatio } from './mock-usage.js';

beforeAll(async () => {
  await loadParsers();
});

function file(language: CodeLanguage, path: string, source: string): EntryPointFile {
  return { path, facts: loadedParser(language).parse(path, source) };
}

function mocks(language: CodeLanguage, path: string, source: string): string[] {
  return mockUsageOf(file(language, path, source)).map((m) => `${m.library}@${String(m.line)}`);
}

describe('mockUsageOf', () => {
  it('finds Vitest and Jest mocks, Sinon and nock, not spies of other objects', () => {
    const source = `import nock from 'nock';
import sinon from 'sinon';
vi.mock('./db');
const f = jest.fn();
const s = sinon.stub(api, 'get');
const spy = tracker.spyOn(x);`;
    expect(mocks('typescript', 'src/a.test.ts', source)).toEqual([
      'nock@1',
      'sinon@2',
      'vitest@3',
      'jest@4',
    ]);
  });

  it('finds unittest.mock in imports, calls and @patch decorators, pytest-mock and monkeypatch', () => {
    const source = `from unittest import mock
@mock.patch("app.db.connect")
def test_a(connect): pass
def test_b(mocker, monkeypatch):
    mocker.patch("app.x")
    monkeypatch.setenv("A", "1")
def test_c():
    requests.patch("/x")
`;
    expect(mocks('python', 'tests/test_a.py', source)).toEqual([
      'unittest.mock@1',
      'pytest-mock@5',
      'monkeypatch@6',
    ]);
    expect(mocks('python', 'tests/test_b.py', 'def test_c():\n    client.patch("/x")\n')).toEqual(
      [],
    );
    expect(
      mocks('python', 'tests/test_d.py', '@patch.object(A, "b")\ndef test_d(b): pass\n'),
    ).toEqual(['unittest.mock@1']);
  });

  it('finds Mockito, MockK, Spring mock beans and gomock by import', () => {
    expect(
      mocks(
        'java',
        'src/test/java/ATest.java',
        'import static org.mockito.Mockito.*;\nclass ATest {}\n',
      ),
    ).toEqual(['mockito@1']);
    expect(
      mocks(
        'java',
        'src/test/java/BTest.java',
        'class BTest { void a() { Mockito.mock(A.class); } }',
      ),
    ).toEqual(['mockito@1']);
    expect(
      mocks('kotlin', 'src/test/kotlin/ATest.kt', 'import io.mockk.mockk\nclass ATest\n'),
    ).toEqual(['mockk@1']);
    expect(
      mocks(
        'java',
        'src/test/java/CTest.java',
        'import org.springframework.boot.test.mock.mockito.MockBean;\nclass CTest {}\n',
      ),
    ).toEqual(['mockito@1']);
    expect(mocks('go', 'a/a_test.go', 'package a\nimport "go.uber.org/mock/gomock"\n')).toEqual([
      'gomock@2',
    ]);
  });

  it('finds Moq, NSubstitute, PHPUnit mocks, Mockery, RSpec doubles and gMock', () => {
    expect(
      mocks(
        'csharp',
        'Tests/A.cs',
        'using Moq;\nclass A { void T() { var s = Substitute.For<IRepo>(); } }',
      ),
    ).toEqual(['moq@1', 'nsubstitute@2']);
    expect(
      mocks(
        'php',
        'tests/ATest.php',
        '<?php\nclass ATest extends TestCase {\n  public function testA() { $m = $this->createMock(Repo::class); $n = Mockery::mock(Repo::class); }\n}\n',
      ),
    ).toEqual(['mockery@3', 'phpunit@3']);
    expect(
      mocks('ruby', 'spec/a_spec.rb', "describe A do\n  let(:repo) { double('Repo') }\nend\n"),
    ).toEqual(['rspec-mocks@2']);
    expect(
      mocks(
        'cpp',
        'test/a_test.cpp',
        '#include <gmock/gmock.h>\nTEST(A, B) { EXPECT_CALL(repo, find(1)); }\n',
      ),
    ).toEqual(['gmock@1']);
  });

  it('finds no mocks in a plain test', () => {
    expect(
      mocks('typescript', 'src/a.test.ts', "it('adds', () => { expect(add(1, 2)).toBe(3); });"),
    ).toEqual([]);
  });
});

describe('mockUsageRatio', () => {
  it('divides test files using mocks by test files, leaving out files without tests', () => {
    const files = [
      file('typescript', 'src/a.test.ts', "vi.mock('./db');\nit('a', () => {});"),
      file(
        'typescript',
        'src/b.test.ts',
        "jest.fn();\nimport sinon from 'sinon';\nit('b', () => {});",
      ),
      file('typescript', 'src/c.test.ts', "it('c', () => {});"),
      file('typescript', 'src/d.test.ts', "it('d', () => {});"),
      file('typescript', 'test/helpers.ts', "vi.mock('./db');\nexport function h() {}"),
      file('python', 'tests/test_e.py', 'from unittest.mock import patch\ndef test_e(): pass\n'),
    ];
    expect(declaresTests(files[4]!)).toBe(false);
    expect(mockUsageRatio(files)).toEqual({
      testFiles: 5,
      filesWithMocks: 3,
      ratio: 0.6,
      byLibrary: { jest: 1, sinon: 1, 'unittest.mock': 1, vitest: 1 },
    });
  });

  it('is 0 without test files', () => {
    expect(mockUsageRatio([])).toEqual({
      testFiles: 0,
      filesWithMocks: 0,
      ratio: 0,
      byLibrary: {},
    });
  });
});
