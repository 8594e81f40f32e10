import { CallGraphError } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { graphOf } from '../test-helpers/call-graph.js';
import { CallGraphIndex } from './call-graph-index.js';
import { requireNodeIndex } from './require-node-index.js';

describe('requireNodeIndex', () => {
  const index = CallGraphIndex.of(graphOf(['a', 'b'], []));

  it('returns the dense index of a known id', () => {
    expect(requireNodeIndex(index, 'b')).toBe(1);
  });

  it('throws CALL_GRAPH_ERROR naming the id and how to list ids', () => {
    const thrown = (() => {
      try {
        requireNodeIndex(index, 'src/x.ts#gone');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(CallGraphError);
    expect(thrown).toMatchObject({
      code: 'CALL_GRAPH_ERROR',
      reason:
        'Unknown function id "src/x.ts#gone": `drift callgraph callers <file>:<name>` lists ids.',
      details: { id: 'src/x.ts#gone' },
    });
  });
});
