import { describe, expect, it } from 'vitest';
import { SymbolIndex } from '../callgraph/symbol-index.js';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { projectDependencies } from './project-dependencies.js';

async function indexOf(files: Record<string, string>): Promise<SymbolIndex> {
  await loadParsers(['typescript', 'java']);
  const parsed = Object.entries(files).map(([path, source]) => ({
    path,
    facts: loadedParser(path.endsWith('.java') ? 'java' : 'typescript').parse(path, source),
  }));
  return SymbolIndex.build(parsed, () => null);
}

describe('projectDependencies', () => {
  it('turns resolved imports and re-exports into module dependencies', async () => {
    const index = await indexOf({
      'api/src/user.ts': 'export interface User { id: string }\nexport function load(): void {}\n',
      'api/src/index.ts': "export { load as loadUser } from './user';\nexport * from './user';\n",
      'api/src/main.ts':
        "import type { User } from './user';\nimport * as api from './index';\nimport './polyfill';\nimport express from 'express';\nexport default function main(u: User) { api.loadUser(); }\n",
      'api/src/polyfill.ts': 'globalThis.x = 1;\n',
    });
    const { files, dependencies } = projectDependencies(index, ['api']);
    expect(files.find((f) => f.path === 'api/src/user.ts')).toEqual({
      path: 'api/src/user.ts',
      module: 'api',
      classes: 1,
      abstractTypes: 1,
      exports: ['User', 'load'],
    });
    expect(files.find((f) => f.path === 'api/src/main.ts')?.exports).toEqual(['default']);
    expect(dependencies).toEqual(
      expect.arrayContaining([
        { from: 'api/src/main.ts', to: 'api/src/user.ts', names: ['User'], typeOnly: true },
        { from: 'api/src/main.ts', to: 'api/src/index.ts', names: ['*'], typeOnly: false },
        { from: 'api/src/main.ts', to: 'api/src/polyfill.ts', names: [], typeOnly: false },
        {
          from: 'api/src/index.ts',
          to: 'api/src/user.ts',
          names: ['load'],
          typeOnly: false,
          reExport: true,
          exportedAs: ['loadUser'],
        },
        {
          from: 'api/src/index.ts',
          to: 'api/src/user.ts',
          names: ['*'],
          typeOnly: false,
          reExport: true,
        },
      ]),
    );
    expect(dependencies).toHaveLength(5);
  });

  it('uses the declared package as the module of Java files', async () => {
    const index = await indexOf({
      'src/main/java/com/shop/Repo.java': 'package com.shop;\npublic abstract class Repo {}\n',
      'src/main/java/com/web/Api.java':
        'package com.web;\nimport com.shop.Repo;\npublic class Api { Repo repo; }\n',
    });
    const { files, dependencies } = projectDependencies(index, []);
    expect(files.map((f) => [f.path, f.module, f.abstractTypes, f.exports])).toEqual([
      ['src/main/java/com/shop/Repo.java', 'com.shop', 1, ['Repo']],
      ['src/main/java/com/web/Api.java', 'com.web', 0, ['Api']],
    ]);
    const plain = projectDependencies(
      await indexOf({
        'src/utils/url.ts': 'export const a = 1;\n',
        'src/index.ts': '',
        'cli.ts': '',
      }),
      [],
    );
    expect(plain.files.map((f) => [f.path, f.module])).toEqual([
      ['src/utils/url.ts', 'src/utils'],
      ['src/index.ts', 'src'],
      ['cli.ts', '.'],
    ]);
    expect(dependencies).toEqual([
      {
        from: 'src/main/java/com/web/Api.java',
        to: 'src/main/java/com/shop/Repo.java',
        names: ['Repo'],
        typeOnly: false,
      },
    ]);
  });
});
