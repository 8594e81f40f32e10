import { MODULE_NODE_NAME, type CallGraphNode } from '@drift/core';
import { classifyFile, type FileRole } from '../detection/file-role.js';
import type { CallGraphIndex } from '../reachability/call-graph-index.js';

/** Roles of files whose functions are not the product's code, and so are never "covered". */
export const NON_SOURCE_ROLES: ReadonlySet<FileRole> = new Set(['test', 'fixture', 'example']);
/**
 * Roles of files whose lifecycle hooks (set-up, teardown, pytest fixtures) run as part of tests.
 */
const TEST_SUPPORT_ROLES: ReadonlySet<FileRole> = new Set(['test', 'fixture']);

/** What each node of a call graph is to test analyses, by dense node index. */
export interface NodeClasses {
  /** 1 for test nodes: tests and test-support code (see {@link classifyNodes}). */
  readonly isTest: Uint8Array;
  /** 1 for runnable tests, the test nodes whose entry-point kind is `test`. */
  readonly isRunnable: Uint8Array;
  /** 1 for source functions (see {@link classifyNodes}). */
  readonly isSource: Uint8Array;
  /** The test nodes' indexes, ascending. */
  readonly tests: readonly number[];
  /** The role of each node's file. */
  readonly roleOf: (node: number) => FileRole;
}

function isTestSupport(node: CallGraphNode, role: FileRole): boolean {
  return (
    (node.entryPoint === 'lifecycle' && TEST_SUPPORT_ROLES.has(role)) ||
    (node.qualifiedName === MODULE_NODE_NAME && role === 'test')
  );
}

/**
 * Classifies every node once, each file's role computed once ({@link classifyFile} on the path):
 * - a test node is code that runs because tests run: a runnable test (entry-point kind `test`:
 *   test functions, and the `<module>` node of a test file whose module-level code declares
 *   tests), a `lifecycle` hook in a test or fixture file (`setUp`, `@BeforeEach`, pytest
 *   fixtures, which the runner calls around tests), or the module-level code of any test file
 *   (helpers and test entities run it when tests import them — imports are no call edges);
 * - a source function is any other node that is not a `<module>` node and is not in a test,
 *   fixture or example file.
 * O(nodes).
 */
export function classifyNodes(index: CallGraphIndex): NodeClasses {
  const roles = new Map<string, FileRole>();
  const roleOfFile = (file: string): FileRole => {
    let role = roles.get(file);
    if (role === undefined) roles.set(file, (role = classifyFile(file)));
    return role;
  };
  const isTest = new Uint8Array(index.size);
  const isRunnable = new Uint8Array(index.size);
  const isSource = new Uint8Array(index.size);
  const tests: number[] = [];
  index.nodes.forEach((node, i) => {
    const role = roleOfFile(node.file);
    if (node.entryPoint === 'test' || isTestSupport(node, role)) {
      isTest[i] = 1;
      if (node.entryPoint === 'test') isRunnable[i] = 1;
      tests.push(i);
    } else if (node.qualifiedName !== MODULE_NODE_NAME && !NON_SOURCE_ROLES.has(role)) {
      isSource[i] = 1;
    }
  });
  return {
    isTest,
    isRunnable,
    isSource,
    tests,
    roleOf: (node) => roleOfFile((index.nodes[node] as CallGraphNode).file),
  };
}
