import type { CallGraphEdge, CallGraphNode } from '@drift/core';
import {
  componentMembers,
  stronglyConnectedComponents,
} from '../graph/strongly-connected-components.js';
import { callGraphAdjacency } from './call-graph-adjacency.js';
import { CallGraphIndex } from './call-graph-index.js';

/**
 * A cycle of the call graph: a strongly connected component of several functions (mutual
 * recursion) or a function that calls itself (direct recursion).
 */
export interface CallGraphCycle {
  readonly kind: 'direct-recursion' | 'mutual-recursion';
  /** The component's functions in graph node order. */
  readonly nodes: readonly CallGraphNode[];
  /** The calls between them (both ends in the component), by caller in node order, then graph order. */
  readonly edges: readonly CallGraphEdge[];
}

/**
 * The cycles of the call graph: its strongly connected components of more than one node, and
 * single nodes with a call to themselves. Components come in the order Tarjan's algorithm
 * completes them (see `stronglyConnectedComponents`), a reverse topological order of the
 * condensation: a cycle is listed before any cycle that calls into it. Dispatch edges (a method
 * to its overrides) are left out: an override calling `super.m()` is no recursion.
 * O(nodes + edges).
 */
export function callGraphCycles(graph: CallGraphIndex): CallGraphCycle[] {
  const index = graph.edges.some((edge) => edge.dispatch === true)
    ? CallGraphIndex.of({
        nodes: graph.nodes,
        edges: graph.edges.filter((edge) => edge.dispatch !== true),
      })
    : graph;
  const callees = callGraphAdjacency(index, 'callees');
  const components = stronglyConnectedComponents(callees);
  const cycles: CallGraphCycle[] = [];
  for (let component = 0; component < components.count; component += 1) {
    const members = componentMembers(components, component);
    const edges: CallGraphEdge[] = [];
    for (const member of members) {
      const end = callees.offsets[member + 1] as number;
      for (let position = callees.offsets[member] as number; position < end; position += 1) {
        if (components.componentOf[callees.targets[position] as number] !== component) continue;
        edges.push(index.edges[callees.edges[position] as number] as CallGraphEdge);
      }
    }
    if (edges.length === 0) continue;
    cycles.push({
      kind: members.length > 1 ? 'mutual-recursion' : 'direct-recursion',
      nodes: Array.from(members, (member) => index.nodes[member] as CallGraphNode),
      edges,
    });
  }
  return cycles;
}
