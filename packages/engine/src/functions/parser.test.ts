import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useProjects } from '../test-helpers/project.js';
import { queryFileFacts, queryFiles } from './facts.js';
import { driftInitialize } from './lifecycle.js';
import { loadParsers, parseFile, parseFileCached, queryParseStats } from './parser.js';
import { nativeScan } from './scanner.js';
import { queryStatus } from './utility.js';

const project = useProjects();

describe('parseFile', () => {
  it('parses text synchronously once its parser is loaded, and refuses unknown languages', async () => {
    await loadParsers(['typescript', 'python']);
    expect(parseFile('a.ts', 'export function f() { g(); }').functions[0]?.name).toBe('f');
    expect(parseFile('a.py', 'def f():\n  g()\n').calls[0]?.callee).toBe('g');
    expect(() => parseFile('README.md', '# x')).toThrow(
      '[UNSUPPORTED_LANGUAGE] no parser for README.md',
    );
    expect(() => parseFile('Makefile', 'all:')).toThrow('[UNSUPPORTED_LANGUAGE]');
  });
});

describe('parseFileCached and queryParseStats', () => {
  it('serves an unchanged file from the cache and parses it again when it changes', async () => {
    const root = project({ 'src/a.ts': 'export const a = () => b();\n' });
    await driftInitialize({ projectRoot: root, env: {} });
    await loadParsers(['typescript']);
    const first = parseFileCached('src/a.ts');
    const second = parseFileCached(join(root, 'src/a.ts'));
    expect(second).toBe(first);
    writeFileSync(join(root, 'src/a.ts'), 'export const a = () => c();\n');
    expect(parseFileCached('src/a.ts').calls[0]?.callee).toBe('c');
    const stats = queryParseStats();
    expect(stats.cache).toEqual({ hits: 1, misses: 2, entries: 2, capacity: 1000 });
    expect(stats.languages['typescript']).toMatchObject({ files: 2, filesWithErrors: 0 });
    expect(() => parseFileCached('src/missing.ts')).toThrow(
      '[NOT_FOUND] cannot read src/missing.ts (ENOENT)',
    );
  });
});

describe('facts after a scan', () => {
  it('stores facts per file and counts them per language', async () => {
    const root = project({
      'src/service.ts':
        'import { db } from "./db";\nexport class Service {\n  find(id: string) { return db.get(id); }\n}\n',
      'src/db.ts': 'export const db = { get(id: string) { return id; } };\n',
      'tools/gen.py': 'import os\ndef gen():\n    print(os.getenv("HOME"))\n',
      'README.md': '# readme\n',
    });
    await driftInitialize({ projectRoot: root, env: {} });
    const summary = await nativeScan(root);
    expect(summary.parsing).toMatchObject({ filesParsed: 3, parseFailures: 0 });
    expect(queryParseStats().languages['python']).toMatchObject({ files: 1 });

    expect(queryStatus().languages).toEqual({
      markdown: {
        files: 1,
        functions: 0,
        classes: 0,
        imports: 0,
        exports: 0,
        calls: 0,
        filesWithErrors: 0,
      },
      python: {
        files: 1,
        functions: 1,
        classes: 0,
        imports: 1,
        exports: 0,
        calls: 2,
        filesWithErrors: 0,
      },
      typescript: {
        files: 2,
        functions: 2,
        classes: 1,
        imports: 1,
        exports: 2,
        calls: 1,
        filesWithErrors: 0,
      },
    });

    const service = queryFileFacts('src/service.ts');
    expect(service).toMatchObject({
      path: 'src/service.ts',
      language: 'typescript',
      facts: { errorCount: 0 },
    });
    expect(service.facts?.functions.map((f) => f.qualifiedName)).toEqual(['Service.find']);
    expect(service.facts?.calls[0]).toMatchObject({
      receiver: 'db',
      callee: 'get',
      enclosingFunction: 'Service.find',
    });
    expect(queryFileFacts(join(root, 'README.md'))).toEqual({
      path: 'README.md',
      language: 'markdown',
      facts: null,
    });
    expect(() => queryFileFacts('nope.ts')).toThrow('[NOT_FOUND] drift.db has no file nope.ts');

    expect(queryFiles('src').items.map((f) => f.path)).toEqual(['src/db.ts', 'src/service.ts']);
    expect(queryFiles().total).toBe(4);
    expect(queryFiles('.', { limit: 1 }).hasMore).toBe(true);
  });
});
