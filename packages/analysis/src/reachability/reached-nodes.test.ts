import { describe, expect, it } from 'vitest';
import { call, fn, graphOf } from '../test-helpers/call-graph.js';
import { CallGraphIndex } from './call-graph-index.js';
import { traverseCallGraph } from './call-graph-traversal.js';
import { entryPointsAmong, reachedNodes } from './reached-nodes.js';

describe('reachedNodes and entryPointsAmong', () => {
  const index = CallGraphIndex.of(
    graphOf(
      [fn('main', { entryPoint: 'main' }), fn('handler', { entryPoint: 'event' }), 'util', 'other'],
      [call('main', 'handler', 'this'), call('handler', 'util', 'name')],
    ),
  );
  const traversal = traverseCallGraph(index, [0], 'callees');

  it('lists reached nodes breadth-first, with the start only when asked', () => {
    const row = (items: ReturnType<typeof reachedNodes>): [string, number, number][] =>
      items.map((item) => [item.node.id, item.depth, item.confidence]);
    expect(row(reachedNodes(index, traversal))).toEqual([
      ['handler', 1, 0.9],
      ['util', 2, 0.5],
    ]);
    expect(row(reachedNodes(index, traversal, true))).toEqual([
      ['main', 0, 1],
      ['handler', 1, 0.9],
      ['util', 2, 0.5],
    ]);
  });

  it('keeps the entry points with their kind', () => {
    const entryPoints = entryPointsAmong(reachedNodes(index, traversal, true));
    expect(entryPoints.map((item) => [item.node.id, item.kind, item.depth])).toEqual([
      ['main', 'main', 0],
      ['handler', 'event', 1],
    ]);
  });
});
