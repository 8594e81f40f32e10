import type { CallGraphNode, EntryPointKind } from '@drift/core';
import type { CallGraphIndex } from './call-graph-index.js';
import type { CallGraphTraversal } from './call-graph-traversal.js';

/** A node a traversal reached. */
export interface ReachedNode {
  readonly node: CallGraphNode;
  /** Fewest hops (calls) from the start; 0 for a start node itself. */
  readonly depth: number;
  /** Widest-path confidence 0–1: the best path's smallest edge confidence; 1 for a start node. */
  readonly confidence: number;
}

/** A reached node that is an entry point, with its kind. */
export interface ReachedEntryPoint extends ReachedNode {
  readonly kind: EntryPointKind;
}

/**
 * The nodes of `traversal` in its breadth-first order (by depth, then discovery), without its
 * start nodes (depth 0) unless `includeStart`.
 */
export function reachedNodes(
  index: CallGraphIndex,
  traversal: CallGraphTraversal,
  includeStart = false,
): ReachedNode[] {
  const reached: ReachedNode[] = [];
  for (const node of traversal.order) {
    const depth = traversal.depth[node] as number;
    if (depth === 0 && !includeStart) continue;
    const confidence = traversal.confidence[node] as number;
    reached.push({ node: index.nodes[node] as CallGraphNode, depth, confidence });
  }
  return reached;
}

/** The entry points among `reached`, in the same order, each with its kind. */
export function entryPointsAmong(reached: readonly ReachedNode[]): ReachedEntryPoint[] {
  const entryPoints: ReachedEntryPoint[] = [];
  for (const item of reached) {
    const kind = item.node.entryPoint;
    if (kind !== null) entryPoints.push({ ...item, kind });
  }
  return entryPoints;
}
