import { describe, expect, it } from 'vitest';
import { CallGraphIndex } from '../reachability/call-graph-index.js';
import { TOPOLOGY_GRAPH } from '../test-helpers/topology-graph.js';
import { minimumTestSet } from './minimum-test-set.js';

const index = CallGraphIndex.of(TOPOLOGY_GRAPH);
const USERS_TEST = 'test/users.test.ts#<module>';

describe('minimumTestSet', () => {
  it('selects the tests reaching a changed file, and the tests of a file whose hook reaches it', () => {
    expect(minimumTestSet(index, ['src/db.ts'])).toEqual({
      tests: [
        {
          test: USERS_TEST,
          file: 'test/users.test.ts',
          reaches: 'src/db.ts#query',
          depth: 3,
          via: null,
        },
        {
          test: 'tests/test_db.py#test_a',
          file: 'tests/test_db.py',
          reaches: 'src/db.ts#retry',
          depth: 1,
          via: 'tests/test_db.py#setup_module',
        },
        {
          test: 'tests/test_db.py#test_b',
          file: 'tests/test_db.py',
          reaches: 'src/db.ts#retry',
          depth: 1,
          via: 'tests/test_db.py#setup_module',
        },
      ],
      files: ['test/users.test.ts', 'tests/test_db.py'],
      unresolvedSupport: [],
    });
  });

  it('gives each test its nearest changed function among several', () => {
    expect(minimumTestSet(index, ['src/users.ts']).tests).toEqual([
      {
        test: 'test/orders.test.ts#<module>',
        file: 'test/orders.test.ts',
        reaches: 'src/users.ts#validate',
        depth: 2,
        via: null,
      },
      {
        test: USERS_TEST,
        file: 'test/users.test.ts',
        reaches: 'src/users.ts#create',
        depth: 1,
        via: null,
      },
    ]);
  });

  it('selects the tests of a changed test file themselves', () => {
    expect(minimumTestSet(index, ['tests/test_db.py']).tests).toEqual([
      {
        test: 'tests/test_db.py#test_a',
        file: 'tests/test_db.py',
        reaches: 'tests/test_db.py#test_a',
        depth: 0,
        via: null,
      },
      {
        test: 'tests/test_db.py#test_b',
        file: 'tests/test_db.py',
        reaches: 'tests/test_db.py#test_b',
        depth: 0,
        via: null,
      },
    ]);
  });

  it('does not go through a test to the test calling it, and lists support it cannot resolve', () => {
    expect(minimumTestSet(index, ['src/db.py'])).toEqual({
      tests: [
        {
          test: 'tests/test_db.py#test_a',
          file: 'tests/test_db.py',
          reaches: 'src/db.py#connect',
          depth: 1,
          via: null,
        },
        {
          test: 'tests/test_db.py#test_b',
          file: 'tests/test_db.py',
          reaches: 'src/db.py#only_b',
          depth: 1,
          via: null,
        },
      ],
      files: ['tests/test_db.py'],
      unresolvedSupport: ['tests/conftest.py#db'],
    });
    expect(minimumTestSet(index, ['src/orders.ts'])).toEqual({
      tests: [
        {
          test: 'test/orders.test.ts#<module>',
          file: 'test/orders.test.ts',
          reaches: 'src/orders.ts#place',
          depth: 1,
          via: null,
        },
      ],
      files: ['test/orders.test.ts'],
      unresolvedSupport: ['test/factories.ts#<module>'],
    });
  });

  it('selects nothing for code no test reaches or files not in the graph', () => {
    const none = { tests: [], files: [], unresolvedSupport: [] };
    expect(minimumTestSet(index, ['src/legacy.ts', 'src/server.ts', 'README.md'])).toEqual(none);
    expect(minimumTestSet(index, [])).toEqual(none);
  });
});
