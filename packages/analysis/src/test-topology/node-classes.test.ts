import { describe, expect, it } from 'vitest';
import { CallGraphIndex } from '../reachability/call-graph-index.js';
import { fn } from '../test-helpers/call-graph.js';
import { TOPOLOGY_GRAPH } from '../test-helpers/topology-graph.js';
import { classifyNodes } from './node-classes.js';

describe('classifyNodes', () => {
  it('tells tests, test-support code and source functions apart', () => {
    const index = CallGraphIndex.of({
      nodes: [
        ...TOPOLOGY_GRAPH.nodes,
        fn('test/fixtures/app.ts#setUp', { entryPoint: 'lifecycle' }),
        fn('src/app.ts#componentDidMount', { entryPoint: 'lifecycle' }),
        fn('examples/demo.ts#main', { entryPoint: 'main' }),
      ],
      edges: [],
    });
    const classes = classifyNodes(index);
    const ids = (mask: Uint8Array) => index.nodes.filter((_, i) => mask[i] === 1).map((n) => n.id);
    expect(ids(classes.isTest)).toEqual([
      'test/users.test.ts#<module>',
      'test/orders.test.ts#<module>',
      'tests/test_db.py#test_a',
      'tests/test_db.py#test_b',
      'tests/conftest.py#db',
      'tests/test_db.py#setup_module',
      'test/factories.ts#<module>',
      'test/fixtures/app.ts#setUp',
    ]);
    expect(classes.tests).toEqual([0, 1, 2, 3, 4, 21, 22, 23]);
    expect(ids(classes.isRunnable)).toEqual([
      'test/users.test.ts#<module>',
      'test/orders.test.ts#<module>',
      'tests/test_db.py#test_a',
      'tests/test_db.py#test_b',
    ]);
    expect(ids(classes.isSource)).toEqual([
      'src/users.ts#create',
      'src/users.ts#validate',
      'src/users.ts#save',
      'src/users.ts#config',
      'src/db.ts#query',
      'src/db.ts#retry',
      'src/orders.ts#place',
      'src/orders.ts#total',
      'src/db.py#connect',
      'src/db.py#only_b',
      'src/server.ts#handle',
      'src/legacy.ts#old',
      'src/legacy.ts#helper',
      'src/app.ts#componentDidMount',
    ]);
    expect([0, 5, 6, 20, 23].map((node) => classes.roleOf(node))).toEqual([
      'test',
      'test',
      'source',
      'example',
      'fixture',
    ]);
  });
});
