import type { CallGraphNode } from '@drift/core';
import type { CallGraphIndex } from '../reachability/call-graph-index.js';
import { CallGraphSearch } from '../reachability/call-graph-traversal.js';
import { confidenceLevels } from '../reachability/edge-confidences.js';
import { requireNodeIndex } from '../reachability/require-node-index.js';
import { classifyNodes, type NodeClasses } from './node-classes.js';
import { testReachCounts } from './test-reach-counts.js';

/** How tests reach one source function (structural coverage: calls, not runtime). */
export interface FunctionCoverage {
  /** Node id. */
  readonly id: string;
  readonly file: string;
  /** Ids of the test nodes that call it directly, sorted. */
  readonly directTests: readonly string[];
  /** How many test nodes reach it, directly or through calls that enter no other test node. */
  readonly testCount: number;
  /** Fewest calls from any test, or null when no test reaches it. */
  readonly depth: number | null;
  /** The best widest-path confidence (0–1) over all tests; 0 when no test reaches it. */
  readonly confidence: number;
}

/** Structural coverage of one file's source functions. */
export interface FileCoverage {
  readonly file: string;
  /** Source functions of the file in the graph. */
  readonly functions: number;
  /** Those reached by at least one test. */
  readonly covered: number;
  /** `covered / functions`, 0–1. */
  readonly ratio: number;
}

/** The structural test coverage of a call graph. See {@link coverageOf}. */
export class TestCoverage {
  /** Every source function, in graph order. */
  readonly functions: readonly FunctionCoverage[];
  /** Every file with source functions, sorted by path. */
  readonly files: readonly FileCoverage[];
  /** Number of test nodes. */
  readonly testCount: number;
  readonly #index: CallGraphIndex;
  readonly #classes: NodeClasses;
  readonly #search: CallGraphSearch;

  /** Use {@link coverageOf}. */
  constructor(
    index: CallGraphIndex,
    classes: NodeClasses,
    search: CallGraphSearch,
    functions: readonly FunctionCoverage[],
    files: readonly FileCoverage[],
  ) {
    this.#index = index;
    this.#classes = classes;
    this.#search = search;
    this.functions = functions;
    this.files = files;
    this.testCount = classes.tests.length;
  }

  /**
   * Ids of the test nodes that reach node `id` (sorted), found by one search back over callers
   * that stops at test nodes; O(nodes + edges).
   *
   * @throws CallGraphError `CALL_GRAPH_ERROR` when `id` is no node of the graph.
   */
  testsReaching(id: string): string[] {
    const node = requireNodeIndex(this.#index, id);
    const { isTest } = this.#classes;
    const reached = this.#search.run([node], 'callers', { stopAt: isTest });
    const tests: string[] = [];
    for (let i = 1; i < reached; i += 1) {
      const other = this.#search.reachedAt(i);
      if (isTest[other] === 1) tests.push((this.#index.nodes[other] as CallGraphNode).id);
    }
    return tests.sort();
  }
}

function directTestsOf(index: CallGraphIndex, node: number, isTest: Uint8Array): string[] {
  const tests = new Set<string>();
  for (const edge of index.incoming(node)) {
    const caller = index.callerOf(edge);
    if (isTest[caller] === 1) tests.add((index.nodes[caller] as CallGraphNode).id);
  }
  return [...tests].sort();
}

function fileCoverage(functions: readonly FunctionCoverage[]): FileCoverage[] {
  const byFile = new Map<string, { functions: number; covered: number }>();
  for (const fn of functions) {
    let tally = byFile.get(fn.file);
    if (tally === undefined) byFile.set(fn.file, (tally = { functions: 0, covered: 0 }));
    tally.functions += 1;
    if (fn.testCount > 0) tally.covered += 1;
  }
  return [...byFile]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, { functions, covered }]) => ({
      file,
      functions,
      covered,
      ratio: covered / functions,
    }));
}

/**
 * Structural test coverage of every source function (see `classifyNodes`) of a call graph whose
 * nodes carry their entry-point kinds: which tests call it directly, how many reach it, how
 * close and how surely (depth and widest-path confidence over all tests); and per file,
 * covered / total source functions. "Covered" means some test reaches the function through
 * resolved calls — a structural estimate, not runtime coverage: a function called only
 * dynamically looks uncovered, and one reached on a path the test never takes looks covered.
 *
 * One multi-source search from all tests (`CallGraphSearch`, with its widest-path pass) and
 * one bit-set propagation for the counts (`testReachCounts`): O((nodes + edges) × ⌈tests / 32⌉)
 * at worst, rather than one search per test.
 *
 * @throws CallGraphError `CALL_GRAPH_ERROR` when an edge's confidence is not a number in 0–1.
 */
export function coverageOf(index: CallGraphIndex): TestCoverage {
  // Rejects invalid confidences even when no test reaches an edge that carries one.
  confidenceLevels(index);
  const classes = classifyNodes(index);
  const { isTest, isSource, tests } = classes;
  const counts = testReachCounts(index, classes);
  const search = new CallGraphSearch(index);
  search.run(tests, 'callees', { stopAt: isTest });
  const functions: FunctionCoverage[] = [];
  index.nodes.forEach((node, i) => {
    if (isSource[i] !== 1) return;
    const depth = search.depthOf(i);
    functions.push({
      id: node.id,
      file: node.file,
      directTests: directTestsOf(index, i, isTest),
      testCount: counts[i] as number,
      depth: depth < 0 ? null : depth,
      confidence: search.confidenceOf(i),
    });
  });
  return new TestCoverage(index, classes, search, functions, fileCoverage(functions));
}
