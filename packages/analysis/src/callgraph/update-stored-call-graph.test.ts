import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@drift/core';
import { DatabaseManager, getMeta, readCallGraph, readProjectFacts } from '@drift/storage';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { processBatch } from '../scanner/file-processor.js';
import { scanProject } from '../scanner/scan-project.js';
import { useProjects, writeFiles } from '../test-helpers/project.js';
import { CallGraphCache } from './call-graph-cache.js';
import { DependencyGraph } from './dependency-graph.js';
import { META_CALL_GRAPH_VERSION, updateStoredCallGraph } from './update-stored-call-graph.js';

const project = useProjects();
const open: DatabaseManager[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  vi.restoreAllMocks();
});

const defaults = loadConfig({ projectRoot: '/nonexistent', env: {}, userConfigPath: null }).config;

const FILES: Record<string, string> = {
  'package.json': '{"name":"shop"}',
  'src/util.ts': 'export function slug(s: string) { return s.trim(); }\n',
  'src/index.ts': "export * from './util';\nexport { Repo } from './repo';\n",
  'src/repo.ts': [
    "import { slug } from './index';",
    'export class Repo {',
    '  find(id: string) { return slug(id); }',
    '}',
  ].join('\n'),
  'src/service.ts': [
    "import { Repo } from './repo';",
    'export class Service {',
    '  constructor(private readonly repo: Repo) {}',
    '  load(id: string) { return this.repo.find(id); }',
    '}',
  ].join('\n'),
  'app/src/main/java/shop/Store.java': [
    'package shop;',
    'public class Store { public int size() { return 1; } }',
  ].join('\n'),
  'app/src/main/java/shop/web/Api.java': [
    'package shop.web;',
    'import shop.Store;',
    'public class Api { private Store store; public int count() { return store.size(); } }',
  ].join('\n'),
};

/** Scans `root` into `db` on this thread, with the call graph cache when given. */
function scanInline(root: string, db: DatabaseManager, cache?: CallGraphCache) {
  return scanProject({
    root,
    db,
    config: defaults.scan,
    analysis: defaults.analysis,
    readBatch: (batch) => processBatch(batch),
    concurrency: 1,
    ...(cache === undefined ? {} : { callGraphCache: cache }),
  });
}

/** A project scanned into two databases: one updated with a cache, one rebuilt in full. */
async function twoDatabases(): Promise<{
  root: string;
  /** Scans both; `builds` counts the dependency graphs the cached update built. */
  step: () => Promise<{ cached: string[]; full: string[]; builds: number }>;
}> {
  const build = vi.spyOn(DependencyGraph, 'build');
  const root = project(FILES);
  const cache = new CallGraphCache();
  const dbs = await Promise.all(
    ['cached.db', 'full.db'].map((name) =>
      DatabaseManager.open({ path: join(root, '.drift', name) }),
    ),
  );
  open.push(...dbs);
  const [cachedDb, fullDb] = dbs as [DatabaseManager, DatabaseManager];
  const scan = (db: DatabaseManager, withCache: boolean) =>
    scanInline(root, db, withCache ? cache : undefined);
  const edges = (db: DatabaseManager): string[] =>
    readCallGraph(db.reader())
      .edges.map((e) => `${e.caller} -> ${e.callee} ${e.kind} ${String(e.line)}`)
      .sort();
  const step = async () => {
    build.mockClear();
    await scan(cachedDb, true);
    const builds = build.mock.calls.length;
    await scan(fullDb, false);
    updateStoredCallGraph({ db: fullDb, root, full: true });
    return { cached: edges(cachedDb), full: edges(fullDb), builds };
  };
  await step();
  return { root, step };
}

/** A body edit of `src/util.ts` that keeps its module signature. */
const UTIL_EDIT = {
  'src/util.ts': [
    'export function slug(s: string) { return trim(s); }',
    'function trim(s: string) { return s.trim(); }',
  ].join('\n'),
};

describe('updateStoredCallGraph with a cache', () => {
  it('reuses the dependency graph for edits that keep every module signature', async () => {
    const { root, step } = await twoDatabases();
    writeFiles(root, UTIL_EDIT);
    const first = await step();
    expect(first.cached).toEqual(first.full);
    expect(first.cached).toContain('src/util.ts#slug -> src/util.ts#trim local 1');
    expect(first.builds).toBe(1);
    writeFiles(root, {
      'src/service.ts': FILES['src/service.ts']?.replace('this.repo.find(id)', 'id') ?? '',
    });
    const second = await step();
    expect(second.cached).toEqual(second.full);
    expect(second.cached.some((line) => line.startsWith('src/service.ts#Service.load'))).toBe(
      false,
    );
    expect(second.builds).toBe(0);
  });

  it('rebuilds the dependency graph when files come and go or a class moves', async () => {
    const { root, step } = await twoDatabases();
    writeFiles(root, UTIL_EDIT);
    expect((await step()).builds).toBe(1);
    writeFiles(root, {
      'app/src/main/java/shop/Store.java': 'package shop;\npublic class Shelf {}\n',
      'app/src/main/java/shop/store/Store.java': [
        'package shop.store;',
        'public class Store { public int size() { return 2; } }',
      ].join('\n'),
      'app/src/main/java/shop/web/Api.java': [
        'package shop.web;',
        'import shop.store.Store;',
        'public class Api { private Store store; public int count() { return store.size(); } }',
      ].join('\n'),
    });
    const moved = await step();
    expect(moved.cached).toEqual(moved.full);
    expect(moved.cached).toContain(
      'app/src/main/java/shop/web/Api.java#Api.count -> app/src/main/java/shop/store/Store.java#Store.size instance 3',
    );
    expect(moved.builds).toBe(1);
    rmSync(join(root, 'src/util.ts'));
    const removed = await step();
    expect(removed.cached).toEqual(removed.full);
    expect(removed.cached.some((line) => line.includes('src/util.ts#'))).toBe(false);
    expect(removed.builds).toBe(1);
    writeFiles(root, {
      'app/src/main/java/shop/Store.java': 'package shop;\npublic class Shelf { }\n',
    });
    expect((await step()).builds).toBe(0);
  });

  it('starts from drift.db when another process moved the stored graph', async () => {
    const { root, step } = await twoDatabases();
    writeFiles(root, UTIL_EDIT);
    expect((await step()).builds).toBe(1);
    const other = await DatabaseManager.open({ path: join(root, '.drift', 'cached.db') });
    open.push(other);
    const otherCache = new CallGraphCache();
    updateStoredCallGraph({ db: other, root, full: true, cache: otherCache });
    const version = (): string | undefined => getMeta(other.reader(), META_CALL_GRAPH_VERSION);
    expect(otherCache.peek(version())?.facts.size).toBe(6);
    writeFiles(root, { 'src/util.ts': 'export function slug(s: string) { return s; }\n' });
    const { cached, full, builds } = await step();
    expect(cached).toEqual(full);
    expect(builds).toBe(1);
    expect(otherCache.peek(version())).toBeUndefined();
  });
});

describe('updateStoredCallGraph with written facts', () => {
  it('takes the facts it is given over the stored rows and reads the others', async () => {
    const root = project(FILES);
    const db = await DatabaseManager.open({ path: join(root, '.drift', 'drift.db') });
    open.push(db);
    await scanInline(root, db);
    const stored = readProjectFacts(db.reader());
    const service = stored.get('src/service.ts');
    expect(service?.calls.map((call) => call.callee)).toEqual(['find']);
    if (service === undefined) return;
    updateStoredCallGraph({
      db,
      root,
      full: true,
      written: new Map([['src/service.ts', { ...service, calls: [] }]]),
    });
    const edges = readCallGraph(db.reader()).edges.map((e) => `${e.caller} -> ${e.callee}`);
    expect(edges).toContain('src/repo.ts#Repo.find -> src/util.ts#slug');
    expect(edges.some((edge) => edge.startsWith('src/service.ts#Service.load'))).toBe(false);
  });
});
