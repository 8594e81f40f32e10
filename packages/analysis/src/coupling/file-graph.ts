import {
  buildDependencyGraph,
  type DependencyArc,
  type DependencyGraph,
} from './dependency-graph.js';
import {
  dependencyEnds,
  indexModuleFiles,
  type ModuleDependency,
  type ModuleFile,
} from './module-dependency.js';

/** The file-level dependency graph and the index of each file path in it. */
export interface FileGraph {
  /** Node `i` is `files[i]`; arcs carry the dependencies between two files. */
  readonly graph: DependencyGraph;
  /** Node index of each file path. */
  readonly indexOf: ReadonlyMap<string, number>;
}

/**
 * Builds the file dependency graph: one node per file (in input order), one arc per ordered
 * pair of distinct files with at least one dependency, weighted by `dependencyWeight`.
 * A file's dependencies on itself are left out. O(files + dependencies + names).
 *
 * @throws CallGraphError (`CALL_GRAPH_ERROR`) on invalid input (see `indexModuleFiles` and
 *   `dependencyEnds`).
 */
export function buildFileGraph(
  files: readonly ModuleFile[],
  dependencies: readonly ModuleDependency[],
): FileGraph {
  const indexOf = indexModuleFiles(files);
  const parts = dependencies.map((dependency): DependencyArc => {
    const [from, to] = dependencyEnds(dependency, indexOf);
    const target = files[to] as ModuleFile;
    return {
      from,
      to,
      weight: dependencyWeight(dependency, target.exports.length),
      typeOnly: dependency.typeOnly,
      imports: [dependency],
    };
  });
  return {
    graph: buildDependencyGraph(
      files.map((file) => file.path),
      parts,
    ),
    indexOf,
  };
}

/**
 * How strongly a dependency ties its two files: the number of distinct names it takes, where a
 * `*` (namespace or wildcard import, `export * from`) stands for every export of the target
 * (`targetExportCount`) and a side-effect import counts 1. Always ≥ 1. Used as the cost of
 * cutting a dependency: the names a user would have to move.
 */
export function dependencyWeight(dependency: ModuleDependency, targetExportCount: number): number {
  const { names } = dependency;
  const distinct = names.length <= 1 ? names.length : new Set(names).size;
  return Math.max(1, names.includes('*') ? Math.max(distinct - 1, targetExportCount) : distinct);
}
