import { describe, expect, it } from 'vitest';
import { stronglyConnectedComponents } from '../graph/strongly-connected-components.js';
import { findDependencyCycles } from './dependency-cycles.js';
import { buildFileGraph } from './file-graph.js';
import type { ModuleDependency, ModuleFile } from './module-dependency.js';

function file(path: string, exports: string[] = []): ModuleFile {
  return { path, module: 'm', classes: 0, abstractTypes: 0, exports };
}

function dep(from: string, to: string, names: string[], typeOnly = false): ModuleDependency {
  return { from, to, names, typeOnly };
}

describe('findDependencyCycles', () => {
  const files = [
    file('z/main.ts'),
    file('b.ts', ['b1', 'b2', 'b3', 'b4']),
    file('a.ts', ['a1', 'a2']),
    file('x.ts', ['x']),
    file('y.ts', ['y', 'Y']),
    file('w.ts', ['w']),
    file('leaf.ts', ['leaf']),
  ];
  // a ↔ b: a takes all four names of b through a namespace import, b takes two of a.
  const aToB = dep('a.ts', 'b.ts', ['*']);
  const bToA = dep('b.ts', 'a.ts', ['a1', 'a2']);
  // x → y → w → x (y → w type-only) and x ↔ y: every arc weighs 1, and only x → y lies on
  // both cycles. w → leaf leaves the cycle.
  const xToY = dep('x.ts', 'y.ts', ['y']);
  const yToW = dep('y.ts', 'w.ts', ['w'], true);
  const wToX = dep('w.ts', 'x.ts', ['x']);
  const yToX = dep('y.ts', 'x.ts', ['x']);
  const dependencies = [
    dep('z/main.ts', 'a.ts', ['a1']),
    dep('z/main.ts', 'x.ts', ['x']),
    aToB,
    bToA,
    xToY,
    yToW,
    wToX,
    yToX,
    dep('w.ts', 'leaf.ts', ['leaf']),
  ];
  const { graph } = buildFileGraph(files, dependencies);

  it('reports each cycle with sorted members, its arc count, and the lightest cut', () => {
    expect(findDependencyCycles(graph)).toEqual([
      {
        members: ['w.ts', 'x.ts', 'y.ts'],
        arcs: 4,
        // x → y lies on both cycles (x → y → x and x → y → w → x): one arc breaks both.
        cut: [{ from: 'x.ts', to: 'y.ts', weight: 1, typeOnly: false, imports: [xToY] }],
      },
      {
        members: ['a.ts', 'b.ts'],
        arcs: 2,
        // Cutting b → a moves 2 names; cutting a → b would move all 4 exports of b.
        cut: [{ from: 'b.ts', to: 'a.ts', weight: 2, typeOnly: false, imports: [bToA] }],
      },
    ]);
  });

  it('accepts precomputed components', () => {
    expect(findDependencyCycles(graph, stronglyConnectedComponents(graph))).toEqual(
      findDependencyCycles(graph),
    );
  });

  it('orders cycles of equal size by first member', () => {
    const pairFiles = [file('q.ts'), file('p.ts'), file('d.ts'), file('c.ts')];
    const pairs = buildFileGraph(pairFiles, [
      dep('q.ts', 'p.ts', ['p']),
      dep('p.ts', 'q.ts', ['q', 'Q']),
      dep('d.ts', 'c.ts', ['c']),
      dep('c.ts', 'd.ts', ['d', 'D']),
    ]).graph;
    expect(findDependencyCycles(pairs).map((c) => [c.members, c.cut.map((k) => k.from)])).toEqual([
      [['c.ts', 'd.ts'], ['d.ts']],
      [['p.ts', 'q.ts'], ['q.ts']],
    ]);
  });

  it('sorts the cut arcs of a cycle by from, then to', () => {
    // o ↔ q ↔ p and q ↔ r: the one-name arcs q → o, q → p and r → q are the cut.
    const chainFiles = [file('r.ts'), file('q.ts'), file('p.ts'), file('o.ts')];
    const chain = buildFileGraph(chainFiles, [
      dep('r.ts', 'q.ts', ['q']),
      dep('q.ts', 'r.ts', ['r', 'R']),
      dep('q.ts', 'p.ts', ['p']),
      dep('p.ts', 'q.ts', ['q', 'Q']),
      dep('q.ts', 'o.ts', ['o']),
      dep('o.ts', 'q.ts', ['q', 'Q']),
    ]).graph;
    expect(findDependencyCycles(chain)[0]?.cut.map((k) => [k.from, k.to])).toEqual([
      ['q.ts', 'o.ts'],
      ['q.ts', 'p.ts'],
      ['r.ts', 'q.ts'],
    ]);
  });

  it('reports nothing for an acyclic graph', () => {
    const dag = buildFileGraph([file('a.ts'), file('b.ts')], [dep('a.ts', 'b.ts', ['b'])]).graph;
    expect(findDependencyCycles(dag)).toEqual([]);
  });
});
