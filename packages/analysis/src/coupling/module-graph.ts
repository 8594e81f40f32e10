import { buildDependencyGraph, type DependencyGraph } from './dependency-graph.js';
import type { ModuleFile } from './module-dependency.js';

/** The module-level dependency graph with each module's files and type counts. */
export interface ModuleGraph {
  /**
   * One node per distinct `ModuleFile.module`, in order of first appearance; an arc joins two
   * modules when a file of one depends on a file of the other. Dependencies within a module are
   * left out. An arc's weight is the sum of its file arcs' weights, its imports theirs.
   */
  readonly graph: DependencyGraph;
  /** Module node index of each file (same order as the files). */
  readonly moduleOf: Int32Array;
  /** Number of files of each module. */
  readonly files: Int32Array;
  /** Types declared in each module (sum of its files' `classes`). */
  readonly classes: Int32Array;
  /** Abstract types declared in each module (sum of its files' `abstractTypes`). */
  readonly abstractTypes: Int32Array;
}

/**
 * Collapses the file graph (`fileGraph`, node `i` = `files[i]`) onto modules.
 * O(files + file arcs).
 */
export function buildModuleGraph(
  files: readonly ModuleFile[],
  fileGraph: DependencyGraph,
): ModuleGraph {
  const moduleIndex = new Map<string, number>();
  const moduleOf = new Int32Array(files.length);
  files.forEach((file, i) => {
    let index = moduleIndex.get(file.module);
    if (index === undefined) {
      index = moduleIndex.size;
      moduleIndex.set(file.module, index);
    }
    moduleOf[i] = index;
  });
  const moduleCount = moduleIndex.size;
  const fileCounts = new Int32Array(moduleCount);
  const classes = new Int32Array(moduleCount);
  const abstractTypes = new Int32Array(moduleCount);
  files.forEach((file, i) => {
    const m = moduleOf[i] as number;
    fileCounts[m] = (fileCounts[m] as number) + 1;
    classes[m] = (classes[m] as number) + file.classes;
    abstractTypes[m] = (abstractTypes[m] as number) + file.abstractTypes;
  });
  const parts = fileGraph.arcs.map((arc) => ({
    ...arc,
    from: moduleOf[arc.from] as number,
    to: moduleOf[arc.to] as number,
  }));
  return {
    graph: buildDependencyGraph([...moduleIndex.keys()], parts),
    moduleOf,
    files: fileCounts,
    classes,
    abstractTypes,
  };
}
