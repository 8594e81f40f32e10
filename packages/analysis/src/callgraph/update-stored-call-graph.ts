import type { CallGraphUpdate, FileFacts } from '@drift/core';
import {
  CallGraphWriter,
  callGraphFileStates,
  getMeta,
  parsedFileStates,
  readProjectFacts,
  setMeta,
  storedFilePaths,
  type DatabaseManager,
  type ParsedFileState,
} from '@drift/storage';
import { fileEntryPoints } from '../entry-points/file-entry-points.js';
import type { CallGraphCache, CachedCallGraphProject } from './call-graph-cache.js';
import { resolveFileCalls } from './call-resolver.js';
import { DependencyGraph } from './dependency-graph.js';
import { dependentFiles } from './dependent-files.js';
import { nodesOfSymbols } from './file-symbols.js';
import { ProjectFileReader } from './project-file-reader.js';
import { applyRegisteredEntryPoints } from './registered-entry-points.js';
import { SymbolIndex } from './symbol-index.js';

/** The meta key holding the configuration files the stored graph was resolved with. */
export const META_CALL_GRAPH_CONFIG = 'call_graph.config';

/** The meta key holding the {@link CALL_GRAPH_FORMAT} the stored graph was built with. */
export const META_CALL_GRAPH_FORMAT = 'call_graph.format';

/**
 * The version of what a stored graph holds; bump it when resolution changes what edges or
 * nodes a build writes, so that the next update rebuilds the graph in full. 2: reference
 * edges (functions passed as values), typed variables, registered entry points. 3: dispatch
 * edges (method overrides). 4: definition edges (nested and decorator-registered functions). 5: applied decorators as references.
 */
export const CALL_GRAPH_FORMAT = '5';

/** The meta key counting the updates of the stored graph: a cache of it is stale when it moves. */
export const META_CALL_GRAPH_VERSION = 'call_graph.version';

/** Options of {@link updateStoredCallGraph}. */
export interface UpdateCallGraphOptions {
  readonly db: DatabaseManager;
  /** Absolute project root, to read `tsconfig.json`, `package.json`, `go.mod` … */
  readonly root: string;
  /** Resolve every file again. */
  readonly full?: boolean;
  /** The state of the previous update in this process, reused when it is still current. */
  readonly cache?: CallGraphCache;
  /**
   * Facts the caller has just written to drift.db, by path (a scan's parsed files): used
   * instead of reading those files' rows back (on a first scan of typeorm ~0.5 s).
   */
  readonly written?: ReadonlyMap<string, FileFacts>;
}

/** Whether any configuration file read by the last build has changed (or appeared) since. */
function configurationChanged(reader: ProjectFileReader, stored: string | undefined): boolean {
  if (stored === undefined) return true;
  let before: Record<string, string | null>;
  try {
    before = JSON.parse(stored) as Record<string, string | null>;
  } catch {
    return true;
  }
  for (const path of Object.keys(before)) reader.read(path);
  const now = reader.fingerprints();
  return Object.entries(before).some(([path, hash]) => now[path] !== hash);
}

/** Names and class names of the stored nodes of `paths`: what those files defined before the change. */
function storedNamesOf(db: DatabaseManager, paths: readonly string[]): string[] {
  if (paths.length === 0) return [];
  const rows = db.writer
    .prepare(
      `SELECT DISTINCT n.name, n.class_name AS className FROM call_graph_nodes n
         JOIN files f ON f.id = n.file_id
        WHERE f.path IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(paths)) as { name: string; className: string | null }[];
  return rows.flatMap((row) => (row.className === null ? [row.name] : [row.name, row.className]));
}

/**
 * Caller files of stored edges into the functions of `paths` (their callers must be resolved
 * again). Matched on the callee id's `path#` prefix, not through the callee's node: a removed
 * file's nodes are already gone with its `files` row, but the edges into them are not.
 */
function storedCallersOf(db: DatabaseManager, paths: readonly string[]): string[] {
  const callers = db.writer.prepare(
    `SELECT DISTINCT cf.path FROM call_graph_edges e JOIN files cf ON cf.id = e.file_id
      WHERE e.callee >= ? AND e.callee < ?`,
  );
  const found = new Set<string>();
  for (const path of paths) {
    // Ids of `path`'s nodes are `path#…`; '$' is the character after '#'.
    for (const row of callers.all(`${path}#`, `${path}$`) as { path: string }[]) {
      found.add(row.path);
    }
  }
  return [...found];
}

/**
 * What decides which files a module specifier names: the file's language, package or namespace
 * and declared classes (Java/Kotlin/C#/PHP imports name classes); the set of paths is compared
 * apart. Edits that keep it leave every other file's imports resolved as they were.
 */
function moduleSignature(facts: FileFacts): string {
  return [facts.language, facts.package ?? '', ...facts.classes.map((c) => c.qualifiedName)].join(
    '\0',
  );
}

/**
 * The facts of `states` (in their order, which the symbol index keeps) taken from `written`
 * when there, else read from drift.db; `everyFile` says `states` are all parsed files (read
 * with one pass over each table instead of by id).
 */
function factsOf(
  db: DatabaseManager,
  states: readonly ParsedFileState[],
  written: ReadonlyMap<string, FileFacts>,
  everyFile: boolean,
): Map<string, FileFacts> {
  const missing = states.filter((state) => !written.has(state.path));
  const stored =
    missing.length === 0
      ? new Map<string, FileFacts>()
      : readProjectFacts(
          db.reader(),
          everyFile && missing.length === states.length
            ? undefined
            : missing.map((state) => state.id),
        );
  const facts = new Map<string, FileFacts>();
  for (const { path } of states) {
    const fileFacts = written.get(path) ?? stored.get(path);
    if (fileFacts !== undefined) facts.set(path, fileFacts);
  }
  return facts;
}

/** The facts after the change: the cached ones patched with the changed files', or all. */
function currentFacts(
  db: DatabaseManager,
  cached: CachedCallGraphProject | undefined,
  states: ReadonlyMap<string, ParsedFileState>,
  changed: readonly ParsedFileState[],
  removed: readonly string[],
  written: ReadonlyMap<string, FileFacts>,
): Map<string, FileFacts> {
  if (cached === undefined) return factsOf(db, [...states.values()], written, true);
  const { facts } = cached;
  for (const path of removed) facts.delete(path);
  for (const [path, fileFacts] of factsOf(db, changed, written, false)) facts.set(path, fileFacts);
  return facts;
}

/**
 * The dependency graph of `index` after `changed` changed: the cached graph with the changed
 * files' parts replaced when no file was added or removed and no module signature moved
 * (see {@link moduleSignature}), else a new graph.
 */
function currentGraph(
  index: SymbolIndex,
  cached: CachedCallGraphProject | undefined,
  before: ReadonlyMap<string, string>,
  changed: readonly string[],
  removed: readonly string[],
): DependencyGraph {
  const graph = cached?.graph;
  const kept =
    graph !== undefined &&
    removed.length === 0 &&
    changed.every((path) => {
      const facts = index.symbolsOf(path)?.facts;
      return facts !== undefined && before.get(path) === moduleSignature(facts);
    });
  if (!kept) return DependencyGraph.build(index);
  graph.replaceFiles(changed, index);
  return graph;
}

/**
 * Brings the call graph stored in drift.db (migration 004) up to date with the stored facts
 * (issue 5 "Incremental"): files parsed since the graph was built get new nodes (with their
 * entry points, {@link fileEntryPoints}), and the outgoing edges of those files, of the files
 * that import them or call into them (`dependentFiles`, and the callers the stored edges
 * record), are resolved again; a removed file's nodes and edges are dropped. A first build,
 * `full`, or a change of a configuration file the module resolution read (`tsconfig.json`,
 * `package.json`, `go.mod` … compared by xxh64) or of {@link CALL_GRAPH_FORMAT} resolves
 * everything. Entry points declared by a file are raised by the registrations that pass its
 * functions to routers, CLIs and event emitters, wherever those are
 * ({@link applyRegisteredEntryPoints}). One write transaction.
 *
 * With a `cache` holding the previous update's state (same process, graph version unchanged),
 * only the changed files' facts are read and only their part of the dependency graph is
 * rebuilt; without one every file's facts are read from drift.db, except those in `written`
 * (what the caller has just stored: a scan's parsed files).
 *
 * @throws DriftError `STORAGE_ERROR`, `DB_BUSY`, `DB_DISK_FULL` from drift.db.
 */
export function updateStoredCallGraph(options: UpdateCallGraphOptions): CallGraphUpdate {
  const started = performance.now();
  const { db, root } = options;
  const states = parsedFileStates(db.writer);
  const built = callGraphFileStates(db.writer);
  const reader = new ProjectFileReader(root, storedFilePaths(db.writer));
  const version = getMeta(db.writer, META_CALL_GRAPH_VERSION);
  const full =
    options.full === true ||
    built.size === 0 ||
    getMeta(db.writer, META_CALL_GRAPH_FORMAT) !== CALL_GRAPH_FORMAT ||
    configurationChanged(reader, getMeta(db.writer, META_CALL_GRAPH_CONFIG));
  const changedStates = [...states.values()].filter(
    (state) => full || built.get(state.path)?.scannedAt !== state.scannedAt,
  );
  const changed = changedStates.map((state) => state.path);
  const removed = [...built.keys()].filter((path) => !states.has(path));
  if (!full && changed.length === 0 && removed.length === 0) {
    return {
      mode: 'unchanged',
      filesRebuilt: 0,
      filesResolved: 0,
      filesRemoved: 0,
      durationMs: performance.now() - started,
    };
  }
  const taken = options.cache?.take(version);
  const cached = full ? undefined : taken;
  const before = new Map<string, string>();
  for (const path of changed) {
    const facts = cached?.facts.get(path);
    if (facts !== undefined) before.set(path, moduleSignature(facts));
  }
  const facts = currentFacts(
    db,
    cached,
    states,
    changedStates,
    removed,
    options.written ?? new Map(),
  );
  const index = SymbolIndex.build(
    [...facts].map(([path, fileFacts]) => ({ path, facts: fileFacts })),
    reader.read,
  );
  const graph = full ? undefined : currentGraph(index, cached, before, changed, removed);
  const toResolve =
    graph === undefined
      ? changed
      : [
          ...new Set([
            ...changed,
            ...dependentFiles([...changed, ...removed], index, {
              previousNames: storedNamesOf(db, changed),
              graph,
            }),
            ...storedCallersOf(db, [...changed, ...removed]),
          ]),
        ].filter((path) => states.has(path));
  const writer = new CallGraphWriter(db.writer);
  const nextVersion = String(Number(version ?? '0') + 1);
  db.transaction(() => {
    if (full) writer.clear();
    for (const path of removed) writer.forget(path);
    for (const path of changed) {
      const symbols = index.symbolsOf(path);
      const state = states.get(path);
      if (symbols === undefined || state === undefined) continue;
      const entryPoints = fileEntryPoints({ path, facts: symbols.facts });
      const nodes = nodesOfSymbols(symbols).map((node, i) => ({
        ...node,
        entryPoint:
          i < symbols.functions.length ? (entryPoints.functions[i] ?? null) : entryPoints.module,
      }));
      writer.writeNodes(state.id, nodes);
    }
    for (const path of toResolve) {
      const state = states.get(path);
      if (state === undefined) continue;
      const resolution = resolveFileCalls(path, index);
      writer.writeEdges(state, resolution.edges, {
        calls: index.symbolsOf(path)?.facts.calls.length ?? 0,
        unresolved: resolution.unresolved,
        external: resolution.external,
      });
    }
    applyRegisteredEntryPoints(db, writer);
    setMeta(db.writer, META_CALL_GRAPH_CONFIG, JSON.stringify(reader.fingerprints()));
    setMeta(db.writer, META_CALL_GRAPH_FORMAT, CALL_GRAPH_FORMAT);
    setMeta(db.writer, META_CALL_GRAPH_VERSION, nextVersion);
  });
  options.cache?.keep({ version: nextVersion, facts, index, graph });
  return {
    mode: full ? 'full' : 'incremental',
    filesRebuilt: changed.length,
    filesResolved: toResolve.length,
    filesRemoved: removed.length,
    durationMs: performance.now() - started,
  };
}
