import { CallGraphError } from '@drift/core';
import type { WeightedDigraph } from './weighted-digraph.js';

/**
 * The largest graph `exactLinearOrdering` accepts: its cost grows as 2^n · n, about 10,000
 * steps at 10 vertexes, so small cycles (the common case) get a provably minimum cut while
 * larger tangles fall back to a linear-time heuristic.
 */
export const EXACT_ORDERING_MAX_VERTEXES = 10;

/**
 * A vertex order of `graph` whose backward arcs have the least total weight, i.e. whose
 * backward arcs are a minimum-weight feedback arc set. Dynamic programming over vertex subsets
 * (the Held–Karp technique: M. Held and R. M. Karp, "A dynamic programming approach to
 * sequencing problems", J. SIAM 10(1), 1962; for orderings see H. L. Bodlaender et al., "A note
 * on exact algorithms for vertex ordering problems on graphs", Theory Comput. Syst. 50, 2012):
 * best(S ∪ {v}) = min over v of best(S) + weight of the arcs from v into S, placing v after S.
 * Returns each vertex's position (0-based); ties go to the order found first, scanning vertexes
 * from 0. O(2^n · n) time and space.
 *
 * @throws CallGraphError (`CALL_GRAPH_ERROR`) when the graph has more than
 *   `EXACT_ORDERING_MAX_VERTEXES` vertexes.
 */
export function exactLinearOrdering(graph: WeightedDigraph): Int32Array {
  const n = graph.size;
  if (n > EXACT_ORDERING_MAX_VERTEXES) {
    throw new CallGraphError(
      'CALL_GRAPH_ERROR',
      `Exact ordering is limited to ${EXACT_ORDERING_MAX_VERTEXES} vertexes, got ${n}`,
    );
  }
  const full = (1 << n) - 1;
  // arcWeight[v * n + u]: total weight of the arcs v → u.
  const arcWeight = new Float64Array(n * n);
  graph.from.forEach((v, a) => {
    const u = graph.to[a] as number;
    arcWeight[v * n + u] = (arcWeight[v * n + u] as number) + (graph.weight[a] as number);
  });
  // into[v << n | S]: weight of the arcs from v into subset S, from S minus its lowest vertex.
  const into = new Float64Array(n << n);
  for (let v = 0; v < n; v += 1) {
    for (let s = 1; s <= full; s += 1) {
      const lowest = 31 - Math.clz32(s & -s);
      into[(v << n) | s] =
        (into[(v << n) | (s & (s - 1))] as number) + (arcWeight[v * n + lowest] as number);
    }
  }
  const best = new Float64Array(full + 1).fill(Infinity);
  const last = new Int8Array(full + 1);
  best[0] = 0;
  for (let s = 0; s < full; s += 1) {
    const base = best[s] as number;
    for (let v = 0; v < n; v += 1) {
      if ((s & (1 << v)) !== 0) continue;
      const next = s | (1 << v);
      const cost = base + (into[(v << n) | s] as number);
      if (cost < (best[next] as number)) {
        best[next] = cost;
        last[next] = v;
      }
    }
  }
  const position = new Int32Array(n);
  for (let s = full, slot = n - 1; s !== 0; slot -= 1) {
    const v = last[s] as number;
    position[v] = slot;
    s &= ~(1 << v);
  }
  return position;
}
