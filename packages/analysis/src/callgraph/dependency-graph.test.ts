import { describe, expect, it } from 'vitest';
import { DependencyGraph } from './dependency-graph.js';
import { SymbolIndex } from './symbol-index.js';
import { parseProject } from './test-project.js';

const PROJECT: Record<string, string> = {
  'a.ts': 'export function alpha() { return 1; }\n',
  'barrel.ts': "export * from './a';\n",
  'b.ts': "import { alpha } from './barrel';\nexport function beta() { return alpha(); }\n",
  'c.ts':
    "import { beta } from './b';\nimport { gone } from './missing';\nexport { beta };\nexport function gamma(x: any) { return x.compute(beta(), gone()); }\n",
};

async function indexOf(files: Record<string, string>): Promise<SymbolIndex> {
  const { facts, read } = await parseProject(files);
  return SymbolIndex.build(facts, read);
}

/** What the graph says about the keys of this project, as sorted lines. */
function describeGraph(graph: DependencyGraph): string[] {
  const lines: string[] = [];
  for (const path of ['a.ts', 'barrel.ts', 'b.ts', 'c.ts']) {
    for (const [importer, forwards] of graph.importersOf(path)) {
      lines.push(`${importer} imports ${path}${forwards ? ' (forwards)' : ''}`);
    }
  }
  for (const stem of ['missing', 'missing/index']) {
    for (const importer of graph.missingImportersOf(stem)) lines.push(`${importer} misses ${stem}`);
  }
  for (const name of ['compute', 'alpha', 'beta', 'x']) {
    for (const user of graph.nameUsersOf(name)) lines.push(`${user} looks up ${name}`);
  }
  return lines.sort();
}

describe('DependencyGraph', () => {
  it('records importers, forwarding, missing imports and project-wide names', async () => {
    expect(describeGraph(DependencyGraph.build(await indexOf(PROJECT)))).toEqual([
      'b.ts imports barrel.ts',
      'barrel.ts imports a.ts (forwards)',
      'c.ts imports b.ts (forwards)',
      'c.ts looks up compute',
      'c.ts misses missing',
      'c.ts misses missing/index',
    ]);
  });

  it('replaces the parts of edited files to give the graph a build gives', async () => {
    const graph = DependencyGraph.build(await indexOf(PROJECT));
    const edited = {
      ...PROJECT,
      'b.ts':
        "import { alpha } from './a';\nexport { alpha };\nexport function beta(y: any) { return y.alpha(); }\n",
      'c.ts': "import { beta } from './b';\nexport function gamma() { return beta(); }\n",
    };
    const next = await indexOf(edited);
    graph.replaceFiles(['b.ts', 'c.ts'], next);
    const built = DependencyGraph.build(next);
    expect(describeGraph(graph)).toEqual(describeGraph(built));
    expect(describeGraph(graph)).toEqual([
      'b.ts imports a.ts (forwards)',
      'b.ts looks up alpha',
      'barrel.ts imports a.ts (forwards)',
      'c.ts imports b.ts',
    ]);
  });
});
