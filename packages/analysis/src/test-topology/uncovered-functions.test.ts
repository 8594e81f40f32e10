import { describe, expect, it } from 'vitest';
import { CallGraphIndex } from '../reachability/call-graph-index.js';
import { call, fn } from '../test-helpers/call-graph.js';
import { TOPOLOGY_GRAPH } from '../test-helpers/topology-graph.js';
import { UNREACHED_WEIGHT, uncoveredFunctions, uncoveredRisk } from './uncovered-functions.js';

describe('uncoveredRisk', () => {
  it('multiplies log-damped fan-in and size, halved when no entry point reaches the function', () => {
    expect(uncoveredRisk(0, 0, true)).toBe(1);
    expect(uncoveredRisk(2, 6, true)).toBe(6);
    expect(uncoveredRisk(6, 2, true)).toBe(6);
    expect(uncoveredRisk(2, 6, false)).toBe(6 * UNREACHED_WEIGHT);
    expect(uncoveredRisk(30, 14, true)).toBe(20);
  });
});

describe('uncoveredFunctions', () => {
  it('ranks the source functions no test reaches by risk, ties by id', () => {
    const ranked = uncoveredFunctions(CallGraphIndex.of(TOPOLOGY_GRAPH));
    expect(ranked.map((f) => [f.id, f.fanIn, f.lines, f.reachableFromEntryPoint])).toEqual([
      ['src/server.ts#handle', 0, 6, true],
      ['src/legacy.ts#old', 0, 14, false],
      ['src/legacy.ts#helper', 1, 2, false],
      ['src/users.ts#config', 1, 0, true],
    ]);
    expect(ranked.map((f) => f.risk)).toEqual([3, 2, Math.log2(3), Math.log2(3)]);
    expect(ranked[0]).toEqual({
      id: 'src/server.ts#handle',
      file: 'src/server.ts',
      qualifiedName: 'handle',
      fanIn: 0,
      lines: 6,
      reachableFromEntryPoint: true,
      risk: 3,
    });
  });

  it('counts distinct callers; what only test-support code calls is unreached', () => {
    const index = CallGraphIndex.of({
      nodes: [
        fn('src/cli.ts#main', { entryPoint: 'main' }),
        fn('src/a.ts#twice'),
        fn('src/a.test.ts#<module>', { entryPoint: 'test' }),
        fn('src/lib.ts#helperOfTest'),
        fn('test/helpers.ts#build'),
      ],
      edges: [
        call('src/cli.ts#main', 'src/a.ts#twice'),
        call('src/cli.ts#main', 'src/a.ts#twice'),
        call('src/cli.ts#main', 'src/a.test.ts#<module>'),
        call('test/helpers.ts#build', 'src/lib.ts#helperOfTest'),
      ],
    });
    expect(
      uncoveredFunctions(index).map((f) => [f.id, f.fanIn, f.reachableFromEntryPoint]),
    ).toEqual([
      ['src/a.ts#twice', 1, true],
      ['src/cli.ts#main', 0, true],
      ['src/lib.ts#helperOfTest', 1, false],
    ]);
  });
});
