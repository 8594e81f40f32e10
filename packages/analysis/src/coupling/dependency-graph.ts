import type { ModuleDependency } from './module-dependency.js';

/** A weighted arc of a `DependencyGraph`: all dependencies of one node on another, merged. */
export interface DependencyArc {
  /** Index of the depending node. */
  readonly from: number;
  /** Index of the node depended on. */
  readonly to: number;
  /** Strength of the dependency: the sum of the merged weights (see `dependencyWeight`). */
  readonly weight: number;
  /** True when every merged dependency is type-only. */
  readonly typeOnly: boolean;
  /** The file-level dependencies merged into this arc, in input order. */
  readonly imports: readonly ModuleDependency[];
}

/**
 * A directed graph of files or modules in compressed sparse row form: nodes are dense indexes
 * 0 … labels.length − 1, each ordered pair of nodes has at most one arc, and there are no
 * self-loops. The arcs leaving node `v` are `arcs[offsets[v]]` … `arcs[offsets[v + 1] − 1]`.
 */
export interface DependencyGraph {
  /** The name of each node: a file path or a module name. */
  readonly labels: readonly string[];
  /** The arcs, grouped by `from` in node order. */
  readonly arcs: readonly DependencyArc[];
  /** Length `labels.length + 1`; see above. */
  readonly offsets: Int32Array;
  /** `targets[e] === arcs[e].to`, for tight loops. */
  readonly targets: Int32Array;
  /** Number of arcs entering each node. */
  readonly inDegree: Int32Array;
}

/**
 * Builds a `DependencyGraph` over `labels` from arc parts, merging the parts that join the same
 * ordered pair of nodes (weights summed, `typeOnly` if all are, imports concatenated) and
 * leaving out parts from a node to itself. Within a node, arcs keep the order of their first
 * part. O(nodes + parts).
 */
export function buildDependencyGraph(
  labels: readonly string[],
  parts: readonly DependencyArc[],
): DependencyGraph {
  const nodeCount = labels.length;
  const partStart = new Int32Array(nodeCount + 1);
  for (const part of parts) partStart[part.from + 1] = (partStart[part.from + 1] as number) + 1;
  for (let v = 0; v < nodeCount; v += 1) {
    partStart[v + 1] = (partStart[v + 1] as number) + (partStart[v] as number);
  }
  const byFrom = new Array<DependencyArc>(parts.length);
  const cursor = partStart.slice(0, nodeCount);
  for (const part of parts) {
    const slot = cursor[part.from] as number;
    byFrom[slot] = part;
    cursor[part.from] = slot + 1;
  }

  const arcs: MutableArc[] = [];
  const offsets = new Int32Array(nodeCount + 1);
  const inDegree = new Int32Array(nodeCount);
  const lastFrom = new Int32Array(nodeCount).fill(-1);
  const arcOfTarget = new Int32Array(nodeCount);
  for (let v = 0; v < nodeCount; v += 1) {
    offsets[v] = arcs.length;
    for (let p = partStart[v] as number; p < (partStart[v + 1] as number); p += 1) {
      const part = byFrom[p] as DependencyArc;
      if (part.to === v) continue;
      if (lastFrom[part.to] === v) {
        const arc = arcs[arcOfTarget[part.to] as number] as MutableArc;
        arc.weight += part.weight;
        arc.typeOnly &&= part.typeOnly;
        for (const dependency of part.imports) arc.imports.push(dependency);
        continue;
      }
      lastFrom[part.to] = v;
      arcOfTarget[part.to] = arcs.length;
      inDegree[part.to] = (inDegree[part.to] as number) + 1;
      arcs.push({ ...part, imports: [...part.imports] });
    }
  }
  offsets[nodeCount] = arcs.length;
  return {
    labels,
    arcs,
    offsets,
    targets: Int32Array.from(arcs, (arc) => arc.to),
    inDegree,
  };
}

/** Number of arcs leaving node `v` of `graph`. */
export function outDegree(graph: DependencyGraph, v: number): number {
  return (graph.offsets[v + 1] as number) - (graph.offsets[v] as number);
}

interface MutableArc {
  from: number;
  to: number;
  weight: number;
  typeOnly: boolean;
  imports: ModuleDependency[];
}
