import type { CodeLanguage, FileFacts } from '@drift/core';
import type { EntryPointFile } from '../entry-points/file-context.js';
import { fileEntryPoints } from '../entry-points/file-entry-points.js';

/** A mocking library a test file uses, and the first line that shows it. */
export interface MockUsage {
  readonly library: string;
  readonly line: number;
}

/** Imports that bring in a mocking library. */
interface MockImport {
  readonly library: string;
  readonly languages: readonly CodeLanguage[];
  readonly module: RegExp;
  /** The import must bring in a name that matches (`from unittest import mock`). */
  readonly name?: RegExp;
}

/** Calls (or decorators) that create or install a test double. */
interface MockCall {
  readonly library: string;
  readonly languages: readonly CodeLanguage[];
  /** The receiver, or null for a bare call. */
  readonly receiver: RegExp | null;
  readonly callee: RegExp;
}

const JS: readonly CodeLanguage[] = ['typescript', 'javascript'];
const JVM: readonly CodeLanguage[] = ['java', 'kotlin'];

/** Mocking libraries recognised by what a file imports. */
const MOCK_IMPORTS: readonly MockImport[] = [
  { library: 'sinon', languages: JS, module: /^sinon(?:\/|$)/ },
  { library: 'testdouble', languages: JS, module: /^testdouble$/ },
  { library: 'ts-mockito', languages: JS, module: /^(?:ts-mockito|@typestrong\/ts-mockito)$/ },
  { library: 'jest-mock-extended', languages: JS, module: /^(?:jest|vitest)-mock-extended$/ },
  { library: 'nock', languages: JS, module: /^nock$/ },
  { library: 'msw', languages: JS, module: /^msw(?:\/|$)/ },
  { library: 'unittest.mock', languages: ['python'], module: /^(?:unittest\.mock|mock)$/ },
  { library: 'unittest.mock', languages: ['python'], module: /^unittest$/, name: /^mock$/ },
  { library: 'pytest-mock', languages: ['python'], module: /^pytest_mock$/ },
  { library: 'mockito', languages: JVM, module: /^org\.mockito(?:\.|$)/ },
  {
    library: 'mockito',
    languages: JVM,
    module:
      /^org\.springframework\.(?:boot\.test\.mock\.mockito|test\.context\.bean\.override\.mockito)$/,
  },
  { library: 'mockk', languages: JVM, module: /^io\.mockk(?:\.|$)/ },
  { library: 'easymock', languages: JVM, module: /^org\.easymock(?:\.|$)/ },
  {
    library: 'gomock',
    languages: ['go'],
    module: /^(?:github\.com\/golang|go\.uber\.org)\/mock\/gomock$/,
  },
  { library: 'testify-mock', languages: ['go'], module: /^github\.com\/stretchr\/testify\/mock$/ },
  { library: 'sqlmock', languages: ['go'], module: /^github\.com\/DATA-DOG\/go-sqlmock$/ },
  { library: 'moq', languages: ['csharp'], module: /^Moq(?:\.|$)/ },
  { library: 'nsubstitute', languages: ['csharp'], module: /^NSubstitute(?:\.|$)/ },
  { library: 'fakeiteasy', languages: ['csharp'], module: /^FakeItEasy(?:\.|$)/ },
  { library: 'mockery', languages: ['php'], module: /^Mockery(?:\\|$)/ },
  { library: 'prophecy', languages: ['php'], module: /^Prophecy(?:\\|$)/ },
  { library: 'mockall', languages: ['rust'], module: /^mockall(?:::|$)/ },
  { library: 'gmock', languages: ['c', 'cpp'], module: /^[<"]gmock\// },
];

/** Mocking calls, for libraries used without an import (runner globals, base-class methods). */
const MOCK_CALLS: readonly MockCall[] = [
  {
    library: 'vitest',
    languages: JS,
    receiver: /^vi$/,
    callee: /^(?:mock|doMock|fn|spyOn|mocked|stubGlobal|stubEnv)$/,
  },
  {
    library: 'jest',
    languages: JS,
    receiver: /^jest$/,
    callee: /^(?:mock|doMock|fn|spyOn|mocked|createMockFromModule)$/,
  },
  { library: 'sinon', languages: JS, receiver: /^sinon(?:\.|$)/, callee: /^/ },
  {
    library: 'unittest.mock',
    languages: ['python'],
    receiver: null,
    callee: /^(?:patch|Mock|MagicMock|AsyncMock|NonCallableMock|create_autospec)$/,
  },
  {
    library: 'unittest.mock',
    languages: ['python'],
    receiver: /^(?:(?:unittest\.)?mock(?:\.patch)?|patch)$/,
    callee: /^(?:patch|object|dict|multiple|Mock|MagicMock|AsyncMock|create_autospec)$/,
  },
  { library: 'pytest-mock', languages: ['python'], receiver: /^mocker(?:\.|$)/, callee: /^/ },
  {
    library: 'monkeypatch',
    languages: ['python'],
    receiver: /^monkeypatch$/,
    callee: /^(?:setattr|delattr|setitem|delitem|setenv|delenv)$/,
  },
  { library: 'mockito', languages: JVM, receiver: /^Mockito$/, callee: /^/ },
  { library: 'nsubstitute', languages: ['csharp'], receiver: /^Substitute$/, callee: /^For/ },
  { library: 'fakeiteasy', languages: ['csharp'], receiver: /^A$/, callee: /^(?:Fake|CallTo)$/ },
  {
    library: 'phpunit',
    languages: ['php'],
    receiver: /^\$this$/,
    callee:
      /^(?:createMock|createStub|createPartialMock|createConfiguredMock|getMockBuilder|prophesize)$/,
  },
  { library: 'mockery', languages: ['php'], receiver: /^(?:\\?Mockery)$/, callee: /^/ },
  {
    library: 'rspec-mocks',
    languages: ['ruby'],
    receiver: null,
    callee:
      /^(?:double|instance_double|class_double|object_double|spy|instance_spy|allow|allow_any_instance_of|expect_any_instance_of|receive|have_received)$/,
  },
  { library: 'minitest-mock', languages: ['ruby'], receiver: /^Minitest::Mock$/, callee: /^new$/ },
  {
    library: 'gmock',
    languages: ['c', 'cpp'],
    receiver: null,
    callee: /^(?:EXPECT_CALL|ON_CALL|MOCK_METHOD\d*)$/,
  },
];

function* decoratorCalls(
  facts: FileFacts,
): Generator<{ receiver: string | null; callee: string; line: number }> {
  for (const owner of [...facts.functions, ...facts.classes]) {
    for (const decorator of owner.decorators) {
      const dot = decorator.name.lastIndexOf('.');
      yield {
        receiver: dot < 0 ? null : decorator.name.slice(0, dot),
        callee: decorator.name.slice(dot + 1),
        line: owner.range.startLine,
      };
    }
  }
}

/**
 * The mocking libraries a file uses, each with the first line that shows it, sorted by line:
 * imports of mocking libraries (Sinon, testdouble, ts-mockito, nock, MSW, `unittest.mock`,
 * pytest-mock, Mockito and Spring's `@MockBean`, MockK, EasyMock, gomock, testify's `mock`,
 * sqlmock, Moq, NSubstitute, FakeItEasy, Mockery, Prophecy, mockall, gMock), and calls or
 * decorators that create or install doubles where no import is needed: `vi.mock`/`vi.fn`,
 * `jest.mock`/`jest.fn`, `sinon.*`, `patch`/`MagicMock` (also as `@patch` decorators),
 * `mocker.*`, `monkeypatch.setattr`, `Mockito.*`, `Substitute.For`, `A.Fake`, PHPUnit's
 * `$this->createMock`, `Mockery::mock`, RSpec's `double`/`allow`/`receive`, `Minitest::Mock.new`,
 * gMock's `EXPECT_CALL`. Field annotations (`@Mock`) are not facts; their import is.
 */
export function mockUsageOf(file: EntryPointFile): MockUsage[] {
  const { facts } = file;
  const language = facts.language;
  const first = new Map<string, number>();
  const note = (library: string, line: number): void => {
    const seen = first.get(library);
    if (seen === undefined || line < seen) first.set(library, line);
  };
  for (const rule of MOCK_IMPORTS) {
    if (!rule.languages.includes(language)) continue;
    const { module, name } = rule;
    for (const imported of facts.imports)
      if (
        module.test(imported.module) &&
        (name === undefined || imported.names.some((n) => name.test(n.name)))
      )
        note(rule.library, imported.line);
  }
  const calls = [...facts.calls, ...decoratorCalls(facts)];
  for (const rule of MOCK_CALLS) {
    if (!rule.languages.includes(language)) continue;
    const { receiver, callee } = rule;
    for (const call of calls) {
      const receiverMatches =
        receiver === null
          ? call.receiver === null
          : call.receiver !== null && receiver.test(call.receiver);
      if (receiverMatches && callee.test(call.callee)) note(rule.library, call.line);
    }
  }
  return [...first]
    .map(([library, line]) => ({ library, line }))
    .sort((a, b) => (a.line !== b.line ? a.line - b.line : a.library < b.library ? -1 : 1));
}

/** Mock usage over a set of files. */
export interface MockUsageSummary {
  /** Files that declare tests (a `test` entry point: a test function or a test `<module>`). */
  readonly testFiles: number;
  /** Those that use at least one mocking library. */
  readonly filesWithMocks: number;
  /** `filesWithMocks / testFiles`, 0–1; 0 when there are no test files. */
  readonly ratio: number;
  /** Test files per mocking library, libraries sorted by name. */
  readonly byLibrary: Readonly<Record<string, number>>;
}

/**
 * Whether a file declares tests: one of its functions or its module-level code is a `test` entry
 * point.
 */
export function declaresTests(file: EntryPointFile): boolean {
  const entryPoints = fileEntryPoints(file);
  return entryPoints.module === 'test' || entryPoints.functions.includes('test');
}

/**
 * The mock usage ratio: test files using mocks / test files, where a test file is one that
 * declares tests ({@link declaresTests}) and mocks are as {@link mockUsageOf} finds them. A high
 * ratio means tests mostly check code in isolation from its collaborators. O(size of the facts).
 */
export function mockUsageRatio(files: Iterable<EntryPointFile>): MockUsageSummary {
  let testFiles = 0;
  let filesWithMocks = 0;
  const byLibrary = new Map<string, number>();
  for (const file of files) {
    if (!declaresTests(file)) continue;
    testFiles += 1;
    const usage = mockUsageOf(file);
    if (usage.length > 0) filesWithMocks += 1;
    for (const { library } of usage) byLibrary.set(library, (byLibrary.get(library) ?? 0) + 1);
  }
  return {
    testFiles,
    filesWithMocks,
    ratio: testFiles === 0 ? 0 : filesWithMocks / testFiles,
    byLibrary: Object.fromEntries([...byLibrary].sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}
