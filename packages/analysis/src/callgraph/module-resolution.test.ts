import { beforeAll, describe, expect, it } from 'vitest';
import { resolveImports, resolveModule, resolveReExports } from './module-resolution.js';
import { SymbolIndex } from './symbol-index.js';
import { parseProject } from './test-project.js';

describe('module resolution', () => {
  let index: SymbolIndex;

  beforeAll(async () => {
    const { facts, read } = await parseProject({
      'go.mod': 'module example.com/app\n',
      'web/index.ts':
        "export * from './lib';\nexport { a as b } from 'left-pad';\nimport { x } from './lib/x.js';\n",
      'web/lib/index.ts': 'export const y = 1;\n',
      'web/lib/x.ts': 'export const x = 1;\n',
      'py/app/__init__.py': '',
      'py/app/models.py': 'from . import views\nimport json\n',
      'py/app/views.py': '',
      'store/a.go': 'package store\n',
      'store/b.go': 'package store\n',
      'cmd/main.go': 'package main\n\nimport "example.com/app/store"\n',
      'j/com/x/Repo.java': 'package com.x;\npublic class Repo { public static void help() {} }\n',
      'j/com/x/Other.java': 'package com.x;\nclass Other {}\n',
      'j/com/y/Use.java':
        'package com.y;\nimport com.x.Repo;\nimport static com.x.Repo.help;\nimport com.x.*;\nimport java.util.List;\nclass Use {}\n',
      'php/Svc.php': '<?php\nnamespace App;\nuse App\\Repo\\UserRepo;\nclass Svc {}\n',
      'php/UserRepo.php': '<?php\nnamespace App\\Repo;\nclass UserRepo {}\n',
      'c/main.c': '#include "util.h"\nint main() { return 0; }\n',
    });
    index = SymbolIndex.build(facts, read);
  });

  it('resolves one specifier per language, or null outside the project', () => {
    expect(resolveModule('web/index.ts', './lib', 'typescript', index)).toBe('web/lib/index.ts');
    expect(resolveModule('web/index.ts', 'left-pad', 'typescript', index)).toBeNull();
    expect(resolveModule('py/app/models.py', '.views', 'python', index)).toBe('py/app/views.py');
    expect(resolveModule('cmd/main.go', 'example.com/app/store', 'go', index)).toBe('store/a.go');
    expect(resolveModule('j/com/y/Use.java', 'com.x.Repo', 'java', index)).toBe(
      'j/com/x/Repo.java',
    );
    expect(resolveModule('j/com/y/Use.java', 'com.x.Repo.help', 'java', index)).toBe(
      'j/com/x/Repo.java',
    );
    expect(resolveModule('j/com/y/Use.java', 'java.util.List', 'java', index)).toBeNull();
    expect(resolveModule('c/main.c', 'util.h', 'c', index)).toBeNull();
  });

  it('resolves every import of a file to project files', () => {
    const summary = (path: string): [string, readonly string[]][] =>
      resolveImports(path, index).map((resolved) => [resolved.fact.module, resolved.files]);
    expect(summary('web/index.ts')).toEqual([['./lib/x.js', ['web/lib/x.ts']]]);
    expect(summary('py/app/models.py')).toEqual([
      ['.', ['py/app/__init__.py']],
      ['json', []],
    ]);
    expect(summary('cmd/main.go')).toEqual([
      ['example.com/app/store', ['store/a.go', 'store/b.go']],
    ]);
    expect(summary('j/com/y/Use.java')).toEqual([
      ['com.x', ['j/com/x/Repo.java']],
      ['com.x.Repo', ['j/com/x/Repo.java']],
      ['com.x', ['j/com/x/Repo.java', 'j/com/x/Other.java']],
      ['java.util', []],
    ]);
    expect(summary('php/Svc.php')).toEqual([['App\\Repo', ['php/UserRepo.php']]]);
    expect(resolveImports('missing.ts', index)).toEqual([]);
  });

  it('resolves re-exports of TypeScript files', () => {
    expect(resolveReExports('web/index.ts', index).map((r) => [r.fact.name, r.file])).toEqual([
      ['*', 'web/lib/index.ts'],
      ['a', null],
    ]);
    expect(resolveReExports('missing.ts', index)).toEqual([]);
  });
});
