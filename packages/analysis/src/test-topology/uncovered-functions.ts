import { MODULE_NODE_NAME, type CallGraphNode } from '@drift/core';
import type { CallGraphIndex } from '../reachability/call-graph-index.js';
import { CallGraphSearch } from '../reachability/call-graph-traversal.js';
import { classifyNodes, NON_SOURCE_ROLES, type NodeClasses } from './node-classes.js';

/** A source function no test reaches, with its risk. */
export interface UncoveredFunction {
  /** Node id. */
  readonly id: string;
  readonly file: string;
  readonly qualifiedName: string;
  /** Distinct callers (nodes with a call edge to it). */
  readonly fanIn: number;
  /** `endLine − startLine` of the function. */
  readonly lines: number;
  /** Whether an entry point (or module-level code) of the program reaches it, or it is one. */
  readonly reachableFromEntryPoint: boolean;
  /** {@link uncoveredRisk} of the above. */
  readonly risk: number;
}

/**
 * Weight of a function no entry point reaches: maybe dead, maybe called in ways the graph misses.
 */
export const UNREACHED_WEIGHT = 0.5;

/**
 * The risk of leaving a function untested:
 *
 *   risk = reach × log₂(2 + fanIn) × log₂(2 + lines), reach = 1 if an entry point reaches it,
 *   else {@link UNREACHED_WEIGHT}.
 *
 * - Size stands in for complexity, which the call graph does not carry: lines of code and
 *   cyclomatic complexity grow together almost linearly (Jay et al., "Cyclomatic Complexity and
 *   Lines of Code: Empirical Evidence of a Stable Linear Relationship", JSEA 2(3), 2009), and the
 *   CRAP score (Savoia and Evans, 2007) ranks untested code by complexity the same way.
 * - Fan-in is the blast radius: a fault in a function with many callers reaches many paths.
 * - Both are log-damped because they are heavy-tailed in real code (Louridas, Spinellis and
 *   Vlachos, "Power laws in software", TOSEM 18(1), 2008): one utility with 500 callers must not
 *   drown every other finding, and the product ranks a large, widely used function above one
 *   that is only large or only used. The `2 +` makes each factor ≥ 1 (a one-line function with
 *   no callers scores 1).
 * - Code no entry point reaches may be dead, where missing tests matter less — but it may also be
 *   called through dispatch the graph does not resolve, so it is halved rather than dropped.
 */
export function uncoveredRisk(fanIn: number, lines: number, reachable: boolean): number {
  return (reachable ? 1 : UNREACHED_WEIGHT) * Math.log2(2 + fanIn) * Math.log2(2 + lines);
}

/**
 * The roots of the program: entry points other than tests, and the `<module>` nodes of source
 * files — module-level code runs when its file is imported, which is no call edge.
 */
function programRoots(index: CallGraphIndex, classes: NodeClasses): number[] {
  const roots: number[] = [];
  index.nodes.forEach((node, i) => {
    if (classes.isTest[i] === 1) return;
    const moduleOfSource =
      node.qualifiedName === MODULE_NODE_NAME && !NON_SOURCE_ROLES.has(classes.roleOf(i));
    if (node.entryPoint !== null || moduleOfSource) roots.push(i);
  });
  return roots;
}

/** Distinct callers of every node. O(edges). */
function fanIns(index: CallGraphIndex): Int32Array {
  const fanIn = new Int32Array(index.size);
  const lastCallee = new Int32Array(index.size).fill(-1);
  for (let node = 0; node < index.size; node += 1) {
    for (const edge of index.incoming(node)) {
      const caller = index.callerOf(edge);
      if (lastCallee[caller] === node) continue;
      lastCallee[caller] = node;
      fanIn[node] = (fanIn[node] as number) + 1;
    }
  }
  return fanIn;
}

/**
 * Source functions (see `classifyNodes`: not in test, fixture or example files, not `<module>`)
 * that no test reaches, riskiest first (ties by id) under {@link uncoveredRisk}. Two searches
 * (from all tests, and from the program's roots, neither entering test nodes) and one pass over
 * the edges: O(nodes + edges).
 */
export function uncoveredFunctions(index: CallGraphIndex): UncoveredFunction[] {
  const classes = classifyNodes(index);
  const { isTest, isSource, tests } = classes;
  const search = new CallGraphSearch(index);
  const fromTests = search.run(tests, 'callees', { stopAt: isTest });
  const covered = new Uint8Array(index.size);
  for (let i = 0; i < fromTests; i += 1) covered[search.reachedAt(i)] = 1;
  search.run(programRoots(index, classes), 'callees', { stopAt: isTest });
  const fanIn = fanIns(index);
  const uncovered: UncoveredFunction[] = [];
  index.nodes.forEach((node: CallGraphNode, i) => {
    if (isSource[i] !== 1 || covered[i] === 1) return;
    const lines = node.endLine - node.startLine;
    const reachable = search.depthOf(i) >= 0;
    uncovered.push({
      id: node.id,
      file: node.file,
      qualifiedName: node.qualifiedName,
      fanIn: fanIn[i] as number,
      lines,
      reachableFromEntryPoint: reachable,
      risk: uncoveredRisk(fanIn[i] as number, lines, reachable),
    });
  });
  return uncovered.sort((a, b) => (a.risk !== b.risk ? b.risk - a.risk : a.id < b.id ? -1 : 1));
}
