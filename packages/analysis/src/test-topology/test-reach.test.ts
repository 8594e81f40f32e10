import { CallGraphError } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { CallGraphIndex } from '../reachability/call-graph-index.js';
import { TOPOLOGY_GRAPH } from '../test-helpers/topology-graph.js';
import { TestReachability } from './test-reach.js';

describe('TestReachability', () => {
  const reachability = TestReachability.of(CallGraphIndex.of(TOPOLOGY_GRAPH));

  it("lists the test nodes in graph order, hooks, fixtures and test helpers' module code included", () => {
    expect(reachability.tests).toEqual([
      'test/users.test.ts#<module>',
      'test/orders.test.ts#<module>',
      'tests/test_db.py#test_a',
      'tests/test_db.py#test_b',
      'tests/conftest.py#db',
      'tests/test_db.py#setup_module',
      'test/factories.ts#<module>',
    ]);
  });

  it('maps a test to what it reaches, breadth first, with depth and widest-path confidence', () => {
    expect(reachability.reachOf('test/users.test.ts#<module>')).toEqual({
      test: 'test/users.test.ts#<module>',
      reached: [
        { id: 'test/helpers.ts#makeUser', depth: 1, confidence: 0.9 },
        { id: 'src/users.ts#create', depth: 1, confidence: 0.9 },
        { id: 'src/users.ts#validate', depth: 2, confidence: 0.9 },
        { id: 'src/users.ts#save', depth: 2, confidence: 0.9 },
        { id: 'src/db.ts#query', depth: 3, confidence: 0.9 },
        { id: 'src/db.ts#retry', depth: 4, confidence: 0.9 },
      ],
    });
  });

  it('prefers the surest path for confidence and the shortest for depth', () => {
    expect(reachability.reachOf('test/orders.test.ts#<module>').reached).toEqual([
      { id: 'src/orders.ts#place', depth: 1, confidence: 0.9 },
      { id: 'src/orders.ts#total', depth: 1, confidence: 0.9 },
      { id: 'src/users.ts#validate', depth: 2, confidence: 0.5 },
    ]);
  });

  it('does not enter another test node', () => {
    expect(reachability.reachOf('tests/test_db.py#test_a').reached).toEqual([
      { id: 'src/db.py#connect', depth: 1, confidence: 0.9 },
    ]);
  });

  it('rejects ids that are no node or no test node', () => {
    expect(() => reachability.reachOf('src/nowhere.ts#x')).toThrow(CallGraphError);
    expect(() => reachability.reachOf('src/users.ts#create')).toThrow(/not a test node/);
  });
});
