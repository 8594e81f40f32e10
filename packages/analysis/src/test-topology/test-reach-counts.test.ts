import { describe, expect, it } from 'vitest';
import { CallGraphIndex } from '../reachability/call-graph-index.js';
import { TOPOLOGY_GRAPH } from '../test-helpers/topology-graph.js';
import { classifyNodes } from './node-classes.js';
import { testReachCounts } from './test-reach-counts.js';

describe('testReachCounts', () => {
  it('counts the distinct tests reaching each node, a test counting itself', () => {
    const index = CallGraphIndex.of(TOPOLOGY_GRAPH);
    const counts = testReachCounts(index, classifyNodes(index));
    expect(Object.fromEntries(index.nodes.map((node, i) => [node.id, counts[i]]))).toEqual({
      'test/users.test.ts#<module>': 1,
      'test/orders.test.ts#<module>': 1,
      'tests/test_db.py#test_a': 1,
      'tests/test_db.py#test_b': 1,
      'tests/conftest.py#db': 1,
      'test/helpers.ts#makeUser': 1,
      'src/users.ts#<module>': 0,
      'src/users.ts#create': 1,
      'src/users.ts#validate': 2,
      'src/users.ts#save': 1,
      'src/users.ts#config': 0,
      'src/db.ts#query': 2,
      'src/db.ts#retry': 2,
      'src/orders.ts#place': 1,
      'src/orders.ts#total': 2,
      'src/db.py#connect': 2,
      'src/db.py#only_b': 1,
      'src/server.ts#handle': 0,
      'src/legacy.ts#old': 0,
      'src/legacy.ts#helper': 0,
      'examples/demo.ts#run': 0,
      'tests/test_db.py#setup_module': 1,
      'test/factories.ts#<module>': 1,
    });
  });

  it('counts nothing in a graph without tests', () => {
    const index = CallGraphIndex.of({ nodes: [], edges: [] });
    expect(testReachCounts(index, classifyNodes(index))).toEqual(new Int32Array(0));
  });
});
