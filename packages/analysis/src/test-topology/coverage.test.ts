import { CallGraphError } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { CallGraphIndex } from '../reachability/call-graph-index.js';
import { call, fn } from '../test-helpers/call-graph.js';
import { TOPOLOGY_GRAPH } from '../test-helpers/topology-graph.js';
import { coverageOf } from './coverage.js';

const USERS_TEST = 'test/users.test.ts#<module>';
const ORDERS_TEST = 'test/orders.test.ts#<module>';

describe('coverageOf', () => {
  const coverage = coverageOf(CallGraphIndex.of(TOPOLOGY_GRAPH));

  it('reports every source function with its direct tests, test count, depth and confidence', () => {
    expect(coverage.testCount).toBe(7);
    expect(
      coverage.functions.map((f) => [f.id, f.directTests, f.testCount, f.depth, f.confidence]),
    ).toEqual([
      ['src/users.ts#create', [USERS_TEST], 1, 1, 0.9],
      ['src/users.ts#validate', [], 2, 2, 0.9],
      ['src/users.ts#save', [], 1, 2, 0.9],
      ['src/users.ts#config', [], 0, null, 0],
      ['src/db.ts#query', [], 2, 2, 0.9],
      ['src/db.ts#retry', ['tests/test_db.py#setup_module'], 2, 1, 0.9],
      ['src/orders.ts#place', [ORDERS_TEST], 1, 1, 0.9],
      ['src/orders.ts#total', ['test/factories.ts#<module>', ORDERS_TEST], 2, 1, 0.9],
      ['src/db.py#connect', ['tests/conftest.py#db', 'tests/test_db.py#test_a'], 2, 1, 0.9],
      ['src/db.py#only_b', ['tests/test_db.py#test_b'], 1, 1, 0.9],
      ['src/server.ts#handle', [], 0, null, 0],
      ['src/legacy.ts#old', [], 0, null, 0],
      ['src/legacy.ts#helper', [], 0, null, 0],
    ]);
  });

  it('summarises covered and total source functions per file', () => {
    expect(coverage.files).toEqual([
      { file: 'src/db.py', functions: 2, covered: 2, ratio: 1 },
      { file: 'src/db.ts', functions: 2, covered: 2, ratio: 1 },
      { file: 'src/legacy.ts', functions: 2, covered: 0, ratio: 0 },
      { file: 'src/orders.ts', functions: 2, covered: 2, ratio: 1 },
      { file: 'src/server.ts', functions: 1, covered: 0, ratio: 0 },
      { file: 'src/users.ts', functions: 4, covered: 3, ratio: 0.75 },
    ]);
  });

  it('lists the tests reaching a function, not through another test', () => {
    expect(coverage.testsReaching('src/users.ts#validate')).toEqual([ORDERS_TEST, USERS_TEST]);
    expect(coverage.testsReaching('src/db.py#only_b')).toEqual(['tests/test_db.py#test_b']);
    expect(coverage.testsReaching('src/legacy.ts#helper')).toEqual([]);
    expect(() => coverage.testsReaching('src/missing.ts#x')).toThrow(CallGraphError);
  });

  it('counts tests by bit sets across words and rounds: 2,100 tests over a cycle', () => {
    const tests = Array.from({ length: 2100 }, (_, i) => `test/t${String(i)}.test.ts#<module>`);
    const index = CallGraphIndex.of({
      nodes: [
        ...tests.map((id) => fn(id, { entryPoint: 'test' })),
        fn('src/a.ts#f'),
        fn('src/a.ts#g'),
        fn('src/a.ts#h'),
      ],
      edges: [
        ...tests.map((id, i) => call(id, i % 2 === 0 ? 'src/a.ts#f' : 'src/a.ts#g')),
        call('src/a.ts#f', 'src/a.ts#g'),
        call('src/a.ts#g', 'src/a.ts#f'),
        call('src/a.ts#g', 'src/a.ts#h'),
      ],
    });
    const counts = coverageOf(index).functions.map((f) => [
      f.id,
      f.testCount,
      f.directTests.length,
    ]);
    expect(counts).toEqual([
      ['src/a.ts#f', 2100, 1050],
      ['src/a.ts#g', 2100, 1050],
      ['src/a.ts#h', 2100, 0],
    ]);
  });

  it('covers nothing without tests, and rejects confidences outside 0–1', () => {
    const empty = coverageOf(CallGraphIndex.of({ nodes: [fn('src/a.ts#f')], edges: [] }));
    expect(empty.functions).toEqual([
      {
        id: 'src/a.ts#f',
        file: 'src/a.ts',
        directTests: [],
        testCount: 0,
        depth: null,
        confidence: 0,
      },
    ]);
    const invalid = CallGraphIndex.of({
      nodes: [fn('a.test.ts#<module>', { entryPoint: 'test' }), fn('src/a.ts#f')],
      edges: [call('a.test.ts#<module>', 'src/a.ts#f', 'local', Number.NaN)],
    });
    expect(() => coverageOf(invalid)).toThrow(CallGraphError);
    const untested = CallGraphIndex.of({
      nodes: [fn('src/a.ts#f'), fn('src/a.ts#g')],
      edges: [call('src/a.ts#f', 'src/a.ts#g', 'local', 1.5)],
    });
    expect(() => coverageOf(untested)).toThrow('has confidence 1.5, not within 0–1');
  });
});
