import { describe, expect, it } from 'vitest';
import { call, graphOf } from '../test-helpers/call-graph.js';
import { callGraphAdjacency } from './call-graph-adjacency.js';
import { CallGraphIndex } from './call-graph-index.js';

describe('callGraphAdjacency', () => {
  const index = CallGraphIndex.of(
    graphOf(['a', 'b', 'c'], [call('a', 'c'), call('b', 'c'), call('a', 'b'), call('c', 'gone')]),
  );

  it('lays out callees and callers of each node in rows, with the edge at each position', () => {
    const callees = callGraphAdjacency(index, 'callees');
    expect([...callees.offsets]).toEqual([0, 2, 3, 3]);
    expect([...callees.targets]).toEqual([2, 1, 2]);
    expect([...callees.edges]).toEqual([0, 2, 1]);
    const callers = callGraphAdjacency(index, 'callers');
    expect([...callers.offsets]).toEqual([0, 0, 1, 3]);
    expect([...callers.targets]).toEqual([0, 0, 1]);
    expect([...callers.edges]).toEqual([2, 0, 1]);
  });

  it('builds each direction once per index', () => {
    expect(callGraphAdjacency(index, 'callees')).toBe(callGraphAdjacency(index, 'callees'));
    expect(callGraphAdjacency(index, 'callers')).not.toBe(callGraphAdjacency(index, 'callees'));
  });
});
