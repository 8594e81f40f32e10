import {
  decodeCursor,
  encodeCursor,
  pageSize,
  type CallGraph,
  type CallGraphEdge,
  type CallGraphNode,
  type CodeLanguage,
  type EntryPointKind,
  type PaginatedResult,
  type PaginationOptions,
  type ResolutionKind,
} from '@drift/core';
import type { Database, Statement } from 'better-sqlite3';

/** The call-graph state of one caller file (migrations 004, 005): what its edges were resolved from. */
export interface CallGraphFileState {
  readonly path: string;
  /** `files.last_scanned_at` (epoch ms) when the file's nodes and edges were written. */
  readonly scannedAt: number;
}

/** A parsed file as it is now: the input of a call-graph update. */
export interface ParsedFileState {
  readonly id: number;
  readonly path: string;
  /** `files.last_scanned_at`, epoch ms. */
  readonly scannedAt: number;
}

/** Resolution tallies of one caller file. */
export interface CallTallies {
  /** Call sites in the file. */
  readonly calls: number;
  /** Call sites with several project candidates and no way to choose. */
  readonly unresolved: number;
  /** Call sites with no project candidate (libraries, the runtime). */
  readonly external: number;
}

/** Whole-graph counts. */
export interface CallGraphCounts extends CallTallies {
  readonly nodes: number;
  readonly edges: number;
  /** Files the graph was built from. */
  readonly files: number;
  readonly entryPoints: number;
  /** Edges per resolution kind (calls and references). */
  readonly byKind: Readonly<Record<ResolutionKind, number>>;
  /** Edges of functions passed as values (`CallGraphEdge.reference`), among `edges`. */
  readonly references: number;
  /** Dispatch edges (a method to its overrides, `CallGraphEdge.dispatch`), not among `edges` or `byKind`. */
  readonly dispatch: number;
  /** Entry points per kind. */
  readonly entryPointsByKind: Readonly<Partial<Record<EntryPointKind, number>>>;
}

interface NodeRow {
  id: string;
  path: string;
  language: CodeLanguage;
  name: string;
  qualified_name: string;
  class_name: string | null;
  start_line: number;
  end_line: number;
  is_exported: number;
  entry_point: EntryPointKind | null;
}

interface EdgeRow {
  id: number;
  caller: string;
  callee: string;
  path: string;
  line: number;
  column: number;
  kind: ResolutionKind;
  confidence: number;
  reference: number;
  registers: EntryPointKind | null;
  dispatch: number;
}

const NODE_COLUMNS = `n.id, f.path, f.language, n.name, n.qualified_name, n.class_name, n.start_line,
  n.end_line, n.is_exported, n.entry_point`;
const EDGE_COLUMNS =
  'e.id, e.caller, e.callee, f.path, e.line, e.column, e.kind, e.confidence, e.reference, e.registers, e.dispatch';

function nodeOf(row: NodeRow): CallGraphNode {
  return {
    id: row.id,
    file: row.path,
    language: row.language,
    name: row.name,
    qualifiedName: row.qualified_name,
    className: row.class_name,
    startLine: row.start_line,
    endLine: row.end_line,
    isExported: row.is_exported === 1,
    entryPoint: row.entry_point,
  };
}

function edgeOf(row: EdgeRow): CallGraphEdge {
  return {
    caller: row.caller,
    callee: row.callee,
    file: row.path,
    line: row.line,
    column: row.column,
    kind: row.kind,
    confidence: row.confidence,
    reference: row.reference === 1,
    ...(row.registers === null ? {} : { registers: row.registers }),
    ...(row.dispatch === 1 ? { dispatch: true } : {}),
  };
}

/** Parsed files with their scan stamps, by path. */
export function parsedFileStates(db: Database): Map<string, ParsedFileState> {
  const rows = db
    .prepare(
      'SELECT id, path, last_scanned_at AS scannedAt FROM files WHERE parse_errors IS NOT NULL',
    )
    .all() as ParsedFileState[];
  return new Map(rows.map((row) => [row.path, row]));
}

/** The files the stored call graph was built from, by path. */
export function callGraphFileStates(db: Database): Map<string, CallGraphFileState> {
  const rows = db
    .prepare('SELECT path, scanned_at AS scannedAt FROM call_graph_files')
    .all() as CallGraphFileState[];
  return new Map(rows.map((row) => [row.path, row]));
}

/**
 * Prepared writes of the call graph, for use inside one transaction: a caller file's nodes,
 * edges and tallies are replaced together.
 */
export class CallGraphWriter {
  readonly #deleteNodes: Statement;
  readonly #deleteEdges: Statement;
  readonly #deleteFile: Statement;
  readonly #node: Statement;
  readonly #edge: Statement;
  readonly #file: Statement;
  readonly #entryPoint: Statement;
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
    this.#deleteNodes = db.prepare('DELETE FROM call_graph_nodes WHERE file_id = ?');
    this.#deleteEdges = db.prepare('DELETE FROM call_graph_edges WHERE file_id = ?');
    this.#deleteFile = db.prepare('DELETE FROM call_graph_files WHERE path = ?');
    this.#node = db.prepare(
      `INSERT INTO call_graph_nodes (id, file_id, name, qualified_name, class_name, start_line,
         end_line, is_exported, entry_point, declared_entry_point) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#edge = db.prepare(
      `INSERT INTO call_graph_edges (file_id, caller, callee, line, column, kind, confidence, reference, registers, dispatch)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#entryPoint = db.prepare('UPDATE call_graph_nodes SET entry_point = ? WHERE id = ?');
    this.#file = db.prepare(
      `INSERT OR REPLACE INTO call_graph_files (path, scanned_at, calls, unresolved, external)
       VALUES (?, ?, ?, ?, ?)`,
    );
  }

  /** Deletes the whole graph. */
  clear(): void {
    this.#db.exec(
      'DELETE FROM call_graph_edges; DELETE FROM call_graph_nodes; DELETE FROM call_graph_files;',
    );
  }

  /** Replaces the nodes of a file; their `entryPoint` is stored as declared (see {@link registeredEntryPoints}). */
  writeNodes(fileId: number, nodes: readonly CallGraphNode[]): void {
    this.#deleteNodes.run(fileId);
    for (const n of nodes) {
      this.#node.run(
        n.id,
        fileId,
        n.name,
        n.qualifiedName,
        n.className,
        n.startLine,
        n.endLine,
        n.isExported ? 1 : 0,
        n.entryPoint,
        n.entryPoint,
      );
    }
  }

  /** Replaces the outgoing edges of a caller file and records the version they came from. */
  writeEdges(file: ParsedFileState, edges: readonly CallGraphEdge[], tallies: CallTallies): void {
    this.#deleteEdges.run(file.id);
    for (const e of edges) {
      this.#edge.run(
        file.id,
        e.caller,
        e.callee,
        e.line,
        e.column,
        e.kind,
        e.confidence,
        e.reference ? 1 : 0,
        e.registers ?? null,
        e.dispatch === true ? 1 : 0,
      );
    }
    this.#file.run(file.path, file.scannedAt, tallies.calls, tallies.unresolved, tallies.external);
  }

  /** Sets the entry point of a node (its declared one raised by registrations). */
  setEntryPoint(id: string, kind: EntryPointKind | null): void {
    this.#entryPoint.run(kind, id);
  }

  /** Forgets a file that is no longer parsed (its nodes and edges went with its `files` row, or go now). */
  forget(path: string, fileId?: number): void {
    if (fileId !== undefined) {
      this.#deleteNodes.run(fileId);
      this.#deleteEdges.run(fileId);
    }
    this.#deleteFile.run(path);
  }
}

/** A node whose entry point registrations may decide (see {@link registeredEntryPoints}). */
export interface RegisteredEntryPoint {
  readonly id: string;
  /** The entry point its own file declares. */
  readonly declared: EntryPointKind | null;
  /** The entry point stored now. */
  readonly current: EntryPointKind | null;
  /** The kinds the reference edges into it register, distinct. */
  readonly registered: readonly EntryPointKind[];
}

/**
 * The nodes whose entry point may differ from the one their file declares: callees of
 * registration edges (`registers` set), and nodes whose stored entry point is not the declared
 * one (a registration that has gone). O(nodes) scan plus the registration edges.
 */
export function registeredEntryPoints(db: Database): RegisteredEntryPoint[] {
  const rows = db
    .prepare(
      `SELECT n.id, n.declared_entry_point AS declared, n.entry_point AS current,
              (SELECT group_concat(DISTINCT e.registers) FROM call_graph_edges e
                WHERE e.callee = n.id AND e.registers IS NOT NULL) AS registered
         FROM call_graph_nodes n
        WHERE n.id IN (SELECT callee FROM call_graph_edges WHERE registers IS NOT NULL)
           OR n.entry_point IS NOT n.declared_entry_point`,
    )
    .all() as {
    id: string;
    declared: EntryPointKind | null;
    current: EntryPointKind | null;
    registered: string | null;
  }[];
  return rows.map((row) => ({
    id: row.id,
    declared: row.declared,
    current: row.current,
    registered: row.registered === null ? [] : (row.registered.split(',') as EntryPointKind[]),
  }));
}

/** Every node and edge of the stored graph, for the analyses that traverse it in memory. */
export function readCallGraph(db: Database): CallGraph {
  const nodes = (
    db
      .prepare(
        `SELECT ${NODE_COLUMNS} FROM call_graph_nodes n JOIN files f ON f.id = n.file_id ORDER BY n.id`,
      )
      .all() as NodeRow[]
  ).map(nodeOf);
  const edges = (
    db
      .prepare(
        `SELECT ${EDGE_COLUMNS} FROM call_graph_edges e JOIN files f ON f.id = e.file_id ORDER BY e.id`,
      )
      .all() as EdgeRow[]
  ).map(edgeOf);
  return { nodes, edges };
}

/** Whole-graph counts. */
export function callGraphCounts(db: Database): CallGraphCounts {
  const totals = db
    .prepare(
      `SELECT count(*) AS files, coalesce(sum(calls), 0) AS calls,
              coalesce(sum(unresolved), 0) AS unresolved, coalesce(sum(external), 0) AS external
         FROM call_graph_files`,
    )
    .get() as { files: number; calls: number; unresolved: number; external: number };
  const nodes = (db.prepare('SELECT count(*) AS n FROM call_graph_nodes').get() as { n: number }).n;
  const byKind: Record<ResolutionKind, number> = {
    local: 0,
    import: 0,
    this: 0,
    instance: 0,
    name: 0,
  };
  let edges = 0;
  let references = 0;
  let dispatch = 0;
  for (const row of db
    .prepare(
      'SELECT kind, dispatch, count(*) AS n, sum(reference) AS refs FROM call_graph_edges GROUP BY kind, dispatch',
    )
    .all() as { kind: ResolutionKind; dispatch: number; n: number; refs: number }[]) {
    if (row.dispatch === 1) {
      dispatch += row.n;
      continue;
    }
    byKind[row.kind] += row.n;
    edges += row.n;
    references += row.refs;
  }
  const entryPointsByKind: Partial<Record<EntryPointKind, number>> = {};
  let entryPoints = 0;
  for (const row of db
    .prepare(
      `SELECT entry_point AS kind, count(*) AS n FROM call_graph_nodes
        WHERE entry_point IS NOT NULL GROUP BY entry_point ORDER BY entry_point`,
    )
    .all() as { kind: EntryPointKind; n: number }[]) {
    entryPointsByKind[row.kind] = row.n;
    entryPoints += row.n;
  }
  return {
    ...totals,
    nodes,
    edges,
    references,
    dispatch,
    entryPoints,
    byKind,
    entryPointsByKind,
  };
}

/** A node by id, or undefined. */
export function callGraphNode(db: Database, id: string): CallGraphNode | undefined {
  const row = db
    .prepare(
      `SELECT ${NODE_COLUMNS} FROM call_graph_nodes n JOIN files f ON f.id = n.file_id WHERE n.id = ?`,
    )
    .get(id) as NodeRow | undefined;
  return row === undefined ? undefined : nodeOf(row);
}

/**
 * The nodes of a file whose qualified name or name is `name` (`UserService.find` or `find`), in
 * id order: how `file:name` addresses a function on the command line.
 */
export function callGraphNodesNamed(db: Database, path: string, name: string): CallGraphNode[] {
  return (
    db
      .prepare(
        `SELECT ${NODE_COLUMNS} FROM call_graph_nodes n JOIN files f ON f.id = n.file_id
          WHERE f.path = ? AND (n.qualified_name = ? OR n.name = ?) ORDER BY n.id`,
      )
      .all(path, name, name) as NodeRow[]
  ).map(nodeOf);
}

/** A neighbour in the call graph: the function and the call site that links it. */
export interface CallGraphNeighbour {
  readonly node: CallGraphNode;
  readonly edge: CallGraphEdge;
}

function neighbours(
  db: Database,
  id: string,
  direction: 'callers' | 'callees',
  page: PaginationOptions,
): PaginatedResult<CallGraphNeighbour> {
  const limit = pageSize(page.limit);
  const after = page.cursor === undefined ? 0 : Number(decodeCursor(page.cursor).id);
  const [match, other] =
    direction === 'callers' ? (['callee', 'caller'] as const) : (['caller', 'callee'] as const);
  const rows = db
    .prepare(
      `SELECT ${EDGE_COLUMNS} FROM call_graph_edges e JOIN files f ON f.id = e.file_id
        WHERE e.${match} = ? AND e.id > ? ORDER BY e.id LIMIT ?`,
    )
    .all(id, Number.isInteger(after) ? after : 0, limit + 1) as EdgeRow[];
  const rowsOfPage = rows.slice(0, limit);
  const nodes = new Map(
    (
      db
        .prepare(
          `SELECT ${NODE_COLUMNS} FROM call_graph_nodes n JOIN files f ON f.id = n.file_id
            WHERE n.id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(rowsOfPage.map((row) => row[other]))) as NodeRow[]
    ).map((row) => [row.id, nodeOf(row)]),
  );
  const items = rowsOfPage.flatMap((row) => {
    const node = nodes.get(row[other]);
    return node === undefined ? [] : [{ node, edge: edgeOf(row), edgeId: row.id }];
  });
  const last = items.at(-1);
  const hasMore = rows.length > limit && last !== undefined;
  const total = (
    db.prepare(`SELECT count(*) AS n FROM call_graph_edges WHERE ${match} = ?`).get(id) as {
      n: number;
    }
  ).n;
  return {
    items: items.map(({ node, edge }) => ({ node, edge })),
    total,
    hasMore,
    nextCursor: hasMore ? encodeCursor(last.edgeId, last.edgeId) : null,
  };
}

/** Direct callers of a function, one item per call site, in call-site order (keyset pagination). */
export function queryCallers(
  db: Database,
  id: string,
  page: PaginationOptions = {},
): PaginatedResult<CallGraphNeighbour> {
  return neighbours(db, id, 'callers', page);
}

/** Direct callees of a function, one item per call site, in call-site order (keyset pagination). */
export function queryCallees(
  db: Database,
  id: string,
  page: PaginationOptions = {},
): PaginatedResult<CallGraphNeighbour> {
  return neighbours(db, id, 'callees', page);
}

/** Entry points, optionally of some kinds, in id order (keyset pagination). */
export function queryEntryPoints(
  db: Database,
  kinds: readonly EntryPointKind[] | undefined,
  page: PaginationOptions = {},
): PaginatedResult<CallGraphNode> {
  const limit = pageSize(page.limit);
  const after = page.cursor === undefined ? '' : decodeCursor(page.cursor).sortValue;
  const rows = db
    .prepare(
      `SELECT ${NODE_COLUMNS} FROM call_graph_nodes n JOIN files f ON f.id = n.file_id
        WHERE n.entry_point IS NOT NULL AND n.id > ?
          AND (? IS NULL OR n.entry_point IN (SELECT value FROM json_each(?)))
        ORDER BY n.id LIMIT ?`,
    )
    .all(
      after,
      kinds === undefined ? null : 1,
      JSON.stringify(kinds ?? []),
      limit + 1,
    ) as NodeRow[];
  const items = rows.slice(0, limit).map(nodeOf);
  const last = items.at(-1);
  const hasMore = rows.length > limit && last !== undefined;
  const total = (
    db
      .prepare(
        `SELECT count(*) AS n FROM call_graph_nodes WHERE entry_point IS NOT NULL
           AND (? IS NULL OR entry_point IN (SELECT value FROM json_each(?)))`,
      )
      .get(kinds === undefined ? null : 1, JSON.stringify(kinds ?? [])) as { n: number }
  ).n;
  return { items, total, hasMore, nextCursor: hasMore ? encodeCursor(last.id, 0) : null };
}
