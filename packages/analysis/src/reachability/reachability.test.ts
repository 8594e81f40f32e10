import { CallGraphError } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { call, fn, graphOf } from '../test-helpers/call-graph.js';
import { CallGraphIndex } from './call-graph-index.js';
import { analyzeReachability, reachableFrom, reachingTo } from './reachability.js';
import type { ReachedNode } from './reached-nodes.js';

// A diamond under a route handler and a test, a recursive helper, and an island.
const index = CallGraphIndex.of(
  graphOf(
    [
      fn('api.ts#getUser', { entryPoint: 'route' }),
      fn('api.test.ts#getsUser', { entryPoint: 'test' }),
      'svc.ts#load',
      'svc.ts#fromCache',
      'svc.ts#fromDb',
      'db.ts#query',
      'db.ts#retry',
      'old.ts#unused',
    ],
    [
      call('api.ts#getUser', 'svc.ts#load', 'import'),
      call('api.test.ts#getsUser', 'api.ts#getUser', 'import'),
      call('svc.ts#load', 'svc.ts#fromCache'),
      call('svc.ts#load', 'svc.ts#fromDb'),
      call('svc.ts#fromCache', 'db.ts#query', 'name'),
      call('svc.ts#fromDb', 'db.ts#query', 'instance'),
      call('db.ts#query', 'db.ts#retry'),
      call('db.ts#retry', 'db.ts#retry'),
      call('old.ts#unused', 'db.ts#query', 'import'),
    ],
  ),
);

const rows = (reached: readonly ReachedNode[]): [string, number, number][] =>
  reached.map((item) => [item.node.id, item.depth, item.confidence]);

describe('reachableFrom', () => {
  it('lists every transitive callee once with depth and widest-path confidence', () => {
    const result = reachableFrom(index, 'api.ts#getUser');
    expect(result.source.id).toBe('api.ts#getUser');
    expect(rows(result.reachable)).toEqual([
      ['svc.ts#load', 1, 0.9],
      ['svc.ts#fromCache', 2, 0.9],
      ['svc.ts#fromDb', 2, 0.9],
      ['db.ts#query', 3, 0.8],
      ['db.ts#retry', 4, 0.8],
    ]);
  });

  it('applies maxDepth and minConfidence', () => {
    expect(rows(reachableFrom(index, 'svc.ts#load', { maxDepth: 1 }).reachable)).toEqual([
      ['svc.ts#fromCache', 1, 0.95],
      ['svc.ts#fromDb', 1, 0.95],
    ]);
    expect(
      rows(reachableFrom(index, 'svc.ts#fromCache', { minConfidence: 0.6 }).reachable),
    ).toEqual([]);
  });

  it('does not list a recursive function as reachable from itself', () => {
    expect(rows(reachableFrom(index, 'db.ts#retry').reachable)).toEqual([]);
  });

  it('throws CALL_GRAPH_ERROR for an unknown id', () => {
    expect(() => reachableFrom(index, 'svc.ts#missing')).toThrow(CallGraphError);
    expect(() => reachableFrom(index, 'svc.ts#missing')).toThrow(
      '[CALL_GRAPH_ERROR] Unknown function id "svc.ts#missing": `drift callgraph callers <file>:<name>` lists ids.',
    );
  });
});

describe('reachingTo', () => {
  it('lists transitive callers and the entry points among them with their kind', () => {
    const result = reachingTo(index, 'db.ts#query');
    expect(result.target.id).toBe('db.ts#query');
    expect(rows(result.callers)).toEqual([
      ['svc.ts#fromCache', 1, 0.5],
      ['svc.ts#fromDb', 1, 0.8],
      ['old.ts#unused', 1, 0.9],
      ['svc.ts#load', 2, 0.8],
      ['api.ts#getUser', 3, 0.8],
      ['api.test.ts#getsUser', 4, 0.8],
    ]);
    expect(result.entryPoints.map((entry) => [entry.node.id, entry.kind, entry.depth])).toEqual([
      ['api.ts#getUser', 'route', 3],
      ['api.test.ts#getsUser', 'test', 4],
    ]);
  });

  it('leaves out entry points beyond maxDepth and the target itself', () => {
    const result = reachingTo(index, 'api.ts#getUser', { maxDepth: 0 });
    expect(result.callers).toEqual([]);
    expect(result.entryPoints).toEqual([]);
  });

  it('throws CALL_GRAPH_ERROR for an unknown id', () => {
    expect(() => reachingTo(index, 'nope')).toThrow('Unknown function id "nope"');
  });
});

describe('analyzeReachability', () => {
  it('reports whether and how the target is reached', () => {
    const result = analyzeReachability(index, 'api.ts#getUser', 'db.ts#retry');
    expect(result.reachable).toHaveLength(5);
    expect(result.target).toEqual({
      node: index.nodes[index.nodeIndexOf('db.ts#retry')!],
      reachable: true,
      depth: 4,
      confidence: 0.8,
    });
  });

  it('reports an unreachable target, also when only beyond the limits', () => {
    expect(analyzeReachability(index, 'svc.ts#load', 'api.ts#getUser').target).toMatchObject({
      reachable: false,
      depth: null,
      confidence: null,
    });
    const limited = analyzeReachability(index, 'svc.ts#load', 'db.ts#query', { maxDepth: 1 });
    expect(limited.target?.reachable).toBe(false);
    const weak = analyzeReachability(index, 'svc.ts#load', 'db.ts#query', { minConfidence: 0.85 });
    expect(weak.target?.reachable).toBe(false);
  });

  it('counts a function as reaching itself at depth 0', () => {
    expect(analyzeReachability(index, 'db.ts#query', 'db.ts#query').target).toMatchObject({
      reachable: true,
      depth: 0,
      confidence: 1,
    });
  });

  it('gives null as target when none is asked for', () => {
    const result = analyzeReachability(index, 'db.ts#query');
    expect(result.target).toBeNull();
    expect(rows(result.reachable)).toEqual([['db.ts#retry', 1, 0.95]]);
  });

  it('throws CALL_GRAPH_ERROR for an unknown source or target', () => {
    expect(() => analyzeReachability(index, 'x')).toThrow('Unknown function id "x"');
    expect(() => analyzeReachability(index, 'db.ts#query', 'y')).toThrow('Unknown function id "y"');
  });
});
