import { describe, expect, it } from 'vitest';
import { buildDependencyGraph, type DependencyArc } from './dependency-graph.js';
import { arcsByEnd, inducedSubgraph } from './weighted-digraph.js';

function arc(from: number, to: number, weight: number): DependencyArc {
  return { from, to, weight, typeOnly: false, imports: [] };
}

describe('inducedSubgraph', () => {
  // Arcs, grouped by source: e0 0 → 1, e1 0 → 3, e2 1 → 3, e3 2 → 3, e4 3 → 1.
  const graph = buildDependencyGraph(
    ['a', 'b', 'c', 'd'],
    [arc(0, 1, 1), arc(0, 3, 2), arc(1, 3, 3), arc(3, 1, 4), arc(2, 3, 5)],
  );

  it('keeps only the arcs between members, renumbering vertexes by member position', () => {
    expect(inducedSubgraph(graph, [3, 1])).toEqual({
      size: 2,
      from: [0, 1],
      to: [1, 0],
      weight: [4, 3],
      arcIds: [4, 2],
    });
  });

  it('lists each vertex’s arcs by either end', () => {
    const subgraph = inducedSubgraph(graph, [0, 1, 3]);
    expect(arcsByEnd(subgraph, subgraph.from)).toEqual([[0, 1], [2], [3]]);
    expect(arcsByEnd(subgraph, subgraph.to)).toEqual([[], [0, 3], [1, 2]]);
  });
});
