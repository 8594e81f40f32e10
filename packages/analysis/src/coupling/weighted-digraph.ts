import type { DependencyArc, DependencyGraph } from './dependency-graph.js';

/**
 * A small weighted directed graph as parallel arc arrays, for vertex-ordering heuristics:
 * arc `a` goes from `from[a]` to `to[a]` (vertexes 0 … size − 1) with weight `weight[a]`.
 */
export interface WeightedDigraph {
  readonly size: number;
  readonly from: readonly number[];
  readonly to: readonly number[];
  readonly weight: readonly number[];
}

/**
 * The subgraph of `graph` induced by `members`: vertex `i` is `members[i]`, and `arcIds[a]` is
 * the index in `graph.arcs` of local arc `a`. O(members + their arcs).
 */
export function inducedSubgraph(
  graph: DependencyGraph,
  members: readonly number[],
): WeightedDigraph & { readonly arcIds: readonly number[] } {
  const localOf = new Map<number, number>();
  members.forEach((node, i) => localOf.set(node, i));
  const arcIds: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  members.forEach((node, u) => {
    for (let e = graph.offsets[node] as number; e < (graph.offsets[node + 1] as number); e += 1) {
      const v = localOf.get(graph.targets[e] as number);
      if (v === undefined) continue;
      arcIds.push(e);
      from.push(u);
      to.push(v);
      weight.push((graph.arcs[e] as DependencyArc).weight);
    }
  });
  return { size: members.length, from, to, weight, arcIds };
}

/** For each vertex of `graph`, the local arcs whose `ends` (its `from` or `to`) is that vertex. */
export function arcsByEnd(graph: WeightedDigraph, ends: readonly number[]): number[][] {
  const lists: number[][] = Array.from({ length: graph.size }, () => []);
  ends.forEach((vertex, a) => lists[vertex]?.push(a));
  return lists;
}
