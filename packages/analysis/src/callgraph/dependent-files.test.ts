import type { CallGraphEdge } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { resolveFileCalls } from './call-resolver.js';
import { dependentFiles } from './dependent-files.js';
import { SymbolIndex } from './symbol-index.js';
import { edgeLines, parseProject } from './test-project.js';

const PROJECT: Record<string, string> = {
  'a.ts': `export function alpha() {
  return 1;
}
export function uniqueName() {
  return 2;
}
`,
  'barrel.ts': "export * from './a';\n",
  'b.ts': `import { alpha } from './barrel';
export function beta() {
  return alpha();
}
`,
  'c.ts': `import { beta } from './b';
export function gamma() {
  return beta();
}
`,
  'd.ts': `export function delta(x: { uniqueName(): void }) {
  const y: any = x;
  return y.thing.uniqueName();
}
`,
  'repo.ts': `export class Repo {
  find() {
    return 1;
  }
}
`,
  'holder.ts': `import { Repo } from './repo';
export class Holder {
  repo: Repo = new Repo();
}
`,
  'user.ts': `import { Holder } from './holder';
export function use(holder: Holder) {
  return holder.repo.find();
}
`,
};

function without(files: Record<string, string>, path: string): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter(([name]) => name !== path));
}

async function indexOf(files: Record<string, string>): Promise<SymbolIndex> {
  const { facts, read } = await parseProject(files);
  return SymbolIndex.build(facts, read);
}

function allEdges(index: SymbolIndex, paths: Iterable<string>): Map<string, CallGraphEdge[]> {
  const edges = new Map<string, CallGraphEdge[]>();
  for (const path of paths) edges.set(path, resolveFileCalls(path, index).edges);
  return edges;
}

/** The edges after a change: re-resolve only the dependents, keep every other file's edges. */
async function incrementalAndFull(
  before: Record<string, string>,
  after: Record<string, string>,
  changed: string[],
): Promise<{ incremental: string[]; full: string[]; dependents: string[] }> {
  const previous = await indexOf(before);
  const next = await indexOf(after);
  const edges = allEdges(previous, previous.paths());
  const dependents = dependentFiles(changed, next, { previous });
  for (const path of [...edges.keys()]) if (next.symbolsOf(path) === undefined) edges.delete(path);
  for (const [path, fileEdges] of allEdges(next, dependents)) edges.set(path, fileEdges);
  return {
    incremental: edgeLines([...edges.values()].flat()),
    full: edgeLines([...allEdges(next, next.paths()).values()].flat()),
    dependents,
  };
}

describe('dependentFiles', () => {
  it('finds importers through re-exporting barrels and the users of a changed unique name, not importers of importers', async () => {
    const index = await indexOf(PROJECT);
    expect(dependentFiles(['a.ts'], index)).toEqual(['a.ts', 'b.ts', 'barrel.ts', 'd.ts']);
  });

  it('follows importers whose classes hold a type of the changed file', async () => {
    const index = await indexOf(PROJECT);
    expect(dependentFiles(['repo.ts'], index)).toEqual(['holder.ts', 'repo.ts', 'user.ts']);
  });

  it('finds the importers of a deleted file through the previous index', async () => {
    const previous = await indexOf(PROJECT);
    const next = await indexOf(without(PROJECT, 'a.ts'));
    expect(dependentFiles(['a.ts'], next, { previous })).toEqual(['b.ts', 'barrel.ts', 'd.ts']);
    // without it: the barrel's unresolved re-export was looked for at a.ts, and d.ts uses a name a.ts had
    expect(dependentFiles(['a.ts'], next)).toEqual(['b.ts', 'barrel.ts']);
    expect(dependentFiles(['a.ts'], next, { previousNames: ['alpha', 'uniqueName'] })).toEqual([
      'b.ts',
      'barrel.ts',
      'd.ts',
    ]);
  });

  it('gives the edges of a full rebuild when only the dependents are resolved again', async () => {
    const renamed = { ...PROJECT, 'a.ts': PROJECT['a.ts']!.replace('uniqueName', 'otherName') };
    const rename = await incrementalAndFull(PROJECT, renamed, ['a.ts']);
    expect(rename.incremental).toEqual(rename.full);
    expect(rename.full).not.toContain('d.ts#delta -> a.ts#uniqueName [name]');

    const deletion = await incrementalAndFull(PROJECT, without(PROJECT, 'repo.ts'), ['repo.ts']);
    expect(deletion.incremental).toEqual(deletion.full);
    expect(deletion.dependents).toEqual(['holder.ts', 'user.ts']);

    const added = { ...PROJECT, 'e.ts': 'export function uniqueName() {\n  return 3;\n}\n' };
    const addition = await incrementalAndFull(PROJECT, added, ['e.ts']);
    expect(addition.incremental).toEqual(addition.full);
    expect(addition.dependents).toEqual(['d.ts', 'e.ts']);
  });

  it('treats every file of a Java package as a dependent of its package', async () => {
    const index = await indexOf({
      'shop/Pricing.java':
        'package shop;\npublic class Pricing { public static double tax() { return 1; } }\n',
      'shop/Order.java':
        'package shop;\npublic class Order { double total() { return Pricing.tax(); } }\n',
      'other/Report.java': 'package other;\npublic class Report { void print() {} }\n',
    });
    expect(dependentFiles(['shop/Pricing.java'], index)).toEqual([
      'shop/Order.java',
      'shop/Pricing.java',
    ]);
  });
});

describe('dependentFiles across languages', () => {
  it('follows Python from-imports, getters and default imports that pass symbols on', async () => {
    const index = await indexOf({
      'pkg/core.py': 'def run():\n    pass\n',
      'pkg/api.py': 'from .core import run\n',
      'pkg/use.py': 'from .api import run\n\ndef main():\n    run()\n',
      'ts/model.ts': 'export default class Model {}\n',
      'ts/holder.ts':
        "import Model from './model';\nexport class Holder {\n  get model(): Model {\n    return new Model();\n  }\n}\n",
      'ts/user.ts': "import { Holder } from './holder';\nexport const h = new Holder();\n",
    });
    expect(dependentFiles(['pkg/core.py'], index)).toEqual([
      'pkg/api.py',
      'pkg/core.py',
      'pkg/use.py',
    ]);
    expect(dependentFiles(['ts/model.ts'], index)).toEqual([
      'ts/holder.ts',
      'ts/model.ts',
      'ts/user.ts',
    ]);
  });

  it('matches a deleted Go file to its package folder and a deleted module to unresolved imports', async () => {
    const index = await indexOf({
      'go.mod': 'module ex.com/m\n',
      'g/a.go': 'package g\n\nfunc A() { B() }\n',
      'g/c.go': 'package g\n',
      'web/index.ts': "export * from './gone';\n",
      'web/use.ts': "import { x } from './index';\nx();\n",
    });
    expect(dependentFiles(['g/b.go'], index)).toEqual(['g/a.go', 'g/c.go']);
    expect(dependentFiles(['web/gone.ts'], index)).toEqual(['web/index.ts', 'web/use.ts']);
  });

  it('records the project-wide names of languages whose calls and types resolve by unique name', async () => {
    const index = await indexOf({
      'a.rs': 'pub struct Store {}\nimpl Store { pub fn get(&self) {} }\npub fn helper() {}\n',
      'b.rs': 'fn run(s: Store) {\n    helper();\n    self.go();\n}\n',
      'c.rs': 'fn other() {}\n',
    });
    expect(dependentFiles(['a.rs'], index)).toEqual(['a.rs', 'b.rs']);
  });
});
