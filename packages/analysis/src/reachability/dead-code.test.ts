import { describe, expect, it } from 'vitest';
import { call, fn, graphOf } from '../test-helpers/call-graph.js';
import { CallGraphIndex } from './call-graph-index.js';
import { findDeadCode, type DeadCodeReport } from './dead-code.js';

const rows = (report: DeadCodeReport): [string, number, string[], number][] =>
  report.deadFunctions.map((dead) => [
    dead.node.id,
    dead.confidence,
    [...dead.factors],
    dead.callerCount,
  ]);

describe('findDeadCode', () => {
  it('reports functions no entry point reaches, with the callers they still have', () => {
    const index = CallGraphIndex.of(
      graphOf(
        [
          fn('main.ts#main', { entryPoint: 'main' }),
          'main.ts#run',
          'lib.ts#used',
          'lib.ts#orphan',
          'lib.ts#onlyFromOrphan',
          'lib.ts#cycleA',
          'lib.ts#cycleB',
        ],
        [
          ['main.ts#main', 'main.ts#run'],
          ['main.ts#run', 'lib.ts#used'],
          ['main.ts#run', 'main.ts#run'],
          ['lib.ts#orphan', 'lib.ts#onlyFromOrphan'],
          ['lib.ts#cycleA', 'lib.ts#cycleB'],
          ['lib.ts#cycleB', 'lib.ts#cycleA'],
        ],
      ),
    );
    const report = findDeadCode(index);
    expect(rows(report)).toEqual([
      ['lib.ts#orphan', 1, [], 0],
      ['lib.ts#onlyFromOrphan', 1, [], 1],
      ['lib.ts#cycleA', 1, [], 1],
      ['lib.ts#cycleB', 1, [], 1],
    ]);
    expect(report.reachableFunctions).toBe(3);
    expect(report.totalFunctions).toBe(7);
  });

  it('keeps code alive through weak edges too', () => {
    const index = CallGraphIndex.of(
      graphOf([fn('a', { entryPoint: 'test' }), 'b'], [call('a', 'b', 'name')]),
    );
    expect(findDeadCode(index).deadFunctions).toEqual([]);
  });

  it('runs module-level code of imported files and of files whose functions are reached', () => {
    const index = CallGraphIndex.of(
      graphOf(
        [
          fn('app.py#serve', { entryPoint: 'main', language: 'python' }),
          'app.py#<module>',
          'app.py#configure',
          'routes.py#<module>',
          'routes.py#register',
          'plugins.py#<module>',
          'plugins.py#install',
          'unused.py#<module>',
          'unused.py#setup',
        ],
        [
          ['app.py#<module>', 'app.py#configure'],
          ['routes.py#<module>', 'routes.py#register'],
          ['plugins.py#<module>', 'plugins.py#install'],
          ['unused.py#<module>', 'unused.py#setup'],
          ['routes.py#register', 'plugins.py#install'],
        ],
      ),
    );
    const report = findDeadCode(index, { importedFiles: new Set(['routes.py']) });
    expect(rows(report)).toEqual([['unused.py#setup', 1, [], 1]]);
    expect(report.totalFunctions).toBe(5);
    expect(rows(findDeadCode(index)).map(([id]) => id)).toEqual([
      'routes.py#register',
      'plugins.py#install',
      'unused.py#setup',
    ]);
  });

  it('lowers confidence by each factor and sorts by confidence, then node order', () => {
    const index = CallGraphIndex.of(
      graphOf(
        [
          fn('Owner.java#Owner.getName', {
            language: 'java',
            className: 'Owner',
            isExported: true,
          }),
          fn('pets.py#Pet.__repr__', { language: 'python', className: 'Pet' }),
          fn('pets.py#Pet.speak', { language: 'python', className: 'Pet' }),
          fn('pets.py#on_feed', { language: 'python' }),
          fn('pets.py#plain', { language: 'python' }),
          fn('api.ts#Api.handle', { isExported: true, className: 'Api' }),
          fn('Util.java#Util.sum', { language: 'java', className: 'Util' }),
          fn('pets.py#Pet.rename', { language: 'python', className: 'Pet', name: 'rename' }),
        ],
        [],
      ),
    );
    const report = findDeadCode(index, {
      dynamicNames: new Set(['on_feed', 'Pet.rename']),
      overridableClasses: new Set(['Pet']),
    });
    expect(rows(report)).toEqual([
      ['pets.py#plain', 1, [], 0],
      ['Util.java#Util.sum', 0.8, ['reflectiveLanguage'], 0],
      ['api.ts#Api.handle', 0.6, ['exported'], 0],
      ['pets.py#Pet.speak', 0.5, ['override'], 0],
      ['pets.py#on_feed', 0.3, ['dynamicName'], 0],
      ['pets.py#Pet.rename', 0.15, ['dynamicName', 'override'], 0],
      ['pets.py#Pet.__repr__', 0.1, ['frameworkMagic', 'override'], 0],
      ['Owner.java#Owner.getName', 0.096, ['frameworkMagic', 'exported', 'reflectiveLanguage'], 0],
    ]);
  });

  it('reports nothing for an empty graph', () => {
    expect(findDeadCode(CallGraphIndex.of(graphOf([], [])))).toEqual({
      deadFunctions: [],
      reachableFunctions: 0,
      totalFunctions: 0,
    });
  });

  it('caps a dead function at the confidence of its least certainly dead caller, through cycles', () => {
    const index = CallGraphIndex.of(
      graphOf(
        [
          fn('lib.ts#api', { isExported: true }),
          'lib.ts#helper',
          'lib.ts#loopA',
          'lib.ts#loopB',
          'lib.ts#orphan',
          'lib.ts#shared',
        ],
        [
          ['lib.ts#api', 'lib.ts#helper'],
          ['lib.ts#helper', 'lib.ts#loopA'],
          ['lib.ts#loopA', 'lib.ts#loopB'],
          ['lib.ts#loopB', 'lib.ts#loopA'],
          ['lib.ts#orphan', 'lib.ts#shared'],
          ['lib.ts#helper', 'lib.ts#shared'],
        ],
      ),
    );
    expect(
      findDeadCode(index).deadFunctions.map((d) => [d.node.id, d.confidence, d.cappedBy]),
    ).toEqual([
      ['lib.ts#orphan', 1, null],
      ['lib.ts#api', 0.6, null],
      ['lib.ts#helper', 0.6, 'lib.ts#api'],
      ['lib.ts#loopA', 0.6, 'lib.ts#api'],
      ['lib.ts#loopB', 0.6, 'lib.ts#api'],
      ['lib.ts#shared', 0.6, 'lib.ts#api'],
    ]);
  });
});
