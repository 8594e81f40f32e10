import { CallGraphError } from '@drift/core';
import type { CallGraphIndex } from './call-graph-index.js';

/**
 * The dense index of node `id` in `index`.
 *
 * @throws CallGraphError `CALL_GRAPH_ERROR` when `id` is not a node of the graph; the message
 *   names the id and how to list ids.
 */
export function requireNodeIndex(index: CallGraphIndex, id: string): number {
  const node = index.nodeIndexOf(id);
  if (node === undefined) {
    throw new CallGraphError(
      'CALL_GRAPH_ERROR',
      `Unknown function id "${id}": \`drift callgraph callers <file>:<name>\` lists ids.`,
      { details: { id } },
    );
  }
  return node;
}
