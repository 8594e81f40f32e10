import { CallGraphError } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { backwardWeight, digraph } from '../test-helpers/weighted-digraph.js';
import { EXACT_ORDERING_MAX_VERTEXES, exactLinearOrdering } from './exact-linear-ordering.js';

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('exactLinearOrdering', () => {
  it('cuts the one arc shared by every cycle where the greedy heuristic cuts two', () => {
    // Cycles 0→4→3→0, 0→4→1→0 and 0→4→3→2→1→0 all pass through 0 → 4.
    const graph = digraph(5, [
      [4, 3],
      [0, 4],
      [2, 1],
      [3, 2],
      [4, 1],
      [3, 0],
      [1, 0],
    ]);
    const position = exactLinearOrdering(graph);
    expect(backwardWeight(graph, position)).toBe(1);
    expect(position[4]! < position[0]!).toBe(true);
  });

  it('matches brute force over all orders on random weighted graphs', () => {
    let seed = 5;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 60; trial += 1) {
      const n = 1 + Math.floor(random() * 6);
      const arcs: [number, number, number][] = [];
      for (let i = 0; i < n * 2; i += 1) {
        const a = Math.floor(random() * n);
        const b = Math.floor(random() * n);
        if (a !== b) arcs.push([a, b, 1 + Math.floor(random() * 4)]);
      }
      const graph = digraph(n, arcs);
      const optimum = Math.min(
        ...permutations([...Array(n).keys()]).map((order) => {
          const position: number[] = [];
          order.forEach((v, slot) => (position[v] = slot));
          return backwardWeight(graph, position);
        }),
      );
      const position = exactLinearOrdering(graph);
      expect([...position].sort()).toEqual([...Array(n).keys()]);
      expect(backwardWeight(graph, position)).toBe(optimum);
    }
  });

  it('refuses graphs above the size bound', () => {
    expect(EXACT_ORDERING_MAX_VERTEXES).toBe(10);
    expect([...exactLinearOrdering(digraph(10, [[9, 0]]))]).toHaveLength(10);
    expect(() => exactLinearOrdering(digraph(11, []))).toThrow(CallGraphError);
  });

  it('returns an empty order for an empty graph', () => {
    expect([...exactLinearOrdering(digraph(0, []))]).toEqual([]);
  });
});
