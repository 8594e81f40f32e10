import { type CallGraphNode, type EntryPointKind } from '@drift/core';
import { classifyNodes } from '../test-topology/node-classes.js';
import type { CallGraphIndex } from './call-graph-index.js';
import {
  CallGraphSearch,
  traverseCallGraph,
  type TraversalOptions,
} from './call-graph-traversal.js';
import { scoreImpactRisk, type ImpactRisk } from './impact-risk.js';
import {
  entryPointsAmong,
  reachedNodes,
  type ReachedEntryPoint,
  type ReachedNode,
} from './reached-nodes.js';
import { requireNodeIndex } from './require-node-index.js';

/** What changed: function ids, or root-relative file paths (every function of those files). */
export type ImpactSelection =
  { readonly functionIds: readonly string[] } | { readonly changedFiles: readonly string[] };

/** What a change can break. */
export interface ImpactAnalysis {
  /** The changed nodes, without duplicates, in selection order (graph order within a file). */
  readonly changed: readonly CallGraphNode[];
  /** Changed files that hold no node of the graph (always empty for a function selection). */
  readonly filesWithoutFunctions: readonly string[];
  /** Transitive callers of the changed nodes (not changed themselves), breadth-first. */
  readonly affectedFunctions: readonly ReachedNode[];
  /** Entry points among the changed nodes (depth 0) and their transitive callers, breadth-first. */
  readonly affectedEntryPoints: readonly ReachedEntryPoint[];
  /** `affectedEntryPoints` counted by kind. */
  readonly entryPointsByKind: Readonly<Record<EntryPointKind, number>>;
  /** The affected entry points of kind `test`. */
  readonly affectedTests: readonly ReachedEntryPoint[];
  /**
   * Changed source functions (`classifyNodes`: not module-level code, not in test, fixture or
   * example files) that no affected test code reaches — tests, their set-up hooks and test files'
   * module code, without passing through other tests (as `coverageOf` counts) — in `changed` order.
   */
  readonly untestedFunctions: readonly CallGraphNode[];
  readonly risk: ImpactRisk;
}

/**
 * Change impact analysis: everything that calls the changed functions, directly or transitively
 * (inverse reachability from all of them at once, with depth and widest-path confidence, see
 * {@link traverseCallGraph}), the entry points and tests among them, the changed functions no
 * test reaches (forward reachability from the affected tests) and a risk score with its reasons
 * ({@link scoreImpactRisk}). `options` limit both traversals as in `reachingTo`.
 * O(nodes + edges).
 *
 * @throws CallGraphError `CALL_GRAPH_ERROR` for an unknown function id or invalid options.
 */
export function analyzeImpact(
  index: CallGraphIndex,
  selection: ImpactSelection,
  options: TraversalOptions = {},
): ImpactAnalysis {
  const { changed, filesWithoutFunctions } = selectChanged(index, selection);
  const traversal = traverseCallGraph(index, changed, 'callers', options);
  const reached = reachedNodes(index, traversal, true);
  const affectedFunctions = reached.filter((item) => item.depth > 0);
  const affectedEntryPoints = entryPointsAmong(reached);
  const affectedTests = affectedEntryPoints.filter((item) => item.kind === 'test');
  const entryPointsByKind = countByKind(affectedEntryPoints);

  const classes = classifyNodes(index);
  const testable = changed.filter((node) => classes.isSource[node] === 1);
  const reachedTests = reached
    .map((item) => index.nodeIndexOf(item.node.id) as number)
    .filter((node) => classes.isTest[node] === 1);
  const covered = new CallGraphSearch(index);
  covered.run(reachedTests, 'callees', {
    ...(options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }),
    stopAt: classes.isTest,
  });
  const untestedFunctions = testable
    .filter((node) => covered.depthOf(node) === -1)
    .map((node) => index.nodes[node] as CallGraphNode);

  const risk = scoreImpactRisk({
    entryPointsByKind,
    affectedFunctions: affectedFunctions.length,
    maxDepth: affectedFunctions.at(-1)?.depth ?? 0,
    directCallers: affectedFunctions.filter((item) => item.depth === 1).length,
    testableFunctions: testable.length,
    untestedFunctions: untestedFunctions.length,
  });
  return {
    changed: changed.map((node) => index.nodes[node] as CallGraphNode),
    filesWithoutFunctions,
    affectedFunctions,
    affectedEntryPoints,
    entryPointsByKind,
    affectedTests,
    untestedFunctions,
    risk,
  };
}

/** Dense indexes of the selected nodes, without duplicates; one scan of the nodes for files. */
function selectChanged(
  index: CallGraphIndex,
  selection: ImpactSelection,
): { changed: number[]; filesWithoutFunctions: string[] } {
  if ('functionIds' in selection) {
    const ids = selection.functionIds.map((id) => requireNodeIndex(index, id));
    return { changed: [...new Set(ids)], filesWithoutFunctions: [] };
  }
  const byFile = new Map<string, number[]>(selection.changedFiles.map((file) => [file, []]));
  index.nodes.forEach((node, i) => byFile.get(node.file)?.push(i));
  const changed: number[] = [];
  const filesWithoutFunctions: string[] = [];
  for (const [file, nodes] of byFile) {
    if (nodes.length === 0) filesWithoutFunctions.push(file);
    for (const node of nodes) changed.push(node);
  }
  return { changed, filesWithoutFunctions };
}

function countByKind(entryPoints: readonly ReachedEntryPoint[]): Record<EntryPointKind, number> {
  const counts: Record<EntryPointKind, number> = {
    route: 0,
    main: 0,
    exported: 0,
    cli: 0,
    test: 0,
    lifecycle: 0,
    event: 0,
  };
  for (const { kind } of entryPoints) counts[kind] += 1;
  return counts;
}
