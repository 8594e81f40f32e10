import type { CallGraphEdge, CallGraphNode } from '@drift/core';
import type { CallGraphIndex } from './call-graph-index.js';
import { edgeConfidences } from './edge-confidences.js';
import { requireNodeIndex } from './require-node-index.js';

/** A chain of calls from one function to another. */
export interface CallPath {
  /** The functions along the path, source first, target last (one node when they are equal). */
  readonly nodes: readonly CallGraphNode[];
  /** The calls: `edges[i]` goes from `nodes[i]` to `nodes[i + 1]`. */
  readonly edges: readonly CallGraphEdge[];
  /** Number of calls (`edges.length`). */
  readonly hops: number;
  /** The smallest edge confidence along the path, 0–1; 1 for an empty path. */
  readonly confidence: number;
}

/**
 * A shortest call path from `sourceId` to `targetId`, or null when the target is unreachable.
 * Among the paths of fewest hops it picks one of highest confidence (the largest smallest edge
 * confidence), and among those the one whose node sequence comes first in graph node order;
 * between two functions it takes the call of highest confidence, then the first in graph order.
 *
 * A breadth-first search backwards from the target gives every node its distance to the target
 * and the best bottleneck confidence over shortest paths to it (each node is settled when popped,
 * after all nodes one hop nearer); it stops once the source's layer is reached. The path is then
 * walked forwards from the source, always to the first next node that keeps the optimum.
 * O(nodes + edges).
 *
 * @throws CallGraphError `CALL_GRAPH_ERROR` for an unknown id.
 */
export function findPath(
  index: CallGraphIndex,
  sourceId: string,
  targetId: string,
): CallPath | null {
  const source = requireNodeIndex(index, sourceId);
  const target = requireNodeIndex(index, targetId);
  const { distance, bottleneck } = backwardSearch(index, source, target);
  const hops = distance[source] as number;
  if (hops < 0) return null;
  const confidence = bottleneck[source] as number;

  const nodes: CallGraphNode[] = [index.nodes[source] as CallGraphNode];
  const edges: CallGraphEdge[] = [];
  for (let node = source; node !== target;) {
    const nextDistance = (distance[node] as number) - 1;
    let chosen = -1;
    let chosenNext = -1;
    for (const edge of index.outgoing(node)) {
      const next = index.calleeOf(edge);
      const call = index.edges[edge] as CallGraphEdge;
      const keepsOptimum =
        distance[next] === nextDistance &&
        call.confidence >= confidence &&
        (bottleneck[next] as number) >= confidence;
      if (!keepsOptimum) continue;
      const better =
        chosen < 0 ||
        next < chosenNext ||
        (next === chosenNext &&
          call.confidence > (index.edges[chosen] as CallGraphEdge).confidence);
      if (better) {
        chosen = edge;
        chosenNext = next;
      }
    }
    edges.push(index.edges[chosen] as CallGraphEdge);
    nodes.push(index.nodes[chosenNext] as CallGraphNode);
    node = chosenNext;
  }
  return { nodes, edges, hops, confidence };
}

/**
 * Hops to `target` (−1 when it is not reached) and the best bottleneck confidence over shortest
 * paths to it, for every node up to the source's distance.
 */
function backwardSearch(
  index: CallGraphIndex,
  source: number,
  target: number,
): { distance: Int32Array; bottleneck: Float64Array } {
  const confidences = edgeConfidences(index);
  const distance = new Int32Array(index.size).fill(-1);
  const bottleneck = new Float64Array(index.size);
  distance[target] = 0;
  bottleneck[target] = 1;
  const queue = [target];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as number;
    const nodeDistance = distance[node] as number;
    const sourceDistance = distance[source] as number;
    if (sourceDistance >= 0 && nodeDistance >= sourceDistance) break;
    for (const edge of index.incoming(node)) {
      const caller = index.callerOf(edge);
      if (distance[caller] === -1) {
        distance[caller] = nodeDistance + 1;
        queue.push(caller);
      }
      if (distance[caller] === nodeDistance + 1) {
        const through = Math.min(confidences[edge] as number, bottleneck[node] as number);
        if (through > (bottleneck[caller] as number)) bottleneck[caller] = through;
      }
    }
  }
  return { distance, bottleneck };
}
