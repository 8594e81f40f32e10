import { CallGraphError, type CallGraphNode } from '@drift/core';
import type { CallGraphIndex } from '../reachability/call-graph-index.js';
import { CallGraphSearch } from '../reachability/call-graph-traversal.js';
import { requireNodeIndex } from '../reachability/require-node-index.js';
import { classifyNodes, type NodeClasses } from './node-classes.js';

/** A function a test reaches. */
export interface ReachedFunction {
  /** Node id. */
  readonly id: string;
  /** Fewest calls from the test: 1 for a function the test calls directly. */
  readonly depth: number;
  /**
   * The widest-path confidence (0–1): over paths from the test, the best smallest edge confidence.
   */
  readonly confidence: number;
}

/** What one test reaches. */
export interface TestReach {
  /** The test node's id. */
  readonly test: string;
  /**
   * Every non-test node reached through calls that do not enter another test node, in
   * breadth-first order (by depth); functions at depth 1 are the ones the test calls directly.
   */
  readonly reached: readonly ReachedFunction[];
}

/**
 * Maps tests to the code they call: one search (breadth-first, then widest-path) per test, over
 * search state allocated once (`CallGraphSearch`), so each test costs O(its reach) — all tests
 * together O(Σ reach), at most tests × (nodes + edges). For counts over all tests at once see
 * `testReachCounts`.
 */
export class TestReachability {
  /** The node classes the searches use. */
  readonly classes: NodeClasses;
  readonly #index: CallGraphIndex;
  readonly #search: CallGraphSearch;

  private constructor(index: CallGraphIndex, classes: NodeClasses) {
    this.#index = index;
    this.classes = classes;
    this.#search = new CallGraphSearch(index);
  }

  /** Prepares the searches over `index`; O(nodes). */
  static of(index: CallGraphIndex, classes: NodeClasses = classifyNodes(index)): TestReachability {
    return new TestReachability(index, classes);
  }

  /** The ids of the graph's test nodes (see `classifyNodes`), in graph order. */
  get tests(): string[] {
    return this.classes.tests.map((test) => (this.#index.nodes[test] as CallGraphNode).id);
  }

  /**
   * What the test node `testId` reaches.
   *
   * @throws CallGraphError `CALL_GRAPH_ERROR` when `testId` is no node, or no test node, or an
   *   edge's confidence is not a number in 0–1.
   */
  reachOf(testId: string): TestReach {
    const test = requireNodeIndex(this.#index, testId);
    if (this.classes.isTest[test] !== 1)
      throw new CallGraphError('CALL_GRAPH_ERROR', `${testId} is not a test node`);
    const { isTest } = this.classes;
    const reachedCount = this.#search.run([test], 'callees', { stopAt: isTest });
    const reached: ReachedFunction[] = [];
    for (let i = 1; i < reachedCount; i += 1) {
      const node = this.#search.reachedAt(i);
      if (isTest[node] === 1) continue;
      reached.push({
        id: (this.#index.nodes[node] as CallGraphNode).id,
        depth: this.#search.depthOf(node),
        confidence: this.#search.confidenceOf(node),
      });
    }
    return { test: testId, reached };
  }
}
