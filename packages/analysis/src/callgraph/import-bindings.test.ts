import { describe, expect, it } from 'vitest';
import { importBindingsOf } from './import-bindings.js';
import { parseProject } from './test-project.js';

async function bindingsOf(path: string, source: string): Promise<Record<string, string>> {
  const { facts } = await parseProject({ [path]: source });
  const bindings = importBindingsOf(facts[0]!.facts, (importPath) =>
    importPath.endsWith('/store') ? 'storage' : null,
  );
  const result: Record<string, string> = {};
  for (const [local, binding] of bindings.byLocal) {
    result[local] =
      `${binding.form} ${binding.module}${binding.importedName === null ? '' : `#${binding.importedName}`}`;
  }
  bindings.wildcards.forEach(
    (binding, i) => (result[`*${i}`] = `${binding.form} ${binding.module}`),
  );
  return result;
}

describe('importBindingsOf', () => {
  it('binds TypeScript named, aliased, default, namespace and CommonJS imports', async () => {
    expect(
      await bindingsOf(
        'a.ts',
        `import def, { a, b as c } from './m';
import * as ns from './n';
import './side-effect';
const lib = require('./lib');
const { x, y: z } = require('./obj');
import('./lazy');
`,
      ),
    ).toEqual({
      a: 'named ./m#a',
      c: 'named ./m#b',
      def: 'named ./m#default',
      ns: 'module ./n',
      lib: 'module ./lib',
      x: 'named ./obj#x',
      z: 'named ./obj#y',
    });
  });

  it('binds Python modules under their full and top-level names, from-imports and star imports', async () => {
    expect(
      await bindingsOf(
        'a.py',
        'import os.path\nimport numpy as np\nfrom .models import User as U, Order\nfrom pkg import *\n',
      ),
    ).toEqual({
      'os.path': 'module os.path',
      os: 'module os',
      np: 'module numpy',
      U: 'named .models#User',
      Order: 'named .models#Order',
      '*0': 'wildcard pkg',
    });
  });

  it('binds Go packages by alias, package clause or last segment, skipping blank imports', async () => {
    expect(
      await bindingsOf(
        'main.go',
        'package main\n\nimport (\n\t"fmt"\n\tst "example.com/app/store"\n\t"example.com/app/x/store"\n\t_ "embed"\n\t. "strings"\n)\n',
      ),
    ).toEqual({
      fmt: 'module fmt',
      st: 'module example.com/app/store',
      storage: 'module example.com/app/x/store',
      '*0': 'wildcard strings',
    });
  });

  it('binds Java classes, static members and wildcards, and C# using directives', async () => {
    expect(
      await bindingsOf(
        'A.java',
        'package p;\nimport com.x.Repo;\nimport static com.x.Util.help;\nimport com.y.*;\nclass A {}\n',
      ),
    ).toEqual({ Repo: 'named com.x#Repo', help: 'named com.x.Util#help', '*0': 'wildcard com.y' });
    expect(await bindingsOf('A.cs', 'using App.Repos;\nnamespace App { class A {} }\n')).toEqual({
      '*0': 'wildcard App.Repos',
    });
  });
});
