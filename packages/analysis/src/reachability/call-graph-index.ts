import type { CallGraph, CallGraphEdge, CallGraphNode } from '@drift/core';

/**
 * A call graph in adjacency form for traversals: nodes are addressed by a dense index
 * (0 … size−1) and each node's outgoing (callee) and incoming (caller) edges are lists of edge
 * indexes, so a breadth-first search is O(nodes + edges). Edges whose caller or callee is not a
 * node of the graph are left out (`droppedEdges` counts them).
 */
export class CallGraphIndex {
  /** The nodes, in the order of the graph. */
  readonly nodes: readonly CallGraphNode[];
  /** The kept edges; edge `e` goes from `nodeIndexOf(edges[e].caller)` to `nodeIndexOf(edges[e].callee)`. */
  readonly edges: readonly CallGraphEdge[];
  /** Edges left out because an end is not a node. */
  readonly droppedEdges: number;
  readonly #byId: ReadonlyMap<string, number>;
  readonly #from: Int32Array;
  readonly #to: Int32Array;
  readonly #out: readonly number[][];
  readonly #in: readonly number[][];

  private constructor(graph: CallGraph) {
    this.nodes = graph.nodes;
    const byId = new Map<string, number>();
    graph.nodes.forEach((node, i) => byId.set(node.id, i));
    this.#byId = byId;
    const kept: CallGraphEdge[] = [];
    const from: number[] = [];
    const to: number[] = [];
    for (const edge of graph.edges) {
      const caller = byId.get(edge.caller);
      const callee = byId.get(edge.callee);
      if (caller === undefined || callee === undefined) continue;
      kept.push(edge);
      from.push(caller);
      to.push(callee);
    }
    this.edges = kept;
    this.droppedEdges = graph.edges.length - kept.length;
    this.#from = Int32Array.from(from);
    this.#to = Int32Array.from(to);
    const out: number[][] = graph.nodes.map(() => []);
    const incoming: number[][] = graph.nodes.map(() => []);
    for (let e = 0; e < kept.length; e += 1) {
      out[from[e] as number]?.push(e);
      incoming[to[e] as number]?.push(e);
    }
    this.#out = out;
    this.#in = incoming;
  }

  /** Indexes `graph`; O(nodes + edges). */
  static of(graph: CallGraph): CallGraphIndex {
    return new CallGraphIndex(graph);
  }

  /** Number of nodes. */
  get size(): number {
    return this.nodes.length;
  }

  /** The dense index of a node id, or undefined when the id is not in the graph. */
  nodeIndexOf(id: string): number | undefined {
    return this.#byId.get(id);
  }

  /** Edge indexes leaving node `node` (its call sites), in graph order. */
  outgoing(node: number): readonly number[] {
    return this.#out[node] ?? [];
  }

  /** Edge indexes entering node `node` (calls of it), in graph order. */
  incoming(node: number): readonly number[] {
    return this.#in[node] ?? [];
  }

  /** The node index an edge leaves (its caller). */
  callerOf(edge: number): number {
    return this.#from[edge] ?? -1;
  }

  /** The node index an edge enters (its callee). */
  calleeOf(edge: number): number {
    return this.#to[edge] ?? -1;
  }
}
