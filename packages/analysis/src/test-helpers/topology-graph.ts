import type { CallGraph } from '@drift/core';
import { call, fn } from './call-graph.js';

/**
 * A small project with tests of every shape, for the test-topology analyses:
 * - `test/users.test.ts#<module>` calls `create` directly and through the test helper
 *   `test/helpers.ts#makeUser`; `create` → `validate`, `save` → `query` ⇄ `retry` (a cycle);
 * - `test/orders.test.ts#<module>` calls `place` (→ `total`, and `validate` by a 0.5 name match)
 *   and also `total` by a 0.5 name match, so its shortest path to `total` is not its surest;
 * - pytest `test_a` calls `connect` and the test `test_b`, which alone calls `only_b`;
 * - the conftest fixture `db` (lifecycle in a test file) calls `connect`; the hook
 *   `setup_module` of `test_a` and `test_b` calls `retry`;
 * - module-level code of the test helper `test/factories.ts` calls `total`;
 * - `src/server.ts#handle` (a route, 6 lines) calls `place`; `src/users.ts#<module>` calls
 *   `config`;
 * - `src/legacy.ts#old` (14 lines) → `helper` (2 lines) is reached by nothing; an example calls
 *   `total`.
 */
export const TOPOLOGY_GRAPH: CallGraph = {
  nodes: [
    fn('test/users.test.ts#<module>', { entryPoint: 'test' }),
    fn('test/orders.test.ts#<module>', { entryPoint: 'test' }),
    fn('tests/test_db.py#test_a', { entryPoint: 'test' }),
    fn('tests/test_db.py#test_b', { entryPoint: 'test' }),
    fn('tests/conftest.py#db', { entryPoint: 'lifecycle' }),
    fn('test/helpers.ts#makeUser'),
    fn('src/users.ts#<module>'),
    fn('src/users.ts#create', { entryPoint: 'exported' }),
    fn('src/users.ts#validate'),
    fn('src/users.ts#save'),
    fn('src/users.ts#config'),
    fn('src/db.ts#query'),
    fn('src/db.ts#retry'),
    fn('src/orders.ts#place'),
    fn('src/orders.ts#total'),
    fn('src/db.py#connect'),
    fn('src/db.py#only_b'),
    fn('src/server.ts#handle', { entryPoint: 'route', lines: 6 }),
    fn('src/legacy.ts#old', { lines: 14 }),
    fn('src/legacy.ts#helper', { lines: 2 }),
    fn('examples/demo.ts#run'),
    fn('tests/test_db.py#setup_module', { entryPoint: 'lifecycle' }),
    fn('test/factories.ts#<module>'),
  ],
  edges: [
    call('test/users.test.ts#<module>', 'test/helpers.ts#makeUser', 'import'),
    call('test/users.test.ts#<module>', 'src/users.ts#create', 'import'),
    call('test/helpers.ts#makeUser', 'src/users.ts#create', 'import'),
    call('src/users.ts#create', 'src/users.ts#validate'),
    call('src/users.ts#create', 'src/users.ts#save'),
    call('src/users.ts#save', 'src/db.ts#query', 'import'),
    call('src/db.ts#query', 'src/db.ts#retry'),
    call('src/db.ts#retry', 'src/db.ts#query'),
    call('test/orders.test.ts#<module>', 'src/orders.ts#place', 'import'),
    call('test/orders.test.ts#<module>', 'src/orders.ts#total', 'name'),
    call('src/orders.ts#place', 'src/orders.ts#total'),
    call('src/orders.ts#place', 'src/users.ts#validate', 'name'),
    call('tests/test_db.py#test_a', 'tests/test_db.py#test_b'),
    call('tests/test_db.py#test_a', 'src/db.py#connect', 'import'),
    call('tests/test_db.py#test_b', 'src/db.py#only_b', 'import'),
    call('tests/conftest.py#db', 'src/db.py#connect', 'import'),
    call('src/server.ts#handle', 'src/orders.ts#place', 'instance'),
    call('src/users.ts#<module>', 'src/users.ts#config'),
    call('src/legacy.ts#old', 'src/legacy.ts#helper'),
    call('examples/demo.ts#run', 'src/orders.ts#total', 'import'),
    call('tests/test_db.py#setup_module', 'src/db.ts#retry', 'import'),
    call('test/factories.ts#<module>', 'src/orders.ts#total', 'import'),
  ],
};
