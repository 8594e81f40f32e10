import { describe, expect, it } from 'vitest';
import { call, fn, graphOf } from '../test-helpers/call-graph.js';
import { CallGraphIndex } from './call-graph-index.js';
import { analyzeImpact, type ImpactAnalysis } from './impact-analysis.js';

const index = CallGraphIndex.of(
  graphOf(
    [
      'api.ts#<module>',
      fn('api.ts#getUser', { entryPoint: 'route' }),
      fn('api.ts#listUsers', { entryPoint: 'route' }),
      fn('cli.ts#main', { entryPoint: 'main' }),
      'svc.ts#load',
      'svc.ts#save',
      'svc.ts#helper',
      'db.ts#query',
      fn('svc.test.ts#loads', { entryPoint: 'test' }),
      'util.ts#format',
    ],
    [
      call('api.ts#getUser', 'svc.ts#load', 'import'),
      call('api.ts#listUsers', 'svc.ts#load', 'import'),
      call('cli.ts#main', 'svc.ts#save', 'import'),
      call('svc.ts#load', 'db.ts#query', 'instance'),
      call('svc.ts#save', 'db.ts#query', 'instance'),
      call('svc.ts#save', 'svc.ts#helper'),
      call('svc.test.ts#loads', 'svc.ts#load', 'import'),
    ],
  ),
);

/** The ids and numbers of an analysis, without node objects. */
function summary(impact: ImpactAnalysis): object {
  return {
    changed: impact.changed.map((node) => node.id),
    filesWithoutFunctions: impact.filesWithoutFunctions,
    affectedFunctions: impact.affectedFunctions.map((r) => [r.node.id, r.depth, r.confidence]),
    affectedEntryPoints: impact.affectedEntryPoints.map((r) => [r.node.id, r.kind, r.depth]),
    affectedTests: impact.affectedTests.map((r) => r.node.id),
    untestedFunctions: impact.untestedFunctions.map((node) => node.id),
    score: impact.risk.score,
  };
}

describe('analyzeImpact', () => {
  it('finds transitive callers, entry points, tests and scores a covered change', () => {
    const impact = analyzeImpact(index, { functionIds: ['db.ts#query', 'db.ts#query'] });
    expect(summary(impact)).toEqual({
      changed: ['db.ts#query'],
      filesWithoutFunctions: [],
      affectedFunctions: [
        ['svc.ts#load', 1, 0.8],
        ['svc.ts#save', 1, 0.8],
        ['api.ts#getUser', 2, 0.8],
        ['api.ts#listUsers', 2, 0.8],
        ['svc.test.ts#loads', 2, 0.8],
        ['cli.ts#main', 2, 0.8],
      ],
      affectedEntryPoints: [
        ['api.ts#getUser', 'route', 2],
        ['api.ts#listUsers', 'route', 2],
        ['svc.test.ts#loads', 'test', 2],
        ['cli.ts#main', 'main', 2],
      ],
      affectedTests: ['svc.test.ts#loads'],
      untestedFunctions: [],
      score: 39,
    });
    expect(impact.entryPointsByKind).toEqual({
      route: 2,
      main: 1,
      exported: 0,
      cli: 0,
      test: 1,
      lifecycle: 0,
      event: 0,
    });
    expect(impact.risk.reasons).toEqual([
      { factor: 'routes', points: 20, message: 'reached by 2 route handlers' },
      {
        factor: 'callers',
        points: 6,
        message: '6 functions call the changed code, directly or transitively',
      },
      { factor: 'entryPoints', points: 5, message: 'reached by 1 other entry point (1 main)' },
      { factor: 'depth', points: 4, message: 'the longest caller chain is 2 calls deep' },
      { factor: 'fanIn', points: 4, message: 'called directly by 2 functions' },
    ]);
  });

  it('selects every function of changed files and reports untested ones', () => {
    const impact = analyzeImpact(index, { changedFiles: ['svc.ts', 'gone.ts'] });
    expect(summary(impact)).toEqual({
      changed: ['svc.ts#load', 'svc.ts#save', 'svc.ts#helper'],
      filesWithoutFunctions: ['gone.ts'],
      affectedFunctions: [
        ['api.ts#getUser', 1, 0.9],
        ['api.ts#listUsers', 1, 0.9],
        ['svc.test.ts#loads', 1, 0.9],
        ['cli.ts#main', 1, 0.9],
      ],
      affectedEntryPoints: [
        ['api.ts#getUser', 'route', 1],
        ['api.ts#listUsers', 'route', 1],
        ['svc.test.ts#loads', 'test', 1],
        ['cli.ts#main', 'main', 1],
      ],
      affectedTests: ['svc.test.ts#loads'],
      untestedFunctions: ['svc.ts#save', 'svc.ts#helper'],
      score: 20 + 5 + 4 + 2 + 8 + 13,
    });
    expect(impact.risk.reasons.find((reason) => reason.factor === 'untested')?.message).toBe(
      '2 of 3 changed functions are not reached by any test',
    );
  });

  it('counts changed entry points at depth 0 and expects no test of tests or module code', () => {
    const impact = analyzeImpact(index, { changedFiles: ['svc.test.ts', 'api.ts'] });
    expect(summary(impact)).toEqual({
      changed: ['svc.test.ts#loads', 'api.ts#<module>', 'api.ts#getUser', 'api.ts#listUsers'],
      filesWithoutFunctions: [],
      affectedFunctions: [],
      affectedEntryPoints: [
        ['svc.test.ts#loads', 'test', 0],
        ['api.ts#getUser', 'route', 0],
        ['api.ts#listUsers', 'route', 0],
      ],
      affectedTests: ['svc.test.ts#loads'],
      untestedFunctions: ['api.ts#getUser', 'api.ts#listUsers'],
      score: 20 + 20,
    });
  });

  it('limits both traversals with minConfidence and maxDepth', () => {
    const weak = analyzeImpact(index, { functionIds: ['db.ts#query'] }, { minConfidence: 0.85 });
    expect(summary(weak)).toMatchObject({
      affectedFunctions: [],
      affectedTests: [],
      untestedFunctions: ['db.ts#query'],
      score: 20,
    });
    const near = analyzeImpact(index, { functionIds: ['db.ts#query'] }, { maxDepth: 1 });
    expect(summary(near)).toMatchObject({
      affectedFunctions: [
        ['svc.ts#load', 1, 0.8],
        ['svc.ts#save', 1, 0.8],
      ],
      affectedEntryPoints: [],
      untestedFunctions: ['db.ts#query'],
    });
    const covered = analyzeImpact(index, { functionIds: ['svc.ts#load'] }, { minConfidence: 0.85 });
    expect(summary(covered)).toMatchObject({ untestedFunctions: [] });
  });

  it('scores an empty selection 0', () => {
    expect(summary(analyzeImpact(index, { functionIds: [] }))).toMatchObject({
      changed: [],
      affectedFunctions: [],
      score: 0,
    });
  });

  it('throws CALL_GRAPH_ERROR for an unknown function id', () => {
    expect(() => analyzeImpact(index, { functionIds: ['db.ts#query', 'db.ts#drop'] })).toThrow(
      '[CALL_GRAPH_ERROR] Unknown function id "db.ts#drop"',
    );
  });
});
