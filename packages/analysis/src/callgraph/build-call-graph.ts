import {
  RESOLUTION_KINDS,
  type CallGraph,
  type CallGraphEdge,
  type CallGraphNode,
  type ResolutionKind,
} from '@drift/core';
import { resolveFileCalls } from './call-resolver.js';
import { nodesOfSymbols } from './file-symbols.js';
import type { ProjectFacts, ReadProjectFile } from './project-input.js';
import { SymbolIndex } from './symbol-index.js';

/** A whole project's call graph with the counts of call sites that gave no edge. */
export interface CallGraphBuild {
  readonly graph: CallGraph;
  /** Call sites with several project candidates (see `resolveFileCalls`). */
  readonly unresolved: number;
  /** Call sites with no project candidate. */
  readonly external: number;
  /** Edges per resolution kind. */
  readonly byKind: Record<ResolutionKind, number>;
  /** The index the graph was resolved with (for incremental rebuilds: `dependentFiles`). */
  readonly index: SymbolIndex;
}

/**
 * Builds the call graph of a project from the facts of all its files: indexes them
 * ({@link SymbolIndex.build}), emits every file's nodes and resolves every file's calls.
 * O(files + functions + calls), plus one read per configuration file.
 */
export function buildCallGraph(
  files: Iterable<ProjectFacts>,
  read: ReadProjectFile,
): CallGraphBuild {
  const index = SymbolIndex.build(files, read);
  const nodes: CallGraphNode[] = [];
  const edges: CallGraphEdge[] = [];
  const byKind = Object.fromEntries(RESOLUTION_KINDS.map((kind) => [kind, 0])) as Record<
    ResolutionKind,
    number
  >;
  let unresolved = 0;
  let external = 0;
  for (const symbols of index.files()) {
    nodes.push(...nodesOfSymbols(symbols));
    const resolution = resolveFileCalls(symbols.path, index);
    for (const edge of resolution.edges) {
      edges.push(edge);
      byKind[edge.kind] += 1;
    }
    unresolved += resolution.unresolved;
    external += resolution.external;
  }
  return { graph: { nodes, edges }, unresolved, external, byKind, index };
}
