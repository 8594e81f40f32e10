import { describe, expect, it } from 'vitest';
import { call, graphOf } from '../test-helpers/call-graph.js';
import { CallGraphIndex } from './call-graph-index.js';
import { findPath, type CallPath } from './find-path.js';

/** `[node ids, edge kinds, hops, confidence]` of a path. */
const shape = (path: CallPath | null): [string[], string[], number, number] | null =>
  path === null
    ? null
    : [path.nodes.map((n) => n.id), path.edges.map((e) => e.kind), path.hops, path.confidence];

describe('findPath', () => {
  it('prefers fewer hops over higher confidence', () => {
    const index = CallGraphIndex.of(
      graphOf(
        ['s', 'a', 'b', 't'],
        [call('s', 'a'), call('a', 'b'), call('b', 't'), call('s', 't', 'name')],
      ),
    );
    expect(shape(findPath(index, 's', 't'))).toEqual([['s', 't'], ['name'], 1, 0.5]);
  });

  it('breaks ties in hops by the highest minimum confidence', () => {
    // Diamond: via a the weakest call is 0.5, via b 0.8; a comes first in node order.
    const index = CallGraphIndex.of(
      graphOf(
        ['s', 'a', 'b', 't'],
        [call('s', 'a'), call('a', 't', 'name'), call('s', 'b', 'instance'), call('b', 't')],
      ),
    );
    expect(shape(findPath(index, 's', 't'))).toEqual([
      ['s', 'b', 't'],
      ['instance', 'local'],
      2,
      0.8,
    ]);
  });

  it('breaks remaining ties by node order, whatever the edge order', () => {
    const index = CallGraphIndex.of(
      graphOf(
        ['s', 'b', 'a', 'c', 't'],
        [
          call('s', 'c'),
          call('s', 'a'),
          call('s', 'b'),
          call('c', 't'),
          call('a', 't'),
          call('b', 't'),
        ],
      ),
    );
    expect(findPath(index, 's', 't')?.nodes.map((n) => n.id)).toEqual(['s', 'b', 't']);
  });

  it('keeps the optimum when an early tie-break leads to a weaker continuation', () => {
    // a (first in node order) only continues through a 0.5 call; the path must go through b.
    const index = CallGraphIndex.of(
      graphOf(
        ['s', 'a', 'b', 'm', 'n', 't'],
        [
          call('s', 'a'),
          call('s', 'b'),
          call('a', 'm', 'name'),
          call('b', 'n'),
          call('m', 't'),
          call('n', 't', 'import'),
        ],
      ),
    );
    expect(shape(findPath(index, 's', 't'))).toEqual([
      ['s', 'b', 'n', 't'],
      ['local', 'local', 'import'],
      3,
      0.9,
    ]);
  });

  it('takes the strongest of parallel calls between two functions', () => {
    const index = CallGraphIndex.of(
      graphOf(
        ['s', 't'],
        [call('s', 't', 'name'), call('s', 't', 'this'), call('s', 't', 'instance')],
      ),
    );
    const path = findPath(index, 's', 't');
    expect(path?.edges).toEqual([call('s', 't', 'this')]);
    expect(path?.confidence).toBe(0.9);
  });

  it('goes through cycles without looping and returns null for unreachable targets', () => {
    const index = CallGraphIndex.of(
      graphOf(
        ['s', 'a', 'b', 't', 'island'],
        [
          call('s', 'a'),
          call('a', 's'),
          call('a', 'a'),
          call('a', 'b'),
          call('b', 't'),
          call('t', 's'),
        ],
      ),
    );
    expect(shape(findPath(index, 's', 't'))).toEqual([
      ['s', 'a', 'b', 't'],
      ['local', 'local', 'local'],
      3,
      0.95,
    ]);
    expect(findPath(index, 's', 'island')).toBeNull();
    expect(findPath(index, 'island', 's')).toBeNull();
  });

  it('returns the one-node path from a function to itself', () => {
    const index = CallGraphIndex.of(graphOf(['s'], [call('s', 's')]));
    expect(shape(findPath(index, 's', 's'))).toEqual([['s'], [], 0, 1]);
  });

  it('throws CALL_GRAPH_ERROR for unknown ids', () => {
    const index = CallGraphIndex.of(graphOf(['s'], []));
    expect(() => findPath(index, 'x', 's')).toThrow('Unknown function id "x"');
    expect(() => findPath(index, 's', 'y')).toThrow(
      '[CALL_GRAPH_ERROR] Unknown function id "y": `drift callgraph callers <file>:<name>` lists ids.',
    );
  });
});
