import { join } from 'node:path';
import type { FileFacts } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { DatabaseManager } from '../database-manager.js';
import { useTempDir } from '../test-helpers/temp-dir.js';
import { countFactsByLanguage, FactWriter, readFileFacts } from './facts.js';
import { FileWriter, queryFilesPage, type FileWrite } from './files.js';
import { startScan } from './scan-history.js';

const temp = useTempDir();

const FACTS: FileFacts = {
  language: 'typescript',
  package: null,
  functions: [
    {
      name: 'find',
      qualifiedName: 'Repo.find',
      kind: 'method',
      className: 'Repo',
      parameters: [{ name: 'id', type: 'string', defaultValue: null, rest: false }],
      returnType: 'Promise<User>',
      isAsync: true,
      isGenerator: false,
      isExported: true,
      isStatic: false,
      visibility: 'public',
      decorators: [{ name: 'Get', arguments: "'/:id'" }],
      docComment: 'Finds.',
      range: { startLine: 3, startColumn: 3, endLine: 5, endColumn: 3 },
      bodyLines: 3,
    },
  ],
  classes: [
    {
      name: 'Repo',
      qualifiedName: 'Repo',
      kind: 'class',
      extends: ['Base'],
      implements: ['IRepo'],
      methods: ['find'],
      properties: [
        {
          name: 'db',
          type: 'Db',
          visibility: 'private',
          isStatic: false,
          isReadonly: true,
          line: 2,
        },
      ],
      decorators: [],
      isExported: true,
      isAbstract: false,
      visibility: null,
      docComment: null,
      range: { startLine: 1, startColumn: 1, endLine: 6, endColumn: 1 },
    },
  ],
  imports: [
    {
      module: './db',
      kind: 'import',
      names: [{ name: 'Db', alias: null }],
      defaultName: null,
      namespaceName: null,
      typeOnly: true,
      sideEffect: false,
      line: 1,
      column: 1,
    },
  ],
  exports: [{ name: 'Repo', alias: null, kind: 'named', module: null, typeOnly: false, line: 1 }],
  calls: [
    {
      callee: 'get',
      receiver: 'this.db',
      argumentCount: 1,
      enclosingFunction: 'Repo.find',
      isConstructor: false,
      line: 4,
      column: 12,
    },
  ],
  references: [
    {
      name: 'create',
      receiver: 'controller',
      enclosingFunction: null,
      call: 'post',
      callReceiver: 'router',
      line: 8,
      column: 22,
    },
    {
      name: 'log',
      receiver: null,
      enclosingFunction: 'Repo.find',
      call: 'map',
      callReceiver: null,
      line: 4,
      column: 30,
    },
  ],
  variableTypes: [
    { name: 'repo', type: 'Repo<User>', enclosingFunction: null, line: 7 },
    { name: 'db', type: 'Db', enclosingFunction: 'Repo.find', line: 4 },
  ],
  strings: [{ kind: 'sql', value: 'SELECT 1 FROM t', context: null, line: 4, column: 20 }],
  errorCount: 0,
};

function row(path: string, language = 'typescript'): FileWrite {
  return {
    path,
    language,
    size: 1,
    mtimeMs: 1,
    contentHash: 'h',
    skipReason: null,
    invalidUtf8: false,
  };
}

async function open(): Promise<DatabaseManager> {
  return DatabaseManager.open({ path: join(temp(), 'drift.db') });
}

describe('facts', () => {
  it('writes a file’s facts and reads them back exactly', async () => {
    const db = await open();
    const files = new FileWriter(db.writer);
    const facts = new FactWriter(db.writer);
    const id = db.transaction(() => {
      const fileId = files.insert(row('src/repo.ts'), 1);
      facts.write(fileId, FACTS, false);
      return fileId;
    });
    expect(readFileFacts(db.writer, id)).toEqual(FACTS);
    db.close();
  });

  it('replaces facts when the file changes, clears them, and cascades on removal', async () => {
    const db = await open();
    const files = new FileWriter(db.writer);
    const facts = new FactWriter(db.writer);
    const scanId = startScan(db.writer, '/r', 1);
    const id = db.transaction(() => files.insert(row('src/repo.ts'), 1));
    db.transaction(() => facts.write(id, FACTS, false));
    db.transaction(() =>
      facts.write(id, { ...FACTS, calls: [], errorCount: 2, package: 'pkg' }, true),
    );
    const replaced = readFileFacts(db.writer, id);
    expect(replaced?.calls).toEqual([]);
    expect(replaced?.functions).toHaveLength(1);
    expect(replaced).toMatchObject({ errorCount: 2, package: 'pkg' });

    db.transaction(() => facts.clear(id));
    expect(readFileFacts(db.writer, id)).toBeUndefined();
    const count = (table: string): number =>
      (db.writer.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('functions')).toBe(0);

    db.transaction(() => facts.write(id, FACTS, true));
    expect(count('function_references')).toBe(2);
    expect(count('variable_types')).toBe(2);
    db.transaction(() => files.remove('src/repo.ts', scanId, 2));
    for (const table of [
      'functions',
      'classes',
      'imports',
      'exports',
      'calls',
      'function_references',
      'variable_types',
      'string_literals',
    ])
      expect(count(table)).toBe(0);
    expect(readFileFacts(db.writer, 999)).toBeUndefined();
    db.close();
  });

  it('counts files and facts per language', async () => {
    const db = await open();
    const files = new FileWriter(db.writer);
    const facts = new FactWriter(db.writer);
    db.transaction(() => {
      facts.write(files.insert(row('a.ts'), 1), FACTS, false);
      facts.write(files.insert(row('b.ts'), 1), { ...FACTS, errorCount: 3 }, false);
      facts.write(
        files.insert(row('c.py', 'python'), 1),
        { ...FACTS, language: 'python', functions: [], calls: [] },
        false,
      );
      files.insert(row('d.md', 'markdown'), 1);
    });
    expect(countFactsByLanguage(db.writer)).toEqual({
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
        functions: 0,
        classes: 1,
        imports: 1,
        exports: 1,
        calls: 0,
        filesWithErrors: 0,
      },
      typescript: {
        files: 2,
        functions: 2,
        classes: 2,
        imports: 2,
        exports: 2,
        calls: 2,
        filesWithErrors: 1,
      },
    });
    db.close();
  });
});

describe('queryFilesPage', () => {
  it('lists files under a folder in path order, a page at a time', async () => {
    const db = await open();
    const files = new FileWriter(db.writer);
    db.transaction(() => {
      for (const path of ['src/b.ts', 'src/a.ts', 'src/sub/c.ts', 'srcx/d.ts', 'README.md'])
        files.insert(row(path), 1);
    });
    const first = queryFilesPage(db.writer, 'src', { limit: 2 });
    expect(first.items.map((f) => f.path)).toEqual(['src/a.ts', 'src/b.ts']);
    expect(first).toMatchObject({ total: 3, hasMore: true });
    const second = queryFilesPage(db.writer, 'src/', { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((f) => f.path)).toEqual(['src/sub/c.ts']);
    expect(second.nextCursor).toBeNull();
    expect(queryFilesPage(db.writer, '').total).toBe(5);
    db.close();
  });
});
