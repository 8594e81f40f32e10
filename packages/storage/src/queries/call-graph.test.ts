import { join } from 'node:path';
import type { CallGraphEdge, CallGraphNode } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { DatabaseManager } from '../database-manager.js';
import { useTempDir } from '../test-helpers/temp-dir.js';
import {
  CallGraphWriter,
  callGraphCounts,
  callGraphFileStates,
  callGraphNode,
  callGraphNodesNamed,
  parsedFileStates,
  queryCallees,
  queryCallers,
  queryEntryPoints,
  readCallGraph,
  registeredEntryPoints,
} from './call-graph.js';
import { FactWriter, readProjectFacts } from './facts.js';
import { FileWriter } from './files.js';

const temp = useTempDir();

function node(
  file: string,
  qualifiedName: string,
  entryPoint: CallGraphNode['entryPoint'] = null,
): CallGraphNode {
  return {
    id: `${file}#${qualifiedName}`,
    file,
    language: 'typescript',
    name: qualifiedName.split('.').at(-1) ?? qualifiedName,
    qualifiedName,
    className: qualifiedName.includes('.') ? (qualifiedName.split('.')[0] ?? null) : null,
    startLine: 1,
    endLine: 3,
    isExported: entryPoint === 'exported',
    entryPoint,
  };
}

function edge(caller: CallGraphNode, callee: CallGraphNode, line: number): CallGraphEdge {
  return {
    caller: caller.id,
    callee: callee.id,
    file: caller.file,
    line,
    column: 3,
    kind: 'import',
    confidence: 0.9,
    reference: false,
  };
}

async function graphDb(): Promise<{ db: DatabaseManager; ids: Map<string, number> }> {
  const db = await DatabaseManager.open({ path: join(temp(), 'drift.db') });
  const files = new FileWriter(db.writer);
  const facts = new FactWriter(db.writer);
  const ids = new Map<string, number>();
  db.transaction(() => {
    for (const path of ['a.ts', 'b.ts']) {
      const id = files.insert(
        {
          path,
          language: 'typescript',
          size: 1,
          mtimeMs: 1,
          contentHash: 'h',
          skipReason: null,
          invalidUtf8: false,
        },
        5,
      );
      facts.write(
        id,
        {
          language: 'typescript',
          package: null,
          functions: [],
          classes: [],
          imports: [],
          exports: [],
          calls: [],
          references: [],
          variableTypes: [],
          strings: [],
          errorCount: 0,
        },
        false,
      );
      ids.set(path, id);
    }
  });
  return { db, ids };
}

describe('call graph storage', () => {
  it('writes nodes and edges per file and answers callers, callees, entry points and counts', async () => {
    const { db, ids } = await graphDb();
    const main = node('a.ts', 'main', 'main');
    const helper = node('a.ts', 'helper');
    const find = node('b.ts', 'Repo.find', 'exported');
    const writer = new CallGraphWriter(db.writer);
    const states = parsedFileStates(db.writer);
    db.transaction(() => {
      writer.writeNodes(ids.get('a.ts') ?? 0, [main, helper]);
      writer.writeNodes(ids.get('b.ts') ?? 0, [find]);
      const a = states.get('a.ts');
      if (a === undefined) throw new Error('a.ts not parsed');
      writer.writeEdges(a, [edge(main, find, 2), edge(main, helper, 3), edge(helper, find, 7)], {
        calls: 5,
        unresolved: 1,
        external: 1,
      });
    });
    expect(callGraphFileStates(db.writer)).toEqual(
      new Map([['a.ts', { path: 'a.ts', scannedAt: 5 }]]),
    );
    expect(callGraphNode(db.writer, find.id)).toEqual(find);
    expect(callGraphNode(db.writer, 'nope')).toBeUndefined();
    expect(callGraphNodesNamed(db.writer, 'b.ts', 'find')).toEqual([find]);
    expect(callGraphNodesNamed(db.writer, 'b.ts', 'Repo.find')).toEqual([find]);

    const first = queryCallers(db.writer, find.id, { limit: 1 });
    expect(first.items.map((i) => [i.node.id, i.edge.line])).toEqual([[main.id, 2]]);
    expect(first).toMatchObject({ total: 2, hasMore: true });
    const second = queryCallers(db.writer, find.id, { limit: 1, cursor: first.nextCursor ?? '' });
    expect(second.items.map((i) => [i.node.id, i.edge.line])).toEqual([[helper.id, 7]]);
    expect(second).toMatchObject({ hasMore: false, nextCursor: null });
    expect(queryCallees(db.writer, main.id).items.map((i) => i.node.id)).toEqual([
      find.id,
      helper.id,
    ]);

    expect(queryEntryPoints(db.writer, undefined).items.map((n) => n.id)).toEqual([
      main.id,
      find.id,
    ]);
    const mains = queryEntryPoints(db.writer, ['main'], { limit: 1 });
    expect(mains).toMatchObject({ total: 1, hasMore: false });
    const paged = queryEntryPoints(db.writer, undefined, { limit: 1 });
    expect(
      queryEntryPoints(db.writer, undefined, { cursor: paged.nextCursor ?? '' }).items,
    ).toEqual([find]);

    expect(callGraphCounts(db.writer)).toEqual({
      files: 1,
      calls: 5,
      unresolved: 1,
      external: 1,
      nodes: 3,
      edges: 3,
      references: 0,
      dispatch: 0,
      entryPoints: 2,
      byKind: { local: 0, import: 3, this: 0, instance: 0, name: 0 },
      entryPointsByKind: { exported: 1, main: 1 },
    });
    const graph = readCallGraph(db.writer);
    expect(graph.nodes.map((n) => n.id)).toEqual([helper.id, main.id, find.id]);
    expect(graph.edges).toHaveLength(3);

    db.transaction(() => writer.forget('a.ts', ids.get('a.ts')));
    expect(readCallGraph(db.writer)).toEqual({ nodes: [find], edges: [] });
    expect(callGraphFileStates(db.writer).size).toBe(0);
    db.transaction(() => writer.clear());
    expect(callGraphCounts(db.writer).nodes).toBe(0);
    db.close();
  });

  it('keeps dispatch edges apart: read back with their flag, counted outside edges and byKind', async () => {
    const { db, ids } = await graphDb();
    const base = node('a.ts', 'Base.run');
    const override = node('a.ts', 'Sub.run');
    const writer = new CallGraphWriter(db.writer);
    const a = parsedFileStates(db.writer).get('a.ts');
    if (a === undefined) throw new Error('a.ts not parsed');
    db.transaction(() => {
      writer.writeNodes(ids.get('a.ts') ?? 0, [base, override]);
      writer.writeEdges(a, [{ ...edge(base, override, 4), kind: 'this', dispatch: true }], {
        calls: 0,
        unresolved: 0,
        external: 0,
      });
    });
    expect(readCallGraph(db.writer).edges).toEqual([
      { ...edge(base, override, 4), kind: 'this', dispatch: true },
    ]);
    expect(callGraphCounts(db.writer)).toMatchObject({
      edges: 0,
      dispatch: 1,
      byKind: { local: 0, import: 0, this: 0, instance: 0, name: 0 },
    });
    db.close();
  });

  it('reads the facts of a whole project or of some files in one pass per table', async () => {
    const { db, ids } = await graphDb();
    expect([...readProjectFacts(db.writer).keys()].sort()).toEqual(['a.ts', 'b.ts']);
    expect([...readProjectFacts(db.writer, [ids.get('b.ts') ?? 0]).keys()]).toEqual(['b.ts']);
    db.close();
  });

  it('stores reference edges with the entry point they register, and lists the nodes registrations may decide', async () => {
    const { db, ids } = await graphDb();
    const routes = node('a.ts', '<module>');
    const list = node('b.ts', 'list', 'exported');
    const helper = node('b.ts', 'helper');
    const writer = new CallGraphWriter(db.writer);
    const a = parsedFileStates(db.writer).get('a.ts');
    if (a === undefined) throw new Error('a.ts not parsed');
    const registration: CallGraphEdge = {
      ...edge(routes, list, 4),
      reference: true,
      registers: 'route',
    };
    const passed: CallGraphEdge = { ...edge(routes, helper, 5), reference: true };
    db.transaction(() => {
      writer.writeNodes(ids.get('a.ts') ?? 0, [routes]);
      writer.writeNodes(ids.get('b.ts') ?? 0, [list, helper]);
      writer.writeEdges(a, [edge(routes, helper, 2), registration, passed], {
        calls: 1,
        unresolved: 0,
        external: 0,
      });
    });
    expect(readCallGraph(db.writer).edges).toEqual([edge(routes, helper, 2), registration, passed]);
    expect(callGraphCounts(db.writer)).toMatchObject({ edges: 3, references: 2 });
    expect(registeredEntryPoints(db.writer)).toEqual([
      { id: list.id, declared: 'exported', current: 'exported', registered: ['route'] },
    ]);

    db.transaction(() => writer.setEntryPoint(list.id, 'route'));
    expect(callGraphNode(db.writer, list.id)?.entryPoint).toBe('route');
    db.transaction(() => writer.writeEdges(a, [], { calls: 0, unresolved: 0, external: 0 }));
    // The registration is gone: the node is listed because its entry point is not its declared one.
    expect(registeredEntryPoints(db.writer)).toEqual([
      { id: list.id, declared: 'exported', current: 'route', registered: [] },
    ]);
    db.close();
  });
});
