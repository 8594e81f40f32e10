import { CallGraphError } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { buildFileGraph, dependencyWeight } from './file-graph.js';
import type { ModuleDependency, ModuleFile } from './module-dependency.js';

function file(path: string, exports: string[] = []): ModuleFile {
  return { path, module: 'm', classes: 0, abstractTypes: 0, exports };
}

function dep(from: string, to: string, names: string[], typeOnly = false): ModuleDependency {
  return { from, to, names, typeOnly };
}

describe('dependencyWeight', () => {
  it.each([
    ['distinct named imports', ['a', 'b', 'a'], 9, 2],
    ['a default import', ['default'], 9, 1],
    ['a side-effect import', [], 9, 1],
    ['a namespace import, as all exports', ['*'], 5, 5],
    ['a namespace import of a file without exports', ['*'], 0, 1],
    ['a namespace import beside more named imports than exports', ['*', 'a', 'b', 'c'], 2, 3],
  ])('counts %s', (_, names, exports, weight) => {
    expect(dependencyWeight(dep('a.ts', 'b.ts', names), exports)).toBe(weight);
  });
});

describe('buildFileGraph', () => {
  const files = [file('a.ts'), file('b.ts', ['x', 'y', 'T']), file('c.ts')];

  it('joins the dependencies between two files into one weighted arc', () => {
    const value = dep('a.ts', 'b.ts', ['x']);
    const type = dep('a.ts', 'b.ts', ['T'], true);
    const { graph, indexOf } = buildFileGraph(files, [
      value,
      dep('c.ts', 'a.ts', ['*']),
      type,
      dep('c.ts', 'c.ts', ['self']),
    ]);
    expect(graph.labels).toEqual(['a.ts', 'b.ts', 'c.ts']);
    expect(indexOf.get('c.ts')).toBe(2);
    expect(graph.arcs).toEqual([
      { from: 0, to: 1, weight: 2, typeOnly: false, imports: [value, type] },
      { from: 2, to: 0, weight: 1, typeOnly: false, imports: [dep('c.ts', 'a.ts', ['*'])] },
    ]);
  });

  it('rejects a dependency on a file outside the graph', () => {
    expect(() => buildFileGraph(files, [dep('a.ts', 'lodash', ['map'])])).toThrow(CallGraphError);
  });
});
