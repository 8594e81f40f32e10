import type { CallGraphNode } from '@drift/core';
import type { CallGraphIndex } from '../reachability/call-graph-index.js';
import { CallGraphSearch } from '../reachability/call-graph-traversal.js';
import { classifyNodes, type NodeClasses } from './node-classes.js';

/** A test to run for a change, and why. */
export interface SelectedTest {
  /** The runnable test node's id. */
  readonly test: string;
  readonly file: string;
  /** Id of the changed node nearest to the test by calls; the test itself when it changed. */
  readonly reaches: string;
  /**
   * Calls to `reaches` (from `via` when set): 0 when the changed node is the test or hook itself.
   */
  readonly depth: number;
  /**
   * The hook of the test's file (set-up, fixture) that reaches the change, or null when the test
   * does.
   */
  readonly via: string | null;
}

/** The tests a change needs. */
export interface MinimumTestSet {
  /** Sorted by test id. */
  readonly tests: readonly SelectedTest[];
  /** The files of those tests, sorted. */
  readonly files: readonly string[];
  /**
   * Test-support nodes that reach the change but belong to no file with runnable tests
   * (`conftest.py` fixtures, module-level code of test helpers): the tests that use them do so
   * by injection or import, which are no call edges, so they are listed rather than resolved.
   */
  readonly unresolvedSupport: readonly string[];
}

/** The runnable tests of each file, in graph order. */
function runnableByFile(index: CallGraphIndex, classes: NodeClasses): Map<string, number[]> {
  const byFile = new Map<string, number[]>();
  for (const test of classes.tests) {
    if (classes.isRunnable[test] !== 1) continue;
    const file = (index.nodes[test] as CallGraphNode).file;
    byFile.set(file, [...(byFile.get(file) ?? []), test]);
  }
  return byFile;
}

/**
 * Regression test selection on the call graph: the runnable tests that reach any node of a
 * changed file through calls that enter no other test node, the runnable tests of changed files
 * themselves, and — as a hook runs around the tests of its file — every runnable test of a file
 * whose set-up or fixture reaches the change. One breadth-first search back over callers from
 * every node of the changed files, stopping at test nodes (see `classifyNodes`), O(nodes +
 * edges), also gives each test its nearest changed node and the number of calls to it (ties go
 * to the changed node first in graph order). Paths (root-relative, `/`-separated) that name no
 * file of the graph select nothing. Sound only as far as the graph is: a test reaching changed
 * code through an unresolved call is missed.
 */
export function minimumTestSet(
  index: CallGraphIndex,
  changedFiles: Iterable<string>,
): MinimumTestSet {
  const changed = new Set(changedFiles);
  const classes = classifyNodes(index);
  const sources: number[] = [];
  index.nodes.forEach((node, i) => {
    if (changed.has(node.file)) sources.push(i);
  });
  const search = new CallGraphSearch(index);
  const reached = search.run(sources, 'callers', { stopAt: classes.isTest });
  const byFile = runnableByFile(index, classes);
  const selected = new Map<number, SelectedTest>();
  const unresolvedSupport: string[] = [];
  const idOf = (node: number): string => (index.nodes[node] as CallGraphNode).id;
  for (let i = 0; i < reached; i += 1) {
    const node = search.reachedAt(i);
    if (classes.isTest[node] !== 1) continue;
    const reason = { reaches: idOf(search.originOf(node)), depth: search.depthOf(node) };
    const { file } = index.nodes[node] as CallGraphNode;
    if (classes.isRunnable[node] === 1) {
      if (!selected.has(node)) selected.set(node, { test: idOf(node), file, ...reason, via: null });
      continue;
    }
    const fileTests = byFile.get(file);
    if (fileTests === undefined) unresolvedSupport.push(idOf(node));
    for (const test of fileTests ?? [])
      if (!selected.has(test))
        selected.set(test, { test: idOf(test), file, ...reason, via: idOf(node) });
  }
  const tests = [...selected.values()].sort((a, b) => (a.test < b.test ? -1 : 1));
  return {
    tests,
    files: [...new Set(tests.map((t) => t.file))].sort(),
    unresolvedSupport: unresolvedSupport.sort(),
  };
}
