import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CallGraph } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { DriftClient } from '../client/drift-client.js';
import type {
  ExpectedEdge,
  FixtureExpectations,
} from '../test-helpers/call-graph-fixtures/fixture-expectations.js';
import { GO_API } from '../test-helpers/call-graph-fixtures/go-api.js';
import { JAVA_SERVICE } from '../test-helpers/call-graph-fixtures/java-service.js';
import { PY_LIBRARY } from '../test-helpers/call-graph-fixtures/py-library.js';
import { TS_SHOP } from '../test-helpers/call-graph-fixtures/ts-shop.js';
import { useProjects } from '../test-helpers/project.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/call-graph');

const project = useProjects();

/** Every file of a fixture folder, by root-relative path. */
function fixtureFiles(name: string): Record<string, string> {
  const root = join(FIXTURES, name);
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

async function scannedClient(files: Record<string, string>): Promise<DriftClient> {
  const client = await DriftClient.initialize({ projectRoot: project(files), env: {} });
  await client.scan({ threads: 1 });
  return client;
}

function byText<T>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** The graph with nodes and edges in a canonical order, for comparing two builds. */
function canonical(graph: CallGraph): CallGraph {
  return { nodes: byText(graph.nodes), edges: byText(graph.edges) };
}

/** `edges` without one occurrence of each of `removed`; fails when one is missing. */
function withoutEdges(
  edges: readonly ExpectedEdge[],
  removed: readonly ExpectedEdge[],
): ExpectedEdge[] {
  const left = [...edges];
  for (const edge of removed) {
    const at = left.findIndex((e) => e.join(' ') === edge.join(' '));
    expect(at, `edge to remove ${edge.join(' ')}`).toBeGreaterThanOrEqual(0);
    left.splice(at, 1);
  }
  return left;
}

const FIXTURE_EXPECTATIONS: readonly FixtureExpectations[] = [
  TS_SHOP,
  PY_LIBRARY,
  JAVA_SERVICE,
  GO_API,
];

describe.each(FIXTURE_EXPECTATIONS)('call graph of fixture $name', (expected) => {
  it('has exactly the hand-written edges, entry points, paths, dead code, cycles, test sets and impact', async () => {
    const client = await scannedClient(fixtureFiles(expected.name));
    const graph = client.exportCallGraph();
    expect(byText(graph.edges.map((e) => [e.caller, e.callee, e.kind]))).toEqual(
      byText(expected.edges),
    );

    const entryPoints = client.queryEntryPoints(undefined, { limit: 100 });
    expect(entryPoints.hasMore).toBe(false);
    expect(Object.fromEntries(entryPoints.items.map((n) => [n.id, n.entryPoint]))).toEqual(
      expected.entryPoints,
    );

    for (const path of expected.paths) {
      expect(
        client.findPath(path.from, path.to)?.nodes.map((n) => n.id) ?? null,
        path.from,
      ).toEqual(path.nodes);
    }

    const dead = await client.findDeadCode();
    expect(dead.deadFunctions.map((d) => d.node.id).sort()).toEqual([...expected.dead].sort());

    const cycles = client.queryCallGraphCycles().map((c) => c.nodes.map((n) => n.id).sort());
    expect(byText(cycles)).toEqual(byText(expected.cycles.map((ids) => [...ids].sort())));

    for (const testSet of expected.testSets) {
      const selected = client.queryMinimumTestSet(testSet.changed);
      expect(
        { tests: selected.tests.map((t) => t.test), files: selected.files },
        testSet.changed.join(', '),
      ).toEqual({ tests: testSet.tests, files: testSet.files });
    }

    const impact = client.analyzeImpact({ functions: [expected.impact.function] });
    expect(byText(impact.affectedEntryPoints.map((e) => [e.node.id, e.kind, e.depth]))).toEqual(
      byText(expected.impact.entryPoints),
    );
    expect(impact.affectedTests.map((t) => t.node.id).sort()).toEqual(
      [...expected.impact.tests].sort(),
    );
    await client.shutdown();
  });

  // One client keeps the previous update's state (CallGraphCache) between scans, as servers
  // do; a client per scan starts each incremental update from drift.db, as the CLI does. The
  // runtime is one per process, so fresh full scans of each state run after the edits.
  it.each(['one client', 'a client per scan'])(
    'gives after each edit and an incremental rescan (%s) exactly the graph of a fresh full scan',
    async (mode) => {
      const files = new Map(Object.entries(fixtureFiles(expected.name)));
      const root = project(Object.fromEntries(files));
      let edges: ExpectedEdge[] = [...expected.edges];
      const states: { description: string; files: Record<string, string>; graph: CallGraph }[] = [];
      let client = await DriftClient.initialize({ projectRoot: root, env: {} });
      await client.scan({ threads: 1 });
      for (const edit of expected.edits) {
        for (const [path, content] of Object.entries(edit.files)) {
          if (content === null) {
            rmSync(join(root, path));
            files.delete(path);
          } else {
            writeFileSync(join(root, path), content);
            files.set(path, content);
          }
        }
        if (mode === 'a client per scan') {
          await client.shutdown();
          client = await DriftClient.initialize({ projectRoot: root, env: {} });
        }
        const summary = await client.scan({ threads: 1 });
        expect(summary.callGraph?.mode, edit.description).toBe('incremental');
        const incremental = canonical(client.exportCallGraph());
        edges = withoutEdges(edges, edit.removedEdges).concat(edit.addedEdges);
        expect(
          byText(incremental.edges.map((e) => [e.caller, e.callee, e.kind])),
          edit.description,
        ).toEqual(byText(edges));
        states.push({
          description: edit.description,
          files: Object.fromEntries(files),
          graph: incremental,
        });
      }
      await client.shutdown();
      for (const state of states) {
        const fresh = await scannedClient(state.files);
        expect(state.graph, state.description).toEqual(canonical(fresh.exportCallGraph()));
        await fresh.shutdown();
      }
    },
  );
});
