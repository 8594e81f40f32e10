import { describe, expect, it } from 'vitest';
import { buildCallGraph } from './build-call-graph.js';
import { edgeLines, parseProject } from './test-project.js';

describe('buildCallGraph', () => {
  it('builds nodes and edges of every file with counts per kind', async () => {
    const { facts, read } = await parseProject({
      'a.ts':
        "import { b } from './b';\nexport function a() {\n  b();\n  c();\n  console.log(1);\n}\nfunction c() {}\na();\n",
      'b.ts': 'export function b() {}\nexport function dup() {}\n',
      'c.ts': 'export function dup() {}\n',
      'd.ts': 'export function d(x: any) {\n  x.dup();\n}\n',
    });
    const build = buildCallGraph(facts, read);
    expect(build.graph.nodes.map((node) => node.id)).toEqual([
      'a.ts#a',
      'a.ts#c',
      'a.ts#<module>',
      'b.ts#b',
      'b.ts#dup',
      'c.ts#dup',
      'd.ts#d',
    ]);
    expect(edgeLines(build.graph.edges)).toEqual([
      'a.ts#<module> -> a.ts#a [local]',
      'a.ts#a -> a.ts#c [local]',
      'a.ts#a -> b.ts#b [import]',
    ]);
    expect(build.byKind).toEqual({ local: 2, import: 1, this: 0, instance: 0, name: 0 });
    // x.dup(): free functions are not methods; console.log: outside
    expect(build).toMatchObject({ unresolved: 0, external: 2 });
    expect([...build.index.paths()]).toEqual(['a.ts', 'b.ts', 'c.ts', 'd.ts']);
  });
});
