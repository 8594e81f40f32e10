import { describe, expect, it } from 'vitest';
import { buildDependencyGraph, outDegree, type DependencyArc } from './dependency-graph.js';
import type { ModuleDependency } from './module-dependency.js';

function imp(from: string, to: string, names: string[], typeOnly = false): ModuleDependency {
  return { from, to, names, typeOnly };
}

function part(from: number, to: number, weight: number, typeOnly: boolean): DependencyArc {
  return {
    from,
    to,
    weight,
    typeOnly,
    imports: [imp(`n${from}`, `n${to}`, [`w${weight}`], typeOnly)],
  };
}

describe('buildDependencyGraph', () => {
  const graph = buildDependencyGraph(
    ['n0', 'n1', 'n2'],
    [
      part(1, 2, 1, true),
      part(0, 2, 2, false),
      part(0, 1, 3, true),
      part(0, 2, 4, true),
      part(2, 2, 5, false),
      part(1, 2, 6, true),
    ],
  );

  it('merges parallel parts: weights summed, typeOnly only if all are, imports in order', () => {
    expect(graph.arcs.map((a) => [a.from, a.to, a.weight, a.typeOnly])).toEqual([
      [0, 2, 6, false],
      [0, 1, 3, true],
      [1, 2, 7, true],
    ]);
    expect(graph.arcs[0]!.imports.map((i) => i.names[0])).toEqual(['w2', 'w4']);
  });

  it('drops self-loops and indexes arcs by source node', () => {
    expect([...graph.offsets]).toEqual([0, 2, 3, 3]);
    expect([...graph.targets]).toEqual([2, 1, 2]);
    expect([...graph.inDegree]).toEqual([0, 1, 2]);
    expect([0, 1, 2].map((v) => outDegree(graph, v))).toEqual([2, 1, 0]);
  });

  it('does not alias the imports of the parts it merges', () => {
    const first = part(0, 1, 1, false);
    const merged = buildDependencyGraph(['n0', 'n1'], [first, part(0, 1, 1, false)]);
    expect(merged.arcs[0]!.imports).toHaveLength(2);
    expect(first.imports).toHaveLength(1);
  });
});
