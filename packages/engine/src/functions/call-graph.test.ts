import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DriftClient } from '../client/drift-client.js';
import { useProjects } from '../test-helpers/project.js';

const project = useProjects();

/** A route calls a service through a repository; one helper is dead; a test covers the service. */
const FILES: Record<string, string> = {
  'package.json': '{"name":"shop"}',
  'src/repo.ts': [
    'export class UserRepo {',
    '  find(id: string) { return query(id); }',
    '}',
    'function query(id: string) { return id; }',
  ].join('\n'),
  'src/service.ts': [
    "import { UserRepo } from './repo';",
    'export class UserService {',
    '  constructor(private readonly repo: UserRepo) {}',
    '  load(id: string) { return this.repo.find(id); }',
    '}',
    'function unused() { return 1; }',
  ].join('\n'),
  'src/main.ts': [
    "import { UserService } from './service';",
    "import { UserRepo } from './repo';",
    'function main() { return new UserService(new UserRepo()).load("1"); }',
    'main();',
  ].join('\n'),
  'src/service.test.ts': [
    "import { describe, it } from 'vitest';",
    "import { UserService } from './service';",
    "import { UserRepo } from './repo';",
    "describe('UserService', () => {",
    "  it('loads', () => { new UserService(new UserRepo()).load('1'); });",
    '});',
  ].join('\n'),
};

async function scanned(): Promise<{ client: DriftClient; root: string }> {
  const root = project(FILES);
  const client = await DriftClient.initialize({ projectRoot: root, env: {} });
  const summary = await client.scan({ threads: 1 });
  expect(summary.callGraph?.mode).toBe('full');
  return { client, root };
}

describe('call graph functions', () => {
  it('say when no graph has been built yet', async () => {
    const root = project(FILES);
    const client = await DriftClient.initialize({ projectRoot: root, env: {} });
    try {
      expect(() => client.queryCallers('src/repo.ts:find')).toThrow(
        'no call graph in drift.db yet; run `drift scan`',
      );
      expect(client.queryCallGraphStats()).toMatchObject({ files: 0, nodes: 0, edges: 0 });
    } finally {
      await client.shutdown();
    }
  });

  it('build during the scan and answer callers, callees, entry points and subgraphs', async () => {
    const { client } = await scanned();
    try {
      const stats = client.queryCallGraphStats();
      expect(stats.files).toBe(4);
      expect(stats.edges).toBeGreaterThanOrEqual(6);
      const callers = client.queryCallers('src/repo.ts:UserRepo.find').items;
      expect(callers.map((c) => [c.node.id, c.edge.kind])).toEqual([
        ['src/service.ts#UserService.load', 'instance'],
      ]);
      expect(client.queryCallees('src/repo.ts#UserRepo.find').items.map((c) => c.node.id)).toEqual([
        'src/repo.ts#query',
      ]);
      expect(client.resolveFunction('src/repo.ts:find').id).toBe('src/repo.ts#UserRepo.find');
      expect(() => client.resolveFunction('src/repo.ts:nothing')).toThrow('[NOT_FOUND]');
      expect(client.queryEntryPoints(['test']).items.map((n) => n.id)).toEqual([
        'src/service.test.ts#<module>',
      ]);
      const subgraph = client.queryCallGraph('src/service.ts:UserService.load', 1);
      expect(subgraph.nodes.map((n) => n.id).sort()).toEqual(
        [
          'src/main.ts#main',
          'src/repo.ts#UserRepo.find',
          'src/service.test.ts#<module>',
          'src/service.ts#UserService.load',
        ].sort(),
      );
      expect(() => client.queryCallGraph('src/repo.ts:find', 9)).toThrow('[INVALID_FILTER]');
      const exported = client.exportCallGraph();
      expect(exported.nodes.length).toBe(stats.nodes);
      expect(exported.edges.length).toBe(stats.edges);
    } finally {
      await client.shutdown();
    }
  });

  it('analyse reachability, paths, impact, dead code and coupling', async () => {
    const { client } = await scanned();
    try {
      const reach = client.analyzeReachability('src/main.ts:main', 'src/repo.ts:query');
      expect(reach.target).toMatchObject({ reachable: true, depth: 3 });
      const path = client.findPath('src/main.ts:main', 'src/repo.ts:query');
      expect(path?.nodes.map((n) => n.qualifiedName)).toEqual([
        'main',
        'UserService.load',
        'UserRepo.find',
        'query',
      ]);
      expect(client.findPath('src/repo.ts:query', 'src/main.ts:main')).toBeNull();
      const inverse = client.analyzeInverseReachability('src/repo.ts:query');
      expect(inverse.entryPoints.map((e) => e.kind)).toContain('test');

      const impact = client.analyzeImpact({ files: ['src/repo.ts'] });
      expect(impact.affectedTests.map((t) => t.node.id)).toEqual(['src/service.test.ts#<module>']);
      expect(impact.risk.score).toBeGreaterThan(0);

      const dead = await client.findDeadCode();
      expect(dead.deadFunctions.map((d) => d.node.id)).toEqual(['src/service.ts#unused']);
      expect(client.queryCallGraphCycles()).toEqual([]);

      const coupling = await client.analyzeCoupling();
      const repo = coupling.files.find((f) => f.path === 'src/repo.ts');
      expect(repo).toMatchObject({ afferent: 3, efferent: 0, instability: 0 });
      expect(coupling.fileCycles).toEqual([]);
    } finally {
      await client.shutdown();
    }
  });

  it('map tests to the code they exercise', async () => {
    const { client } = await scanned();
    try {
      const summary = await client.analyzeTestTopology();
      expect(summary).toMatchObject({
        frameworks: { vitest: 1 },
        mocks: { testFiles: 1, ratio: 0 },
      });
      expect(summary.coveredFunctions).toBe(4); // load, the constructor, find, query
      expect(client.queryMinimumTestSet(['src/repo.ts']).files).toEqual(['src/service.test.ts']);
      expect(client.queryMinimumTestSet(['src/main.ts']).files).toEqual([]);
      const perFile = client.queryTestCoverage();
      expect(Array.isArray(perFile) ? perFile.map((f) => [f.file, f.covered]) : null).toEqual(
        expect.arrayContaining([['src/repo.ts', 2]]),
      );
      const repo = client.queryTestCoverage('src/repo.ts');
      expect(Array.isArray(repo) ? null : repo.functions.map((f) => f.testCount)).toEqual([1, 1]);
      expect(() => client.queryTestCoverage('src/none.ts')).toThrow('[NOT_FOUND]');
      expect(client.queryUncoveredFunctions().map((f) => f.id)).toContain('src/main.ts#main');
    } finally {
      await client.shutdown();
    }
  });

  it('re-resolves the callers of a removed file reached through a tsconfig path alias', async () => {
    const root = project({
      'tsconfig.json':
        '{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["src/lib/*"] } } }',
      'src/lib/util.ts': 'export function helper() { return 1; }\n',
      'src/a.ts':
        "import { helper } from '@lib/util';\nexport function run() { return helper(); }\n",
    });
    const client = await DriftClient.initialize({ projectRoot: root, env: {} });
    try {
      await client.scan({ threads: 1 });
      expect(client.queryCallees('src/a.ts:run').items.map((c) => c.node.id)).toEqual([
        'src/lib/util.ts#helper',
      ]);
      rmSync(join(root, 'src/lib/util.ts'));
      const summary = await client.scan({ threads: 1 });
      expect(summary.callGraph).toMatchObject({
        mode: 'incremental',
        filesRemoved: 1,
        filesResolved: 1,
      });
      expect(client.exportCallGraph().edges).toEqual([]);
    } finally {
      await client.shutdown();
    }
  });

  it('updates incrementally: a changed file, its dependents, a removed file', async () => {
    const { client, root } = await scanned();
    try {
      writeFileSync(
        join(root, 'src/repo.ts'),
        'export class UserRepo {\n  find(id: string) { return id; }\n}\n',
      );
      const summary = await client.scan({ threads: 1 });
      expect(summary.callGraph).toMatchObject({ mode: 'incremental', filesRebuilt: 1 });
      expect(summary.callGraph?.filesResolved).toBeGreaterThanOrEqual(2);
      expect(client.queryCallees('src/repo.ts:UserRepo.find').items).toEqual([]);
      expect((await client.buildCallGraph()).update.mode).toBe('unchanged');
      const full = await client.buildCallGraph({ full: true });
      expect(full.update.mode).toBe('full');
      expect(full.edges).toBe(client.queryCallGraphStats().edges);

      writeFileSync(join(root, 'tsconfig.json'), '{ "compilerOptions": { "baseUrl": "." } }');
      const reconfigured = await client.scan({ threads: 1 });
      expect(reconfigured.callGraph?.mode).toBe('full');

      rmSync(join(root, 'src/main.ts'));
      const removal = await client.scan({ threads: 1 });
      expect(removal.callGraph).toMatchObject({ mode: 'incremental', filesRemoved: 1 });
      expect(() => client.resolveFunction('src/main.ts:main')).toThrow('[NOT_FOUND]');
      expect(
        client.queryCallers('src/service.ts:UserService.load').items.map((c) => c.node.id),
      ).toEqual(['src/service.test.ts#<module>']);
    } finally {
      await client.shutdown();
    }
  });

  it('makes handlers passed to route registrations route entry points, across files and incrementally', async () => {
    const root = project({
      'package.json': '{"name":"api","private":true}',
      'src/controller.ts': [
        'export function create() { return save(); }',
        'function save() { return 1; }',
      ].join('\n'),
      'src/app.ts': [
        "import express from 'express';",
        "import { create } from './controller';",
        'const app = express();',
        'function list() { return 1; }',
        'function orphan() { return 2; }',
        "app.get('/users', list);",
        "app.post('/users', create);",
        "app.get('/name', 'list');",
      ].join('\n'),
    });
    const client = await DriftClient.initialize({ projectRoot: root, env: {} });
    try {
      await client.scan({ threads: 1 });
      expect(client.queryEntryPoints(['route']).items.map((n) => n.id)).toEqual([
        'src/app.ts#list',
        'src/controller.ts#create',
      ]);
      const references = client
        .exportCallGraph()
        .edges.filter((e) => e.reference)
        .map((e) => `${e.caller} -> ${e.callee} ${e.registers ?? ''}`);
      expect(references).toEqual([
        'src/app.ts#<module> -> src/app.ts#list route',
        'src/app.ts#<module> -> src/controller.ts#create route',
      ]);
      expect(client.queryCallGraphStats()).toMatchObject({ references: 2 });
      const dead = await client.findDeadCode();
      expect(dead.deadFunctions.map((d) => d.node.id)).toEqual(['src/app.ts#orphan']);

      // The registration of a handler in another file goes: so does its route entry point.
      writeFileSync(
        join(root, 'src/app.ts'),
        [
          "import express from 'express';",
          'const app = express();',
          'function list() { return 1; }',
          "app.get('/users', list);",
        ].join('\n'),
      );
      const summary = await client.scan({ threads: 1 });
      expect(summary.callGraph?.mode).toBe('incremental');
      expect(client.queryEntryPoints(['route']).items.map((n) => n.id)).toEqual([
        'src/app.ts#list',
      ]);
      expect(client.resolveFunction('src/controller.ts:create').entryPoint).toBe('exported');
    } finally {
      await client.shutdown();
    }
  });

  it('lowers the confidence of dead functions named in decorator strings', async () => {
    const root = project({
      'package.json': '{"name":"jobs"}',
      'src/jobs.ts': [
        'declare function Job(name: string): MethodDecorator;',
        'export class Jobs {',
        "  @Job('nightlyCleanup')",
        '  run() {}',
        '}',
        'function nightlyCleanup() { return 1; }',
        'function unusedHelper() { return 2; }',
      ].join('\n'),
    });
    const client = await DriftClient.initialize({ projectRoot: root, env: {} });
    try {
      await client.scan({ threads: 1 });
      const dead = await client.findDeadCode();
      expect(dead.deadFunctions.map((d) => [d.node.id, d.confidence, d.factors.join(',')])).toEqual(
        [
          // most certainly dead first
          ['src/jobs.ts#unusedHelper', 1, ''],
          ['src/jobs.ts#nightlyCleanup', 0.3, 'dynamicName'],
        ],
      );
    } finally {
      await client.shutdown();
    }
  });
});
