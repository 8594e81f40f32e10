import type { WeightedDigraph } from '../coupling/weighted-digraph.js';

/** A weighted digraph of `size` vertexes from `[from, to, weight?]` arcs (weight 1 by default). */
export function digraph(
  size: number,
  arcs: readonly (readonly [number, number, number?])[],
): WeightedDigraph {
  return {
    size,
    from: arcs.map(([from]) => from),
    to: arcs.map(([, to]) => to),
    weight: arcs.map(([, , weight = 1]) => weight),
  };
}

/**
 * The total weight of the arcs of `graph` that point backwards in a vertex order (`position[v]`
 * is vertex v's place): the weight of the feedback arc set that order implies.
 */
export function backwardWeight(graph: WeightedDigraph, position: ArrayLike<number>): number {
  return graph.weight.reduce((sum, weight, a) => {
    const from = position[graph.from[a] as number] as number;
    const to = position[graph.to[a] as number] as number;
    return sum + (to < from ? weight : 0);
  }, 0);
}
