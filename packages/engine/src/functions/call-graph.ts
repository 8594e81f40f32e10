import {
  analyzeCoupling as analyzeModuleCoupling,
  analyzeImpact as analyzeGraphImpact,
  analyzeReachability as analyzeGraphReachability,
  CallGraphIndex,
  callGraphCycles,
  dynamicNamesOf,
  findDeadCode as findGraphDeadCode,
  findPath as findGraphPath,
  META_CALL_GRAPH_VERSION,
  META_PACKAGE_ROOTS,
  ProjectFileReader,
  projectDependencies,
  reachingTo,
  resolveImports,
  storedSymbolIndex,
  updateStoredCallGraph,
  type SymbolIndex,
  type CallGraphCycle,
  type CallPath,
  type CouplingReport,
  type DeadCodeReport,
  type ImpactAnalysis,
  type ReachabilityAnalysis,
  type ReachingTo,
  type TraversalOptions,
} from '@drift/analysis';
import {
  DriftError,
  type CallGraph,
  type CallGraphEdge,
  type CallGraphNode,
  type CallGraphUpdate,
  type EntryPointKind,
  type PaginatedResult,
  type PaginationOptions,
} from '@drift/core';
import {
  acquireWorkspaceLock,
  callGraphCounts,
  callGraphNode,
  callGraphNodesNamed,
  getMeta,
  queryCallees as readCallees,
  queryCallers as readCallers,
  queryEntryPoints as readEntryPoints,
  readCallGraph,
  storedFilePaths,
  type CallGraphCounts,
  type CallGraphNeighbour,
} from '@drift/storage';
import { asyncBoundary, boundary } from '../runtime/boundary.js';
import type { DriftRuntime } from '../runtime/drift-runtime.js';
import { getRuntime } from '../runtime/runtime-registry.js';

/** `buildCallGraph`'s result (spec 004 §10.5 `CallGraphStats`): what the build did and the graph's size. */
export interface CallGraphStats extends CallGraphCounts {
  readonly update: CallGraphUpdate;
}

/** A subgraph around one function (spec 004 §10.5 `CallGraphSubset`). */
export interface CallGraphSubset {
  readonly center: CallGraphNode;
  /** Nodes within `depth` calls of the center, callers and callees, the center first. */
  readonly nodes: readonly CallGraphNode[];
  /** Edges between those nodes. */
  readonly edges: readonly CallGraphEdge[];
}

/**
 * Files whose exports are used from outside the import graph: `index`/`main` modules, tool
 * configuration files (`vitest.config.ts`, `eslint.config.mjs`, loaded by their tool) and
 * declaration files (ambient and merged declarations, used by the compiler).
 */
const ENTRY_FILE =
  /(?:^|\/)(?:index|main|mod|lib)\.[cm]?[jt]sx?$|\.config\.[cm]?[jt]s$|\.d\.[cm]?ts$/;

/** Largest `depth` of `queryCallGraph`: beyond it a subgraph is most of a project. */
export const MAX_SUBGRAPH_DEPTH = 5;

const indexes = new WeakMap<DriftRuntime, { stamp: string; index: CallGraphIndex }>();

/** The stored graph in adjacency form, cached per runtime until the stored graph changes. */
function graphIndex(runtime: DriftRuntime): CallGraphIndex {
  const db = runtime.db.reader();
  const stamp = getMeta(db, META_CALL_GRAPH_VERSION) ?? '0';
  const cached = indexes.get(runtime);
  if (cached?.stamp === stamp) return cached.index;
  const index = CallGraphIndex.of(readCallGraph(db));
  indexes.set(runtime, { stamp, index });
  return index;
}

/**
 * The stored call graph of `runtime` in adjacency form (cached until it changes).
 *
 * @throws DriftError `NOT_FOUND` when no graph has been built yet.
 */
export function callGraphIndexOf(runtime: DriftRuntime): CallGraphIndex {
  requireGraph(runtime);
  return graphIndex(runtime);
}

function requireGraph(runtime: DriftRuntime): void {
  if (callGraphCounts(runtime.db.reader()).files === 0) {
    throw new DriftError(
      'NOT_FOUND',
      'no call graph in drift.db yet; run `drift scan` (or `drift callgraph build`) first',
    );
  }
}

/** Runs a query on the stored graph of the runtime, as an engine function (`DriftError`s only). */
function withGraph<T>(query: (runtime: DriftRuntime) => T): T {
  return boundary(() => {
    const runtime = getRuntime();
    requireGraph(runtime);
    return query(runtime);
  });
}

/**
 * The node a reference names: a node id (`src/user.ts#UserService.find`) or
 * `file:name` with a qualified or simple name (`src/user.ts:UserService.find`,
 * `src/user.ts:find`).
 *
 * @throws DriftError `NOT_FOUND` when nothing matches; `INVALID_FILTER` when `file:name` matches
 *   several functions (the message lists their ids).
 */
export function resolveFunction(ref: string): CallGraphNode {
  return withGraph((runtime) => {
    return resolveIn(runtime, ref);
  });
}

function resolveIn(runtime: DriftRuntime, ref: string): CallGraphNode {
  const db = runtime.db.reader();
  const byId = callGraphNode(db, ref);
  if (byId !== undefined) return byId;
  const colon = ref.lastIndexOf(':');
  const candidates =
    colon > 0 ? callGraphNodesNamed(db, ref.slice(0, colon), ref.slice(colon + 1)) : [];
  const [only] = candidates;
  if (only !== undefined && candidates.length === 1) return only;
  if (candidates.length > 1) {
    throw new DriftError(
      'INVALID_FILTER',
      `${ref} names ${candidates.length} functions: ${candidates.map((c) => c.id).join(', ')}; pass one id`,
    );
  }
  throw new DriftError(
    'NOT_FOUND',
    `no function ${ref} in the call graph; address one by id or as file:name (\`drift callgraph callers <file>:<name>\`)`,
  );
}

/**
 * Brings the call graph in drift.db up to date with the stored facts (spec 004 §10.5
 * `build_call_graph`): incremental unless `full` (see `updateStoredCallGraph`); `drift scan`
 * does the same after every complete scan. Takes the workspace lock.
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `DB_BUSY` (a scan holds the lock), `STORAGE_ERROR`.
 */
export async function buildCallGraph(options: { full?: boolean } = {}): Promise<CallGraphStats> {
  return asyncBoundary(() => {
    const runtime = getRuntime();
    const lock = acquireWorkspaceLock(runtime.paths.lockPath, 'call graph build');
    try {
      const update = updateStoredCallGraph({
        db: runtime.db,
        root: runtime.paths.projectRoot,
        cache: runtime.callGraphCache,
        ...(options.full === true ? { full: true } : {}),
      });
      return Promise.resolve({ ...callGraphCounts(runtime.db.reader()), update });
    } finally {
      lock.release();
    }
  });
}

/** The stored graph's size: nodes, edges by resolution kind, entry points by kind, call-site tallies. */
export function queryCallGraphStats(): CallGraphCounts {
  return boundary(() => callGraphCounts(getRuntime().db.reader()));
}

/**
 * Direct callers of a function, one item per call site (spec 004 §10.5 `query_callers`), with
 * keyset pagination (50 a page, at most 100).
 *
 * @throws DriftError `NOT_FOUND`, `INVALID_FILTER`, `INVALID_CURSOR`.
 */
export function queryCallers(
  ref: string,
  page?: PaginationOptions,
): PaginatedResult<CallGraphNeighbour> {
  return withGraph((runtime) => {
    return readCallers(runtime.db.reader(), resolveIn(runtime, ref).id, page);
  });
}

/**
 * Direct callees of a function, one item per call site (spec 004 §10.5 `query_callees`), with
 * keyset pagination.
 *
 * @throws DriftError `NOT_FOUND`, `INVALID_FILTER`, `INVALID_CURSOR`.
 */
export function queryCallees(
  ref: string,
  page?: PaginationOptions,
): PaginatedResult<CallGraphNeighbour> {
  return withGraph((runtime) => {
    return readCallees(runtime.db.reader(), resolveIn(runtime, ref).id, page);
  });
}

/**
 * Entry points (route handlers, `main`, exported API, CLI commands, tests, lifecycle hooks, event
 * handlers), optionally of some kinds, by id (spec 004 §10.5 `query_entry_points`).
 *
 * @throws DriftError `INVALID_CURSOR`, `INVALID_FILTER`.
 */
export function queryEntryPoints(
  kinds?: readonly EntryPointKind[],
  page?: PaginationOptions,
): PaginatedResult<CallGraphNode> {
  return boundary(() => readEntryPoints(getRuntime().db.reader(), kinds, page));
}

/**
 * The functions within `depth` calls of a function, in both directions, and the edges between
 * them (spec 004 §10.5 `query_call_graph`).
 *
 * @param depth 1 to {@link MAX_SUBGRAPH_DEPTH}.
 * @throws DriftError `NOT_FOUND`, `INVALID_FILTER` (ambiguous name or depth out of range).
 */
export function queryCallGraph(ref: string, depth = 1): CallGraphSubset {
  return boundary(() => {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_SUBGRAPH_DEPTH)
      throw new DriftError(
        'INVALID_FILTER',
        `depth must be an integer from 1 to ${MAX_SUBGRAPH_DEPTH}, got ${String(depth)}`,
      );
    const runtime = getRuntime();
    requireGraph(runtime);
    const center = resolveIn(runtime, ref);
    const index = graphIndex(runtime);
    const forward = analyzeGraphReachability(index, center.id, undefined, { maxDepth: depth });
    const backward = reachingTo(index, center.id, { maxDepth: depth });
    const ids = new Set([
      center.id,
      ...forward.reachable.map((r) => r.node.id),
      ...backward.callers.map((r) => r.node.id),
    ]);
    const nodes = [...ids].map((id) => index.nodes[index.nodeIndexOf(id) ?? -1] ?? center);
    const edges = index.edges.filter((e) => ids.has(e.caller) && ids.has(e.callee));
    return { center, nodes, edges };
  });
}

/**
 * What a function can reach (forward breadth-first search with widest-path confidences), and
 * whether it reaches `target` (spec 004 §10.6 `analyze_reachability`).
 *
 * @throws DriftError `NOT_FOUND`, `INVALID_FILTER`, `CALL_GRAPH_ERROR` (bad options).
 */
export function analyzeReachability(
  source: string,
  target?: string,
  options: TraversalOptions = {},
): ReachabilityAnalysis {
  return withGraph((runtime) => {
    const from = resolveIn(runtime, source).id;
    const to = target === undefined ? undefined : resolveIn(runtime, target).id;
    return analyzeGraphReachability(graphIndex(runtime), from, to, options);
  });
}

/**
 * Every function that reaches `target` (inverse reachability) and the entry points among them,
 * by kind.
 *
 * @throws DriftError `NOT_FOUND`, `INVALID_FILTER`, `CALL_GRAPH_ERROR` (bad options).
 */
export function analyzeInverseReachability(
  target: string,
  options: TraversalOptions = {},
): ReachingTo {
  return withGraph((runtime) => {
    return reachingTo(graphIndex(runtime), resolveIn(runtime, target).id, options);
  });
}

/**
 * The shortest call path from `source` to `target`, with its edges, or null (spec 004 §10.6
 * `find_path`).
 *
 * @throws DriftError `NOT_FOUND`, `INVALID_FILTER`.
 */
export function findPath(source: string, target: string): CallPath | null {
  return withGraph((runtime) => {
    return findGraphPath(
      graphIndex(runtime),
      resolveIn(runtime, source).id,
      resolveIn(runtime, target).id,
    );
  });
}

/** What `analyzeImpact` looks at: functions (ids or `file:name`) or changed files (root-relative). */
export type ImpactTarget =
  { readonly functions: readonly string[] } | { readonly files: readonly string[] };

/**
 * What breaks if these functions or files change (spec 004 §10.6 `analyze_impact`): affected
 * callers, entry points and tests, and a 0–100 risk score with its reasons.
 *
 * @throws DriftError `NOT_FOUND`, `INVALID_FILTER`, `CALL_GRAPH_ERROR`.
 */
export function analyzeImpact(
  target: ImpactTarget,
  options: TraversalOptions = {},
): ImpactAnalysis {
  return withGraph((runtime) => {
    const selection =
      'functions' in target
        ? { functionIds: target.functions.map((ref) => resolveIn(runtime, ref).id) }
        : { changedFiles: target.files };
    return analyzeGraphImpact(graphIndex(runtime), selection, options);
  });
}

/**
 * The project's symbol index (for analyses that need imports): the last update's when it is
 * current, else rebuilt from the stored facts.
 */
function symbolIndex(runtime: DriftRuntime): SymbolIndex {
  const version = getMeta(runtime.db.reader(), META_CALL_GRAPH_VERSION);
  return (
    runtime.callGraphCache.peek(version)?.index ??
    storedSymbolIndex(
      runtime.db,
      new ProjectFileReader(runtime.paths.projectRoot, storedFilePaths(runtime.db.reader())).read,
    )
  );
}

/**
 * Functions no entry point reaches (spec 004 §10.6 `find_dead_code`), each with a confidence
 * lowered for exported API, framework-magic names, possible overrides (methods of classes that
 * extend or implement something) and reflection-heavy languages; module-level code of imported
 * files counts as run.
 *
 * @throws DriftError `NOT_FOUND` (no graph yet).
 */
export async function findDeadCode(): Promise<DeadCodeReport> {
  return asyncBoundary(() => {
    const runtime = getRuntime();
    requireGraph(runtime);
    const index = symbolIndex(runtime);
    const importedFiles = new Set<string>();
    const overridableClasses = new Set<string>();
    for (const path of index.paths()) {
      for (const resolved of resolveImports(path, index)) {
        for (const file of resolved.files) importedFiles.add(file);
      }
      for (const c of index.symbolsOf(path)?.facts.classes ?? []) {
        if (c.extends.length > 0 || c.implements.length > 0) overridableClasses.add(c.name);
      }
    }
    const dynamicNames = dynamicNamesOf([...index.files()].map((symbols) => symbols.facts));
    return Promise.resolve(
      findGraphDeadCode(graphIndex(runtime), { importedFiles, overridableClasses, dynamicNames }),
    );
  });
}

/** Recursion in the call graph: self-calls and strongly connected components of several functions. */
export function queryCallGraphCycles(): CallGraphCycle[] {
  return withGraph((runtime) => {
    return callGraphCycles(graphIndex(runtime));
  });
}

/**
 * Module coupling (spec 004 §10.10 `analyze_coupling`): Martin's metrics per file and module,
 * dependency cycles with cut suggestions, hotspots and unused exports, from the imports of the
 * stored facts resolved as the call graph resolves them. Exports of the files a package exposes
 * (`package.json` `exports`/`main`/`bin`), of `index`/`main` files, tool configuration files
 * and declaration files are never unused.
 *
 * @throws DriftError `NOT_FOUND` (nothing scanned yet), `CALL_GRAPH_ERROR`.
 */
export async function analyzeCoupling(): Promise<CouplingReport> {
  return asyncBoundary(() => {
    const runtime = getRuntime();
    requireGraph(runtime);
    const roots = JSON.parse(getMeta(runtime.db.reader(), META_PACKAGE_ROOTS) ?? '[]') as string[];
    const index = symbolIndex(runtime);
    const { files, dependencies } = projectDependencies(index, roots);
    const entryFiles = new Set([
      ...index.packageEntryFiles(),
      ...files.filter((f) => ENTRY_FILE.test(f.path)).map((f) => f.path),
    ]);
    return Promise.resolve(analyzeModuleCoupling(files, dependencies, { entryFiles }));
  });
}

/** The whole stored graph, for `drift callgraph export`. */
export function exportCallGraph(): CallGraph {
  return withGraph((runtime) => {
    return readCallGraph(runtime.db.reader());
  });
}
