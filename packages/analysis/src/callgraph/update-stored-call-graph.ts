import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallGraphUpdate } from '@drift/core';
import {
  CallGraphWriter,
  callGraphFileStates,
  getMeta,
  parsedFileStates,
  readProjectFacts,
  setMeta,
  type DatabaseManager,
} from '@drift/storage';
import { fileEntryPoints } from '../entry-points/file-entry-points.js';
import { hashContent } from '../scanner/hash.js';
import { resolveFileCalls } from './call-resolver.js';
import { dependentFiles } from './dependent-files.js';
import { nodesOfSymbols } from './file-symbols.js';
import type { ReadProjectFile } from './project-input.js';
import { SymbolIndex } from './symbol-index.js';

/** The meta key holding the configuration files the stored graph was resolved with. */
export const META_CALL_GRAPH_CONFIG = 'call_graph.config';

/** Options of {@link updateStoredCallGraph}. */
export interface UpdateCallGraphOptions {
  readonly db: DatabaseManager;
  /** Absolute project root, to read `tsconfig.json`, `package.json`, `go.mod` … */
  readonly root: string;
  /** Resolve every file again. */
  readonly full?: boolean;
}

/**
 * Reads configuration files from disk once each, and remembers the hash (xxh64) of each one
 * asked for (null when it does not exist).
 */
function recordingReader(root: string): {
  read: ReadProjectFile;
  seen: Map<string, string | null>;
} {
  const seen = new Map<string, string | null>();
  const texts = new Map<string, string | null>();
  const read: ReadProjectFile = (path) => {
    const cached = texts.get(path);
    if (cached !== undefined || texts.has(path)) return cached ?? null;
    let text: string | null;
    try {
      text = readFileSync(join(root, path), 'utf8');
    } catch {
      text = null;
    }
    texts.set(path, text);
    seen.set(path, text === null ? null : hashContent(Buffer.from(text), 'xxh64'));
    return text;
  };
  return { read, seen };
}

/** Whether any configuration file read by the last build has changed (or appeared) since. */
function configurationChanged(
  reader: ReturnType<typeof recordingReader>,
  stored: string | undefined,
): boolean {
  if (stored === undefined) return true;
  const before = JSON.parse(stored) as Record<string, string | null>;
  for (const [path, hash] of Object.entries(before)) {
    reader.read(path);
    if (reader.seen.get(path) !== hash) return true;
  }
  return false;
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

/** Caller files of stored edges into the functions of `paths` (their callers must be resolved again). */
function storedCallersOf(db: DatabaseManager, paths: readonly string[]): string[] {
  if (paths.length === 0) return [];
  const rows = db.writer
    .prepare(
      `SELECT DISTINCT cf.path FROM call_graph_edges e
         JOIN call_graph_nodes n ON n.id = e.callee
         JOIN files f ON f.id = n.file_id
         JOIN files cf ON cf.id = e.file_id
        WHERE f.path IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(paths)) as { path: string }[];
  return rows.map((row) => row.path);
}

/**
 * Brings the call graph stored in drift.db (migration 004) up to date with the stored facts
 * (issue 5 "Incremental"): files parsed since the graph was built get new nodes (with their
 * entry points, {@link fileEntryPoints}), and the outgoing edges of those files, of the files
 * that import them or call into them (`dependentFiles`, and the callers the stored edges
 * record), are resolved again; a removed file's nodes and edges are dropped. A first build,
 * `full`, or a change of a configuration file the module resolution read (`tsconfig.json`,
 * `package.json`, `go.mod` … compared by xxh64) resolves everything. One write transaction.
 *
 * @throws DriftError `STORAGE_ERROR`, `DB_BUSY`, `DB_DISK_FULL` from drift.db.
 */
export function updateStoredCallGraph(options: UpdateCallGraphOptions): CallGraphUpdate {
  const started = performance.now();
  const { db, root } = options;
  const states = parsedFileStates(db.writer);
  const built = callGraphFileStates(db.writer);
  const reader = recordingReader(root);
  const full =
    options.full === true ||
    built.size === 0 ||
    configurationChanged(reader, getMeta(db.writer, META_CALL_GRAPH_CONFIG));
  const changed = [...states.values()]
    .filter((state) => full || built.get(state.path)?.scannedAt !== state.scannedAt)
    .map((state) => state.path);
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
  const facts = readProjectFacts(db.writer);
  const { read, seen } = reader;
  const index = SymbolIndex.build(
    [...facts].map(([path, fileFacts]) => ({ path, facts: fileFacts })),
    read,
  );
  const toResolve = full
    ? changed
    : [
        ...new Set([
          ...changed,
          ...dependentFiles([...changed, ...removed], index, {
            previousNames: storedNamesOf(db, changed),
          }),
          ...storedCallersOf(db, [...changed, ...removed]),
        ]),
      ].filter((path) => states.has(path));
  const writer = new CallGraphWriter(db.writer);
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
        calls: facts.get(path)?.calls.length ?? 0,
        unresolved: resolution.unresolved,
        external: resolution.external,
      });
    }
    setMeta(db.writer, META_CALL_GRAPH_CONFIG, JSON.stringify(Object.fromEntries(seen)));
  });
  return {
    mode: full ? 'full' : 'incremental',
    filesRebuilt: changed.length,
    filesResolved: toResolve.length,
    filesRemoved: removed.length,
    durationMs: performance.now() - started,
  };
}
