import { describe, expect, it } from 'vitest';
import {
  componentMembers,
  stronglyConnectedComponents,
  type AdjacencyLists,
  type StronglyConnectedComponents,
} from './strongly-connected-components.js';

/** Compressed sparse rows of `arcs`, each node's successors in the order given. */
function adjacency(
  nodeCount: number,
  arcs: readonly (readonly [number, number])[],
): AdjacencyLists {
  const offsets = new Int32Array(nodeCount + 1);
  for (const [from] of arcs) offsets[from + 1]! += 1;
  for (let v = 0; v < nodeCount; v += 1) offsets[v + 1]! += offsets[v]!;
  const targets = new Int32Array(arcs.length);
  const cursor = offsets.slice(0, nodeCount);
  for (const [from, to] of arcs) targets[cursor[from]!++] = to;
  return { offsets, targets };
}

/** The members of every component, in component id order. */
function groups(components: StronglyConnectedComponents): number[][] {
  return Array.from({ length: components.count }, (_, c) => [...componentMembers(components, c)]);
}

// 0 → 1 → 2 → 0 is a cycle, 2 → 3 leads into the cycle 3 ↔ 4, 5 → 0 enters the first cycle.
const twoCycles = adjacency(6, [
  [0, 1],
  [1, 2],
  [2, 0],
  [2, 3],
  [3, 4],
  [4, 3],
  [5, 0],
]);

describe('stronglyConnectedComponents', () => {
  it('groups cycles and numbers components in reverse topological order', () => {
    const result = stronglyConnectedComponents(twoCycles);
    expect(result.count).toBe(3);
    expect(groups(result)).toEqual([[3, 4], [0, 1, 2], [5]]);
    expect([...result.componentOf]).toEqual([1, 1, 1, 0, 0, 2]);
    expect([...result.memberOffsets]).toEqual([0, 2, 5, 6]);
    for (let v = 0; v < 6; v += 1) {
      for (let arc = twoCycles.offsets[v]!; arc < twoCycles.offsets[v + 1]!; arc += 1) {
        const to = twoCycles.targets[arc]!;
        expect(result.componentOf[v]).toBeGreaterThanOrEqual(result.componentOf[to]!);
      }
    }
  });

  it('leaves out arcs into ignored nodes', () => {
    const result = stronglyConnectedComponents(twoCycles, Uint8Array.from([1, 0, 0, 0, 0, 0]));
    expect(result.count).toBe(5);
    expect([...result.componentOf]).toEqual([3, 2, 1, 0, 0, 4]);
    expect(groups(result)).toEqual([[3, 4], [2], [1], [0], [5]]);
  });

  it('keeps nodes that only reach a cycle, or are only reached from it, out of it', () => {
    // 0 → 1 ↔ 2 → 3: only 1 and 2 form a component.
    const result = stronglyConnectedComponents(
      adjacency(4, [
        [0, 1],
        [1, 2],
        [2, 1],
        [2, 3],
      ]),
    );
    expect(groups(result)).toEqual([[3], [1, 2], [0]]);
  });

  it('merges two cycles sharing a node and ignores a cross arc into a finished component', () => {
    // 0 ↔ 1 and 1 ↔ 2 share node 1; 3 → 0 enters the component after it is complete.
    const result = stronglyConnectedComponents(
      adjacency(4, [
        [0, 1],
        [1, 0],
        [1, 2],
        [2, 1],
        [3, 0],
      ]),
    );
    expect(groups(result)).toEqual([[0, 1, 2], [3]]);
  });

  it('keeps a node calling itself a component of its own', () => {
    const result = stronglyConnectedComponents(
      adjacency(2, [
        [0, 0],
        [0, 1],
      ]),
    );
    expect(groups(result)).toEqual([[1], [0]]);
  });

  it('handles chains and cycles deeper than the JS call stack', () => {
    const n = 200_000;
    const chain = Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const);
    const line = stronglyConnectedComponents(adjacency(n, chain));
    expect(line.count).toBe(n);
    expect(line.componentOf[0]).toBe(n - 1);
    expect(line.componentOf[n - 1]).toBe(0);
    const ring = stronglyConnectedComponents(adjacency(n, [...chain, [n - 1, 0]]));
    expect(ring.count).toBe(1);
    const members = componentMembers(ring, 0);
    expect(members).toHaveLength(n);
    expect([members[0], members[n - 1]]).toEqual([0, n - 1]);
  });

  it('returns nothing for an empty graph', () => {
    const result = stronglyConnectedComponents(adjacency(0, []));
    expect(result.count).toBe(0);
    expect([...result.memberOffsets]).toEqual([0]);
    expect(result.members).toHaveLength(0);
  });
});
