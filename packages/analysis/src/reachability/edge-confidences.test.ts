import { CallGraphError } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { call, graphOf } from '../test-helpers/call-graph.js';
import { CallGraphIndex } from './call-graph-index.js';
import { confidenceLevels, edgeConfidences } from './edge-confidences.js';

describe('edgeConfidences', () => {
  it('lists kept edge confidences by edge index and reuses the array for the same index', () => {
    const index = CallGraphIndex.of(
      graphOf(['a', 'b'], [call('a', 'b', 'name'), call('a', 'gone'), call('b', 'a', 'this')]),
    );
    const confidences = edgeConfidences(index);
    expect([...confidences]).toEqual([0.5, 0.9]);
    expect(edgeConfidences(index)).toBe(confidences);
  });
});

describe('confidenceLevels', () => {
  it('ranks the distinct edge confidences below the sources’ level and gives each edge its level', () => {
    const index = CallGraphIndex.of(
      graphOf(
        ['a', 'b', 'c'],
        [
          call('a', 'b', 'name'),
          call('b', 'c', 'instance'),
          call('a', 'c', 'name'),
          call('c', 'a', 'local', 1),
        ],
      ),
    );
    const levels = confidenceLevels(index);
    expect([...levels.levels]).toEqual([1, 1, 0.8, 0.5]);
    expect([...levels.edgeLevel]).toEqual([3, 2, 3, 1]);
    expect(confidenceLevels(index)).toBe(levels);
  });

  it('rejects confidences that are not numbers within 0–1', () => {
    for (const confidence of [1.2, -0.1, Number.NaN]) {
      const index = CallGraphIndex.of(graphOf(['a', 'b'], [call('a', 'b', 'local', confidence)]));
      expect(() => confidenceLevels(index)).toThrow(CallGraphError);
    }
    const index = CallGraphIndex.of(graphOf(['a', 'b'], [call('a', 'b', 'local', 1.2)]));
    expect(() => confidenceLevels(index)).toThrow(
      '[CALL_GRAPH_ERROR] Edge a → b has confidence 1.2, not within 0–1.',
    );
  });
});
