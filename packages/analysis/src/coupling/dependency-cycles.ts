import {
  componentMembers,
  stronglyConnectedComponents,
  type StronglyConnectedComponents,
} from '../graph/strongly-connected-components.js';
import { compareText } from './compare-text.js';
import type { DependencyArc, DependencyGraph } from './dependency-graph.js';
import { feedbackArcSet } from './feedback-arc-set.js';
import type { ModuleDependency } from './module-dependency.js';

/** A dependency the cut of a cycle removes: one arc of the file or module graph. */
export interface CycleCut {
  /** The depending file (module). */
  readonly from: string;
  /** The file (module) depended on. */
  readonly to: string;
  /** The names a user would have to move or invert to drop the arc (see `dependencyWeight`). */
  readonly weight: number;
  /** True when every dependency of the arc is type-only (it vanishes at runtime). */
  readonly typeOnly: boolean;
  /** The file-level dependencies making up the arc, each with the names it imports. */
  readonly imports: readonly ModuleDependency[];
}

/** A dependency cycle: a strongly connected component of two or more files (modules). */
export interface DependencyCycle {
  /** The files (modules) of the component, sorted. */
  readonly members: readonly string[];
  /** Number of arcs between members. */
  readonly arcs: number;
  /** Arcs whose removal breaks every cycle among the members (see `feedbackArcSet`), sorted by `from` then `to`. */
  readonly cut: readonly CycleCut[];
}

/**
 * The dependency cycles of `graph` — its strongly connected components with at least two nodes
 * (the graph has no self-loops) — each with a suggested cut. Cycles are sorted by size,
 * largest first, then by first member. `components` may be passed when already computed.
 * O(nodes + arcs) plus the cut computation of each component.
 */
export function findDependencyCycles(
  graph: DependencyGraph,
  components: StronglyConnectedComponents = stronglyConnectedComponents(graph),
): DependencyCycle[] {
  const { count, componentOf, memberOffsets } = components;
  const cycles: DependencyCycle[] = [];
  for (let component = 0; component < count; component += 1) {
    const size = (memberOffsets[component + 1] as number) - (memberOffsets[component] as number);
    if (size < 2) continue;
    const members = Array.from(componentMembers(components, component));
    let arcs = 0;
    for (const node of members) {
      for (let e = graph.offsets[node] as number; e < (graph.offsets[node + 1] as number); e += 1) {
        if (componentOf[graph.targets[e] as number] === component) arcs += 1;
      }
    }
    const cut = feedbackArcSet(graph, members).map((e): CycleCut => {
      const arc = graph.arcs[e] as DependencyArc;
      return {
        from: graph.labels[arc.from] as string,
        to: graph.labels[arc.to] as string,
        weight: arc.weight,
        typeOnly: arc.typeOnly,
        imports: arc.imports,
      };
    });
    cycles.push({
      members: members.map((node) => graph.labels[node] as string).sort(compareText),
      arcs,
      cut: cut.sort((a, b) => {
        const byFrom = compareText(a.from, b.from);
        return byFrom !== 0 ? byFrom : compareText(a.to, b.to);
      }),
    });
  }
  return cycles.sort((a, b) => {
    const bySize = b.members.length - a.members.length;
    return bySize !== 0 ? bySize : compareText(a.members[0] as string, b.members[0] as string);
  });
}
