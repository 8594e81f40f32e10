import type { CallGraphNode } from '@drift/core';
import type { CallGraphIndex } from './call-graph-index.js';
import { traverseCallGraph, type TraversalOptions } from './call-graph-traversal.js';
import {
  entryPointsAmong,
  reachedNodes,
  type ReachedEntryPoint,
  type ReachedNode,
} from './reached-nodes.js';
import { requireNodeIndex } from './require-node-index.js';

/** What a function calls, directly or transitively. */
export interface ReachableFrom {
  readonly source: CallGraphNode;
  /**
   * Every node reachable from the source within the limits, without the source itself, in
   * breadth-first order (by depth, then discovery along edges in graph order).
   */
  readonly reachable: readonly ReachedNode[];
}

/**
 * Forward reachability: every function `sourceId` calls, directly or transitively, with its depth
 * (fewest hops) and confidence (widest path: the path whose weakest edge is strongest), following
 * only edges of confidence ≥ `minConfidence` and at most `maxDepth` hops (see
 * {@link traverseCallGraph}). O(nodes + edges).
 *
 * @throws CallGraphError `CALL_GRAPH_ERROR` for an unknown id or invalid options.
 */
export function reachableFrom(
  index: CallGraphIndex,
  sourceId: string,
  options: TraversalOptions = {},
): ReachableFrom {
  const source = requireNodeIndex(index, sourceId);
  const traversal = traverseCallGraph(index, [source], 'callees', options);
  return {
    source: index.nodes[source] as CallGraphNode,
    reachable: reachedNodes(index, traversal),
  };
}

/** What calls a function, directly or transitively. */
export interface ReachingTo {
  readonly target: CallGraphNode;
  /** Every transitive caller within the limits, without the target itself, breadth-first. */
  readonly callers: readonly ReachedNode[];
  /** The entry points among `callers`, in the same order. */
  readonly entryPoints: readonly ReachedEntryPoint[];
}

/**
 * Inverse reachability: every function that calls `targetId`, directly or transitively, and the
 * entry points among them (how the program gets to the target), with depth and widest-path
 * confidence as in {@link reachableFrom}. O(nodes + edges).
 *
 * @throws CallGraphError `CALL_GRAPH_ERROR` for an unknown id or invalid options.
 */
export function reachingTo(
  index: CallGraphIndex,
  targetId: string,
  options: TraversalOptions = {},
): ReachingTo {
  const target = requireNodeIndex(index, targetId);
  const callers = reachedNodes(index, traverseCallGraph(index, [target], 'callers', options));
  return {
    target: index.nodes[target] as CallGraphNode,
    callers,
    entryPoints: entryPointsAmong(callers),
  };
}

/** Whether one function reaches another. */
export interface TargetReachability {
  readonly node: CallGraphNode;
  readonly reachable: boolean;
  /** Fewest hops from the source (0 when source and target are the same), or null. */
  readonly depth: number | null;
  /** Widest-path confidence 0–1 (1 when source and target are the same), or null. */
  readonly confidence: number | null;
}

/** {@link reachableFrom}'s result and, when a target was given, whether the source reaches it. */
export interface ReachabilityAnalysis extends ReachableFrom {
  /** Null when no target was given. */
  readonly target: TargetReachability | null;
}

/**
 * Forward reachability from `sourceId` and, when `targetId` is given, whether the target is
 * reachable within the limits and at which depth and confidence. A function reaches itself at
 * depth 0 with confidence 1. O(nodes + edges).
 *
 * @throws CallGraphError `CALL_GRAPH_ERROR` for an unknown id or invalid options.
 */
export function analyzeReachability(
  index: CallGraphIndex,
  sourceId: string,
  targetId?: string,
  options: TraversalOptions = {},
): ReachabilityAnalysis {
  const source = requireNodeIndex(index, sourceId);
  const target = targetId === undefined ? null : requireNodeIndex(index, targetId);
  const traversal = traverseCallGraph(index, [source], 'callees', options);
  const sourceNode = index.nodes[source] as CallGraphNode;
  const reachable = reachedNodes(index, traversal);
  if (target === null) return { source: sourceNode, reachable, target: null };
  const depth = traversal.depth[target] as number;
  return {
    source: sourceNode,
    reachable,
    target: {
      node: index.nodes[target] as CallGraphNode,
      reachable: depth >= 0,
      depth: depth >= 0 ? depth : null,
      confidence: depth >= 0 ? (traversal.confidence[target] as number) : null,
    },
  };
}
