import type { DependencyGraph } from './dependency-graph.js';
import { eadesLinSmythOrder } from './eades-lin-smyth.js';
import { EXACT_ORDERING_MAX_VERTEXES, exactLinearOrdering } from './exact-linear-ordering.js';
import { inducedSubgraph } from './weighted-digraph.js';

/**
 * A light feedback arc set of the subgraph of `graph` induced by `members` (typically a
 * strongly connected component): arcs whose removal leaves that subgraph acyclic, chosen to
 * have a small total weight — with `dependencyWeight`, the fewest imported names to move.
 * Returns arc indexes into `graph.arcs`, ascending.
 *
 * A minimum feedback arc set is NP-hard to find (R. M. Karp, "Reducibility among combinatorial
 * problems", 1972), so the set is the backward arcs of a vertex order: an optimal order from
 * `exactLinearOrdering` for up to `EXACT_ORDERING_MAX_VERTEXES` members, otherwise the
 * Eades–Lin–Smyth greedy order (`eadesLinSmythOrder`), which is not guaranteed minimal.
 * O(members + arcs + W) beyond the exact bound, W the total arc weight.
 */
export function feedbackArcSet(graph: DependencyGraph, members: readonly number[]): number[] {
  const subgraph = inducedSubgraph(graph, members);
  const position =
    subgraph.size <= EXACT_ORDERING_MAX_VERTEXES
      ? exactLinearOrdering(subgraph)
      : eadesLinSmythOrder(subgraph);
  const cut: number[] = [];
  subgraph.arcIds.forEach((arc, a) => {
    const from = position[subgraph.from[a] as number] as number;
    const to = position[subgraph.to[a] as number] as number;
    if (to < from) cut.push(arc);
  });
  return cut.sort((a, b) => a - b);
}
