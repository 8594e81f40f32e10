import type { FileFacts } from '@drift/core';
import { DependencyGraph } from './dependency-graph.js';
import { parentDirectory } from './project-paths.js';
import type { SymbolIndex } from './symbol-index.js';

const graphs = new WeakMap<SymbolIndex, DependencyGraph>();

/** The dependency graph of `index`, built once per index. */
function graphOf(index: SymbolIndex): DependencyGraph {
  let graph = graphs.get(index);
  if (graph === undefined) graphs.set(index, (graph = DependencyGraph.build(index)));
  return graph;
}

/** The names a file defines that project-wide lookups find: functions, classes, properties. */
function definedNames(facts: FileFacts): string[] {
  const names = facts.functions.map((fn) => fn.name);
  for (const cls of facts.classes) {
    names.push(cls.name);
    for (const property of cls.properties) names.push(property.name);
  }
  return names;
}

/** A path without its extension (`a/b.d.ts` → `a/b`, `pkg/__init__.py` → `pkg/__init__`). */
function stemOf(path: string): string {
  return path.replace(/(?:\.d)?\.[^./]+$/, '');
}

/** Extensions of languages whose files see their package (folder) without imports. */
const PACKAGE_FILE = /\.(?:go|java|kt|cs|php)$/;

/**
 * The first files reached from a changed path that the index no longer holds (a deleted
 * file): the files whose unresolved imports were looked for at its path, and the files of its
 * folder when its language has packages.
 */
function deletedFileDependents(path: string, index: SymbolIndex, graph: DependencyGraph): string[] {
  const found = [...graph.missingImportersOf(stemOf(path))];
  if (PACKAGE_FILE.test(path)) found.push(...index.filesIn(parentDirectory(path)));
  return found;
}

/** Dependents of `changed` in one index (see {@link dependentFiles}). */
function dependentsIn(
  changed: readonly string[],
  index: SymbolIndex,
  previousNames: Iterable<string>,
  result: Set<string>,
  graph: DependencyGraph,
): void {
  const queue: string[] = [];
  const visit = (path: string, propagate: boolean): void => {
    const known = result.has(path);
    result.add(path);
    if (propagate && !known) queue.push(path);
  };
  const packagesDone = new Set<readonly string[]>();
  for (const path of changed) {
    if (index.symbolsOf(path) !== undefined) visit(path, true);
    else for (const dependent of deletedFileDependents(path, index, graph)) visit(dependent, true);
  }
  while (queue.length > 0) {
    const path = queue.pop() ?? '';
    for (const [importer, forwarding] of graph.importersOf(path)) visit(importer, forwarding);
    const peers = index.packagePeers(path);
    if (peers !== null && !packagesDone.has(peers)) {
      packagesDone.add(peers);
      for (const peer of peers) visit(peer, true);
    }
  }
  const names = new Set(previousNames);
  for (const path of changed) {
    const facts = index.symbolsOf(path)?.facts;
    if (facts !== undefined) for (const name of definedNames(facts)) names.add(name);
  }
  for (const name of names) {
    for (const user of graph.nameUsersOf(name)) result.add(user);
  }
}

/** What is known of the project before the change (see {@link dependentFiles}). */
export interface DependentFilesOptions {
  /** The index the current edges were resolved with. */
  readonly previous?: SymbolIndex;
  /**
   * The names of the functions and classes the changed files defined before the change, when
   * no previous index is at hand (the stored nodes' `name` and `className`).
   */
  readonly previousNames?: Iterable<string>;
  /** The dependency graph of `index`, when the caller keeps one up to date; else built here. */
  readonly graph?: DependencyGraph;
}

/**
 * The files whose outgoing edges may change when the `changed` files change (were edited,
 * added or deleted): the changed files themselves; the files importing them, and — through
 * importers that pass their symbols on (re-exports, Python `from … import`, classes extending
 * or typed with an imported class) — the files importing those, transitively; every file of
 * the same Go/Java/Kotlin/C#/PHP package; and the files whose calls look up project-wide (the
 * unique-name rules) a name that a changed file defines. A deleted file, absent from `index`,
 * is matched to the files whose imports (TypeScript/JavaScript relative, Python) were looked
 * for at its path, and to the files of its folder for languages with packages.
 *
 * `index` is built from the facts after the change. Names the change removed are found through
 * `options.previous` (the index the current edges were resolved with, which also knows a
 * deleted file's importers exactly) or `options.previousNames`. Resolving the returned files
 * with `index` and keeping every other file's edges gives the edges of a full rebuild. Builds
 * the reverse import graph ({@link DependencyGraph}) once per index unless `options.graph`
 * brings it: O(files + imports + calls), then O(result).
 *
 * @returns root-relative paths present in `index`, sorted.
 */
export function dependentFiles(
  changed: readonly string[],
  index: SymbolIndex,
  options: DependentFilesOptions = {},
): string[] {
  const result = new Set<string>();
  dependentsIn(
    changed,
    index,
    options.previousNames ?? [],
    result,
    options.graph ?? graphOf(index),
  );
  if (options.previous !== undefined) {
    dependentsIn(changed, options.previous, [], result, graphOf(options.previous));
  }
  return [...result].filter((path) => index.symbolsOf(path) !== undefined).sort();
}
