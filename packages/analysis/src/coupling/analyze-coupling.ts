import { stronglyConnectedComponents } from '../graph/strongly-connected-components.js';
import { findDependencyCycles, type DependencyCycle } from './dependency-cycles.js';
import { outDegree, type DependencyGraph } from './dependency-graph.js';
import { buildFileGraph } from './file-graph.js';
import { rankHotspots, type Hotspot } from './hotspots.js';
import { martinMetrics, type CouplingMetrics } from './martin-metrics.js';
import type { ModuleDependency, ModuleFile } from './module-dependency.js';
import { buildModuleGraph } from './module-graph.js';
import { findUnusedExports, type UnusedExports } from './unused-exports.js';

/** Martin's metrics of one file; Ca and Ce count distinct files. */
export interface FileCoupling extends CouplingMetrics {
  /** Root-relative path. */
  readonly path: string;
  /** The module the file belongs to. */
  readonly module: string;
  /** Files in the file's strongly connected component: 1 when it is in no cycle. */
  readonly cycleSize: number;
}

/** Martin's metrics of one module; Ca and Ce count distinct other modules, not files. */
export interface ModuleCoupling extends CouplingMetrics {
  /** The module name (`ModuleFile.module`). */
  readonly module: string;
  /** Number of files of the module. */
  readonly files: number;
  /** Types declared in the module. */
  readonly classes: number;
  /** Abstract types declared in the module. */
  readonly abstractTypes: number;
}

/** Options of `analyzeCoupling`. */
export interface CouplingOptions {
  /** Files whose exports are the program's API, never reported unused (see `findUnusedExports`). */
  readonly entryFiles?: ReadonlySet<string>;
  /** How many hotspots to return; default `DEFAULT_HOTSPOT_LIMIT`. */
  readonly hotspotLimit?: number;
}

/** Everything `analyzeCoupling` finds. */
export interface CouplingReport {
  /** One entry per file, in input order. */
  readonly files: readonly FileCoupling[];
  /** One entry per module, in order of first appearance among the files. */
  readonly modules: readonly ModuleCoupling[];
  /** File-level dependency cycles with their cuts (see `findDependencyCycles`). */
  readonly fileCycles: readonly DependencyCycle[];
  /** Module-level dependency cycles; each cut arc lists the file dependencies behind it. */
  readonly moduleCycles: readonly DependencyCycle[];
  /** The top files by hub score (see `rankHotspots`). */
  readonly hotspots: readonly Hotspot[];
  /** Exported names nothing imports (see `findUnusedExports`). */
  readonly unusedExports: readonly UnusedExports[];
}

/** Hotspots returned when `CouplingOptions.hotspotLimit` is not given: a screenful. */
export const DEFAULT_HOTSPOT_LIMIT = 20;

/**
 * Coupling analysis of a module (file) dependency graph: Robert C. Martin's metrics per file and
 * per module (R. C. Martin, "Agile Software Development: Principles, Patterns, and Practices",
 * 2002; see `martinMetrics` for the formulas and zero-division conventions), dependency cycles
 * at both levels with suggested cuts, hub-like hotspots and unused exports. A file's
 * dependencies on itself and a module's on itself are ignored. O(files + dependencies) plus
 * sorting, names, and the cut search of each cycle (see `feedbackArcSet`).
 *
 * @throws CallGraphError (`CALL_GRAPH_ERROR`) on invalid input: duplicate paths, invalid type
 *   counts, dependencies naming unknown files, mismatched `exportedAs`, or an invalid
 *   `hotspotLimit`.
 */
export function analyzeCoupling(
  files: readonly ModuleFile[],
  dependencies: readonly ModuleDependency[],
  options: CouplingOptions = {},
): CouplingReport {
  const fileGraph = buildFileGraph(files, dependencies).graph;
  const fileComponents = stronglyConnectedComponents(fileGraph);
  const { componentOf, memberOffsets } = fileComponents;
  const componentSize = (file: number): number => {
    const component = componentOf[file] as number;
    return (memberOffsets[component + 1] as number) - (memberOffsets[component] as number);
  };
  const fileMetrics = files.map((file, i): FileCoupling => ({
    path: file.path,
    module: file.module,
    cycleSize: componentSize(i),
    ...metricsOf(fileGraph, i, file.classes, file.abstractTypes),
  }));

  const moduleGraph = buildModuleGraph(files, fileGraph);
  const moduleMetrics = moduleGraph.graph.labels.map((module, m): ModuleCoupling => {
    const classes = moduleGraph.classes[m] as number;
    const abstractTypes = moduleGraph.abstractTypes[m] as number;
    return {
      module,
      files: moduleGraph.files[m] as number,
      classes,
      abstractTypes,
      ...metricsOf(moduleGraph.graph, m, classes, abstractTypes),
    };
  });

  return {
    files: fileMetrics,
    modules: moduleMetrics,
    fileCycles: findDependencyCycles(fileGraph, fileComponents),
    moduleCycles: findDependencyCycles(moduleGraph.graph),
    hotspots: rankHotspots(fileMetrics, options.hotspotLimit ?? DEFAULT_HOTSPOT_LIMIT),
    unusedExports: findUnusedExports(files, dependencies, options.entryFiles ?? new Set()),
  };
}

function metricsOf(
  graph: DependencyGraph,
  node: number,
  classes: number,
  abstractTypes: number,
): CouplingMetrics {
  return martinMetrics({
    afferent: graph.inDegree[node] as number,
    efferent: outDegree(graph, node),
    classes,
    abstractTypes,
  });
}
