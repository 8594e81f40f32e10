import { CallGraphError } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { call, graphOf } from '../test-helpers/call-graph.js';
import { CallGraphIndex } from './call-graph-index.js';
import {
  CallGraphSearch,
  traverseCallGraph,
  type CallGraphTraversal,
} from './call-graph-traversal.js';

// s reaches c on two paths (0.95→0.8 and 0.5→0.95) and e directly (0.5) or through f, g (0.95).
const index = CallGraphIndex.of(
  graphOf(
    ['s', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'island'],
    [
      call('s', 'a'),
      call('s', 'b', 'name'),
      call('s', 'e', 'name'),
      call('s', 'f'),
      call('a', 'c', 'instance'),
      call('b', 'c'),
      call('c', 'd', 'import'),
      call('f', 'g'),
      call('g', 'e'),
      call('d', 's', 'name'),
    ],
  ),
);
const at = (id: string): number => index.nodeIndexOf(id)!;

/** `id → [depth, confidence]` of the reached nodes, in traversal order. */
function summary(traversal: CallGraphTraversal): [string, number, number][] {
  return traversal.order.map((node) => [
    index.nodes[node]!.id,
    traversal.depth[node]!,
    traversal.confidence[node]!,
  ]);
}

describe('traverseCallGraph', () => {
  it('gives fewest hops and the widest-path confidence, which may use a longer path', () => {
    expect(summary(traverseCallGraph(index, [at('s')], 'callees'))).toEqual([
      ['s', 0, 1],
      ['a', 1, 0.95],
      ['b', 1, 0.5],
      ['e', 1, 0.95],
      ['f', 1, 0.95],
      ['c', 2, 0.8],
      ['g', 2, 0.95],
      ['d', 3, 0.8],
    ]);
  });

  it('leaves unreached nodes at depth −1 and confidence 0', () => {
    const traversal = traverseCallGraph(index, [at('s')], 'callees');
    expect(traversal.depth[at('island')]).toBe(-1);
    expect(traversal.confidence[at('island')]).toBe(0);
  });

  it('stops at maxDepth and only uses paths through reached nodes for confidence', () => {
    expect(summary(traverseCallGraph(index, [at('s')], 'callees', { maxDepth: 1 }))).toEqual([
      ['s', 0, 1],
      ['a', 1, 0.95],
      ['b', 1, 0.5],
      ['e', 1, 0.5],
      ['f', 1, 0.95],
    ]);
    expect(summary(traverseCallGraph(index, [at('s')], 'callees', { maxDepth: 0 }))).toEqual([
      ['s', 0, 1],
    ]);
    const two = traverseCallGraph(index, [at('s')], 'callees', { maxDepth: 2 });
    expect(two.confidence[at('e')]).toBe(0.95);
    expect(two.depth[at('d')]).toBe(-1);
  });

  it('does not follow edges below minConfidence', () => {
    expect(summary(traverseCallGraph(index, [at('s')], 'callees', { minConfidence: 0.6 }))).toEqual(
      [
        ['s', 0, 1],
        ['a', 1, 0.95],
        ['f', 1, 0.95],
        ['c', 2, 0.8],
        ['g', 2, 0.95],
        ['d', 3, 0.8],
        ['e', 3, 0.95],
      ],
    );
  });

  it('follows edges backwards to callers', () => {
    expect(summary(traverseCallGraph(index, [at('c')], 'callers'))).toEqual([
      ['c', 0, 1],
      ['a', 1, 0.8],
      ['b', 1, 0.95],
      ['s', 2, 0.8],
      ['d', 3, 0.5],
    ]);
  });

  it('starts from several sources at once, each at depth 0 and confidence 1', () => {
    expect(summary(traverseCallGraph(index, [at('g'), at('b'), at('g')], 'callees'))).toEqual([
      ['g', 0, 1],
      ['b', 0, 1],
      ['e', 1, 0.95],
      ['c', 1, 0.95],
      ['d', 2, 0.9],
      ['s', 3, 0.5],
      ['a', 4, 0.5],
      ['f', 4, 0.5],
    ]);
  });

  it('rejects a negative or fractional maxDepth and a minConfidence outside 0–1', () => {
    const source = [at('s')];
    expect(() => traverseCallGraph(index, source, 'callees', { maxDepth: -1 })).toThrow(
      '[CALL_GRAPH_ERROR] maxDepth must be a non-negative integer of hops, got -1.',
    );
    expect(() => traverseCallGraph(index, source, 'callees', { maxDepth: 1.5 })).toThrow('got 1.5');
    expect(() => traverseCallGraph(index, source, 'callees', { minConfidence: 1.1 })).toThrow(
      '[CALL_GRAPH_ERROR] minConfidence must be between 0 and 1, got 1.1.',
    );
    expect(() =>
      traverseCallGraph(index, source, 'callees', { minConfidence: Number.NaN }),
    ).toThrow('got NaN');
    expect(
      traverseCallGraph(index, source, 'callees', { maxDepth: Number.POSITIVE_INFINITY }).order,
    ).toHaveLength(8);
  });
});

describe('CallGraphSearch', () => {
  // a → b → c → d, a → c, e → c; `stop` marks c.
  const chain = CallGraphIndex.of(
    graphOf(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['a', 'c'],
        ['e', 'c'],
      ],
    ),
  );
  const stop = Uint8Array.from([0, 0, 1, 0, 0]);

  /** `[node, depth, origin]` of the first `count` nodes the last run reached. */
  function reached(search: CallGraphSearch, count: number): [number, number, number][] {
    return Array.from({ length: count }, (_, i) => {
      const node = search.reachedAt(i);
      return [node, search.depthOf(node), search.originOf(node)];
    });
  }

  it('visits callees breadth first with the fewest edges and the origin of each node', () => {
    const search = new CallGraphSearch(chain);
    expect(search.depthOf(0)).toBe(-1);
    expect(search.confidenceOf(0)).toBe(0);
    expect(reached(search, search.run([0], 'callees'))).toEqual([
      [0, 0, 0],
      [1, 1, 0],
      [2, 1, 0],
      [3, 2, 0],
    ]);
    expect(search.depthOf(4)).toBe(-1);
    expect(search.originOf(4)).toBe(-1);
    expect(search.reachedAt(4)).toBe(-1);
  });

  it('reaches stop nodes without expanding them, unless they are sources', () => {
    const search = new CallGraphSearch(chain);
    expect(reached(search, search.run([0], 'callees', { stopAt: stop }))).toEqual([
      [0, 0, 0],
      [1, 1, 0],
      [2, 1, 0],
    ]);
    expect(reached(search, search.run([2], 'callees', { stopAt: stop }))).toEqual([
      [2, 0, 2],
      [3, 1, 2],
    ]);
  });

  it('searches back over callers from several sources, nearest origin first', () => {
    const search = new CallGraphSearch(chain);
    expect(reached(search, search.run([3, 1, 3], 'callers'))).toEqual([
      [3, 0, 3],
      [1, 0, 1],
      [2, 1, 3],
      [0, 1, 1],
      [4, 2, 3],
    ]);
  });

  it('forgets the previous run without resetting its arrays', () => {
    const search = new CallGraphSearch(chain);
    search.run([0], 'callees');
    expect(search.run([4], 'callees')).toBe(3);
    expect(search.depthOf(1)).toBe(-1);
    expect(search.confidenceOf(1)).toBe(0);
    expect(search.depthOf(3)).toBe(2);
  });

  // s → a (0.5) → t (0.95); s → b (0.9) → c (0.8) → t (0.95); s → d (0.95); d stops; d → e (0.9).
  const edge = (from: string, to: string, confidence: number) =>
    call(from, to, 'local', confidence);
  const weighted = CallGraphIndex.of(
    graphOf(
      ['s', 'a', 'b', 'c', 't', 'd', 'e', 'lone'],
      [
        edge('s', 'a', 0.5),
        edge('a', 't', 0.95),
        edge('s', 'b', 0.9),
        edge('b', 'c', 0.8),
        edge('c', 't', 0.95),
        edge('s', 'd', 0.95),
        edge('d', 'e', 0.9),
      ],
    ),
  );
  const stopD = Uint8Array.from([0, 0, 0, 0, 0, 1, 0, 0]);
  const confidences = (search: CallGraphSearch): number[] =>
    [0, 1, 2, 3, 4, 5, 6, 7].map((node) => search.confidenceOf(node));

  it('gives each node the best over paths of the weakest edge, once per run', () => {
    const search = new CallGraphSearch(weighted);
    search.run([0], 'callees');
    expect(confidences(search)).toEqual([1, 0.5, 0.9, 0.8, 0.8, 0.95, 0.9, 0]);
    expect(confidences(search)).toEqual([1, 0.5, 0.9, 0.8, 0.8, 0.95, 0.9, 0]);
    expect(search.depthOf(4)).toBe(2);
  });

  it('does not expand stop nodes for confidence either, and forgets earlier runs', () => {
    const search = new CallGraphSearch(weighted);
    search.run([0], 'callees', { stopAt: stopD });
    expect(confidences(search)).toEqual([1, 0.5, 0.9, 0.8, 0.8, 0.95, 0, 0]);
    search.run([5], 'callees', { stopAt: stopD });
    expect(confidences(search)).toEqual([0, 0, 0, 0, 0, 1, 0.9, 0]);
  });

  it('starts from several sources at once and widens over callers too', () => {
    const search = new CallGraphSearch(weighted);
    search.run([1, 3], 'callees');
    expect(search.confidenceOf(4)).toBe(0.95);
    search.run([4], 'callers', { minConfidence: 0.6 });
    expect(confidences(search)).toEqual([0.8, 0.95, 0.8, 0.95, 1, 0, 0, 0]);
    expect(search.depthOf(0)).toBe(3);
  });

  it('rejects confidences outside 0–1 once confidences are needed', () => {
    const invalid = CallGraphIndex.of(graphOf(['a', 'b'], [edge('a', 'b', 1.2)]));
    const search = new CallGraphSearch(invalid);
    expect(search.run([0], 'callees')).toBe(2);
    expect(() => search.confidenceOf(1)).toThrow(CallGraphError);
    expect(() => search.run([0], 'callees', { minConfidence: 0.5 })).toThrow(
      'has confidence 1.2, not within 0–1',
    );
  });
});
