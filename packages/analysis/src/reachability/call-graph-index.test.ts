import { describe, expect, it } from 'vitest';
import { call, graphOf } from '../test-helpers/call-graph.js';
import { CallGraphIndex } from './call-graph-index.js';

describe('CallGraphIndex', () => {
  const index = CallGraphIndex.of(
    graphOf(
      ['a.ts#f', 'a.ts#g', 'b.ts#h'],
      [call('a.ts#f', 'a.ts#g'), call('a.ts#f', 'b.ts#h'), call('a.ts#g', 'x.ts#gone')],
    ),
  );

  it('addresses nodes by dense index and drops edges to unknown nodes', () => {
    expect(index.size).toBe(3);
    expect(index.nodeIndexOf('b.ts#h')).toBe(2);
    expect(index.nodeIndexOf('x.ts#gone')).toBeUndefined();
    expect(index.edges).toHaveLength(2);
    expect(index.droppedEdges).toBe(1);
  });

  it('lists outgoing and incoming edges of each node', () => {
    expect(index.outgoing(0).map((e) => index.calleeOf(e))).toEqual([1, 2]);
    expect(index.incoming(2).map((e) => index.callerOf(e))).toEqual([0]);
    expect(index.outgoing(1)).toEqual([]);
    expect(index.outgoing(99)).toEqual([]);
    expect(index.incoming(99)).toEqual([]);
    expect(index.callerOf(99)).toBe(-1);
    expect(index.calleeOf(99)).toBe(-1);
  });
});
