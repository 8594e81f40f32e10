import { describe, expect, it } from 'vitest';
import { call, graphOf } from '../test-helpers/call-graph.js';
import { callGraphCycles, type CallGraphCycle } from './call-graph-cycles.js';
import { CallGraphIndex } from './call-graph-index.js';

const shape = (cycles: readonly CallGraphCycle[]): [string, string[], string[]][] =>
  cycles.map((cycle) => [
    cycle.kind,
    cycle.nodes.map((node) => node.id),
    cycle.edges.map((edge) => `${edge.caller}>${edge.callee}`),
  ]);

describe('callGraphCycles', () => {
  it('finds mutual and direct recursion, callees before their callers', () => {
    // main → (parse ⇄ parseList) → (emit → emitChild → emit) ; fact calls itself; log is acyclic.
    const index = CallGraphIndex.of(
      graphOf(
        ['main', 'parseList', 'parse', 'emit', 'emitChild', 'fact', 'log'],
        [
          ['main', 'parse'],
          ['parse', 'parseList'],
          ['parseList', 'parse'],
          ['parseList', 'emit'],
          ['emit', 'emitChild'],
          ['emitChild', 'emit'],
          ['emitChild', 'log'],
          ['main', 'fact'],
          ['fact', 'fact'],
          ['fact', 'log'],
        ],
      ),
    );
    expect(shape(callGraphCycles(index))).toEqual([
      ['mutual-recursion', ['emit', 'emitChild'], ['emit>emitChild', 'emitChild>emit']],
      ['mutual-recursion', ['parseList', 'parse'], ['parseList>parse', 'parse>parseList']],
      ['direct-recursion', ['fact'], ['fact>fact']],
    ]);
  });

  it('leaves dispatch edges out: an override calling super is no recursion', () => {
    const index = CallGraphIndex.of(
      graphOf(
        ['Base.run', 'Sub.run', 'loop'],
        [
          { ...call('Base.run', 'Sub.run', 'this'), dispatch: true },
          call('Sub.run', 'Base.run', 'this'),
          ['loop', 'loop'],
        ],
      ),
    );
    expect(shape(callGraphCycles(index))).toEqual([['direct-recursion', ['loop'], ['loop>loop']]]);
  });

  it('keeps a self-loop inside a larger component as part of that component', () => {
    const index = CallGraphIndex.of(
      graphOf(
        ['a', 'b'],
        [
          ['a', 'b'],
          ['b', 'a'],
          ['b', 'b'],
          ['b', 'a'],
        ],
      ),
    );
    expect(shape(callGraphCycles(index))).toEqual([
      ['mutual-recursion', ['a', 'b'], ['a>b', 'b>a', 'b>b', 'b>a']],
    ]);
  });

  it('finds nothing in an acyclic graph with a diamond', () => {
    const index = CallGraphIndex.of(
      graphOf(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b'],
          ['a', 'c'],
          ['b', 'd'],
          ['c', 'd'],
        ],
      ),
    );
    expect(callGraphCycles(index)).toEqual([]);
  });

  it('separates two cycles joined by a one-way call and handles a cross edge', () => {
    const index = CallGraphIndex.of(
      graphOf(
        ['a', 'b', 'c', 'd', 'e'],
        [
          ['a', 'b'],
          ['b', 'a'],
          ['b', 'c'],
          ['c', 'd'],
          ['d', 'c'],
          ['a', 'e'],
          ['e', 'd'],
        ],
      ),
    );
    expect(shape(callGraphCycles(index)).map(([kind, nodes]) => [kind, nodes])).toEqual([
      ['mutual-recursion', ['c', 'd']],
      ['mutual-recursion', ['a', 'b']],
    ]);
  });

  it('handles a 200,000-call cycle without recursion', () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => `f${i}`);
    const edges = ids.map((id, i) => call(id, ids[(i + 1) % ids.length]!));
    const cycles = callGraphCycles(CallGraphIndex.of(graphOf(ids, edges)));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.nodes).toHaveLength(200_000);
    expect(cycles[0]!.edges).toHaveLength(200_000);
  });
});
