import { CallGraphError } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { dependencyEnds, indexModuleFiles, type ModuleFile } from './module-dependency.js';

function file(path: string, classes = 0, abstractTypes = 0): ModuleFile {
  return { path, module: 'm', classes, abstractTypes, exports: [] };
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('indexModuleFiles', () => {
  it('maps each path to its index', () => {
    expect([...indexModuleFiles([file('a.ts'), file('b.ts', 2, 1)])]).toEqual([
      ['a.ts', 0],
      ['b.ts', 1],
    ]);
  });

  it.each([
    ['a duplicate path', [file('a.ts'), file('a.ts')], 'Duplicate file in module graph: a.ts'],
    ['negative counts', [file('a.ts', -1)], 'Type counts of a.ts must be non-negative integers'],
    [
      'fractional counts',
      [file('a.ts', 2, 0.5)],
      'Type counts of a.ts must be non-negative integers',
    ],
    [
      'more abstract types than types',
      [file('a.ts', 1, 2)],
      'a.ts declares more abstract types (2) than types (1)',
    ],
  ])('rejects %s', (_, files, reason) => {
    const error = thrown(() => indexModuleFiles(files));
    expect(error).toBeInstanceOf(CallGraphError);
    expect(error).toMatchObject({ code: 'CALL_GRAPH_ERROR', reason });
  });
});

describe('dependencyEnds', () => {
  const indexOf = indexModuleFiles([file('a.ts'), file('b.ts')]);

  it('resolves both ends', () => {
    expect(
      dependencyEnds({ from: 'b.ts', to: 'a.ts', names: [], typeOnly: false }, indexOf),
    ).toEqual([1, 0]);
  });

  it.each([
    [{ from: 'x.ts', to: 'a.ts' }, 'Dependency x.ts → a.ts names a file not in the graph: x.ts'],
    [{ from: 'a.ts', to: 'y.ts' }, 'Dependency a.ts → y.ts names a file not in the graph: y.ts'],
  ])('rejects an unknown file in %o', (ends, reason) => {
    const error = thrown(() => dependencyEnds({ ...ends, names: [], typeOnly: false }, indexOf));
    expect(error).toBeInstanceOf(CallGraphError);
    expect(error).toMatchObject({ code: 'CALL_GRAPH_ERROR', reason });
  });
});
