import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useProjects } from '../test-helpers/project.js';
import { parseLanguage, processBatch, type BatchFile, type ReadOptions } from './file-processor.js';
import { hashContent } from './hash.js';

const project = useProjects();

const files = (...paths: string[]): BatchFile[] =>
  paths.map((path) => ({ path, language: 'typescript' }));

const OPTIONS: ReadOptions = {
  maxFileSize: 100,
  skipBinary: true,
  computeHashes: true,
  hashAlgorithm: 'xxh64',
};

describe('hashContent', () => {
  it('gives 16 hex digits, stable, and different per algorithm', () => {
    const bytes = Buffer.from('hello');
    expect(hashContent(bytes)).toBe('26c7827d889f6da3');
    expect(hashContent(bytes, 'xxh3')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashContent(bytes, 'xxh3')).not.toBe(hashContent(bytes));
    expect(hashContent(Buffer.alloc(0))).toHaveLength(16);
  });
});

describe('processBatch', () => {
  it('reads and hashes text, flags invalid UTF-8, skips binary and oversized files', async () => {
    const root = project({
      'a.ts': 'const a = 1;\n',
      'latin1.ts': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      'bin.ts': Buffer.concat([Buffer.from('ab'), Buffer.from([0]), Buffer.from('cd')]),
      'big.ts': 'x'.repeat(101),
      'late-nul.ts': Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]),
    });
    const { results, cancelled, bytesRead } = await processBatch({
      root,
      files: files('a.ts', 'latin1.ts', 'bin.ts', 'big.ts', 'late-nul.ts'),
      options: { ...OPTIONS, maxFileSize: 10_000 - 1 },
    });
    expect(cancelled).toBe(false);
    expect(results[0]).toEqual({
      kind: 'read',
      path: 'a.ts',
      size: 13,
      mtimeMs: expect.any(Number) as number,
      hash: hashContent(Buffer.from('const a = 1;\n')),
      invalidUtf8: false,
      facts: expect.objectContaining({ language: 'typescript', errorCount: 0 }) as unknown,
      parseMs: expect.any(Number) as number,
      parseError: null,
      detection: { observations: [], suppressions: [], failures: [] },
      detectMs: expect.any(Number) as number,
    });
    expect(results[1]).toMatchObject({ kind: 'read', invalidUtf8: true, size: 5 });
    expect(results[2]).toMatchObject({ kind: 'skipped', reason: 'binary', size: 5 });
    expect(results[3]).toMatchObject({ kind: 'read', size: 101 });
    expect(results[4]).toMatchObject({ kind: 'read', size: 9001, invalidUtf8: false });
    expect(bytesRead).toBe(13 + 5 + 5 + 101 + 9001);
  });

  it('skips files over maxFileSize without reading them', async () => {
    const root = project({ 'big.ts': 'x'.repeat(101) });
    const { results, bytesRead } = await processBatch({
      root,
      files: files('big.ts'),
      options: OPTIONS,
    });
    expect(results).toEqual([
      {
        kind: 'skipped',
        path: 'big.ts',
        reason: 'too_large',
        size: 101,
        mtimeMs: expect.any(Number) as number,
      },
    ]);
    expect(bytesRead).toBe(0);
  });

  it('keeps binary files when skipBinary is off, and leaves hashes out when computeHashes is off', async () => {
    const root = project({ 'bin.ts': Buffer.from([0, 1, 2]) });
    const { results } = await processBatch({
      root,
      files: files('bin.ts'),
      options: { ...OPTIONS, skipBinary: false, computeHashes: false },
    });
    const [result] = results;
    expect(result).toMatchObject({ kind: 'read', hash: null, size: 3 });
  });

  it('reports files that vanished or cannot be read as failed', async () => {
    const root = project();
    mkdirSync(join(root, 'dir.ts'));
    const { results } = await processBatch({
      root,
      files: files('gone.ts', 'dir.ts'),
      options: OPTIONS,
    });
    expect(results).toEqual([
      {
        kind: 'failed',
        path: 'gone.ts',
        code: 'SCAN_ERROR',
        reason: 'file vanished during the scan',
      },
      { kind: 'failed', path: 'dir.ts', code: 'SCAN_ERROR', reason: 'no longer a regular file' },
    ]);
  });

  it('stops between files once the cancellation flag is set', async () => {
    const root = project({ 'a.ts': 'a', 'b.ts': 'b' });
    const flag = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(flag, 0, 1);
    expect(
      await processBatch({ root, files: files('a.ts', 'b.ts'), options: OPTIONS }, flag),
    ).toEqual({
      results: [],
      cancelled: true,
      bytesRead: 0,
    });
  });
});

describe('processBatch parsing', () => {
  it('parses code files, leaves data files unparsed, and reports parser failures per file', async () => {
    const root = project({
      'src/a.ts': 'export function a() { return b(); }\n',
      'app.py': 'def f():\n    g()\n',
      'README.md': '# readme\n',
    });
    const { results } = await processBatch({
      root,
      files: [
        { path: 'src/a.ts', language: 'typescript' },
        { path: 'app.py', language: 'python' },
        { path: 'README.md', language: 'markdown' },
      ],
      options: OPTIONS,
    });
    const [ts, py, md] = results;
    expect(ts).toMatchObject({ kind: 'read', parseError: null });
    expect(ts?.kind === 'read' ? ts.facts?.functions.map((f) => f.name) : null).toEqual(['a']);
    expect(py?.kind === 'read' ? py.facts?.calls.map((c) => c.callee) : null).toEqual(['g']);
    expect(md).toMatchObject({ kind: 'read', facts: null, parseMs: 0, parseError: null });
  });
});

describe('processBatch with names of Object.prototype members', () => {
  it('reads, parses and detects them like any other name, with results a worker can post', async () => {
    const sources: Record<string, [string, BatchFile['language']]> = {
      'src/app.ts': [
        "import a from 'constructor';\nimport { b } from '__proto__';\nconstructor.log('x');\ntoString.error('y');\n",
        'typescript',
      ],
      'src/app.test.ts': ["import { it } from 'constructor';\nconstructor.fn();\n", 'typescript'],
      'app.py': [
        'import constructor\nimport toString\nasync def f():\n    constructor.get("x")\n    toString.open("y")\n',
        'python',
      ],
      'app.rb': ['constructor "x"\ntoString "y"\n', 'ruby'],
      'env.php': ["<?php\nconstructor('X');\n__proto__('Y');\n", 'php'],
      'Tests.cs': [
        'class T { [constructor] public void A() {} [toString] public void B() {} }\n',
        'csharp',
      ],
    };
    const root = project(
      Object.fromEntries(Object.entries(sources).map(([path, [text]]) => [path, text])),
    );
    const { results } = await processBatch({
      root,
      files: Object.entries(sources).map(([path, [, language]]) => ({ path, language })),
      options: { ...OPTIONS, maxFileSize: 10_000 },
    });
    expect(results.map((r) => [r.path, r.kind === 'read' ? r.parseError : r.kind])).toEqual(
      Object.keys(sources).map((path) => [path, null]),
    );
    expect(() => structuredClone(results)).not.toThrow();
    const facts = (path: string) => {
      const result = results.find((r) => r.path === path);
      return result?.kind === 'read' ? result.facts : null;
    };
    expect(facts('app.rb')?.imports).toEqual([]);
    expect(facts('env.php')?.strings.filter((s) => s.kind === 'env')).toEqual([]);
  });
});

describe('parseLanguage', () => {
  it('parses a .h header as C++ when its text shows C++ syntax, else as C', () => {
    expect(
      parseLanguage({ path: 'a.h', language: 'c' }, 'int f(void);\nstruct s { int x; };\n'),
    ).toBe('c');
    expect(
      parseLanguage({ path: 'a.h', language: 'c' }, 'namespace fmt {\nclass Widget {};\n}\n'),
    ).toBe('cpp');
    expect(
      parseLanguage({ path: 'a.h', language: 'c' }, 'template <typename T> T max(T a, T b);\n'),
    ).toBe('cpp');
    expect(
      parseLanguage({ path: 'a.c', language: 'c' }, '// uses std::vector in a comment\n'),
    ).toBe('c');
    expect(parseLanguage({ path: 'README.md', language: 'markdown' }, '# x')).toBeNull();
  });

  it('records a C++ header as cpp in the facts', async () => {
    const root = project({
      'include/w.h': 'namespace w {\nclass Widget { public: void draw(); };\n}\n',
    });
    const { results } = await processBatch({
      root,
      files: [{ path: 'include/w.h', language: 'c' }],
      options: OPTIONS,
    });
    expect(results[0]).toMatchObject({ kind: 'read', facts: { language: 'cpp' } });
  });
});
