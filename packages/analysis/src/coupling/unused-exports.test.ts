import { CallGraphError } from '@drift/core';
import { describe, expect, it } from 'vitest';
import type { ModuleDependency, ModuleFile } from './module-dependency.js';
import { findUnusedExports } from './unused-exports.js';

function file(path: string, exports: string[]): ModuleFile {
  return { path, module: 'm', classes: 0, abstractTypes: 0, exports };
}

function imp(from: string, to: string, names: string[], typeOnly = false): ModuleDependency {
  return { from, to, names, typeOnly };
}

function reExport(
  from: string,
  to: string,
  names: string[],
  exportedAs?: string[],
): ModuleDependency {
  return {
    from,
    to,
    names,
    typeOnly: false,
    reExport: true,
    ...(exportedAs === undefined ? {} : { exportedAs }),
  };
}

const none = new Set<string>();

describe('findUnusedExports', () => {
  it('reports the exported names no import takes, sorted and without duplicates', () => {
    const files = [
      file('app.ts', []),
      file('util.ts', ['slug', 'default', 'Options', 'b', 'a', 'a', '*']),
      file('empty.ts', []),
    ];
    const dependencies = [
      imp('app.ts', 'util.ts', ['slug']),
      imp('app.ts', 'util.ts', ['Options'], true),
    ];
    expect(findUnusedExports(files, dependencies, none)).toEqual([
      { path: 'util.ts', names: ['a', 'b', 'default'] },
    ]);
  });

  it('counts a default import and a namespace import (all names, default too)', () => {
    const files = [
      file('app.ts', []),
      file('widget.ts', ['default', 'size']),
      file('math.ts', ['default', 'add', 'sub']),
    ];
    const dependencies = [imp('app.ts', 'widget.ts', ['default']), imp('app.ts', 'math.ts', ['*'])];
    expect(findUnusedExports(files, dependencies, none)).toEqual([
      { path: 'widget.ts', names: ['size'] },
    ]);
  });

  it('skips entry files and counts their exports as used, ignoring unknown entries', () => {
    const files = [file('index.ts', ['start', 'stop']), file('lib.ts', ['helper', 'spare'])];
    const dependencies = [imp('index.ts', 'lib.ts', ['helper'])];
    expect(findUnusedExports(files, dependencies, new Set(['index.ts', 'gone.ts']))).toEqual([
      { path: 'lib.ts', names: ['spare'] },
    ]);
  });

  it('passes usage along a chain of renaming re-exports', () => {
    // app imports { x } from outer; outer: export { x } from './inner';
    // inner: export { y as x } from './impl'; so impl.y is used and impl.z is not.
    const files = [
      file('app.ts', []),
      file('outer.ts', ['x', 'unusedAlias']),
      file('inner.ts', ['x']),
      file('impl.ts', ['y', 'z']),
    ];
    const dependencies = [
      imp('app.ts', 'outer.ts', ['x']),
      reExport('outer.ts', 'inner.ts', ['x']),
      reExport('outer.ts', 'impl.ts', ['z'], ['unusedAlias']),
      reExport('inner.ts', 'impl.ts', ['y'], ['x']),
    ];
    expect(findUnusedExports(files, dependencies, none)).toEqual([
      { path: 'impl.ts', names: ['z'] },
      { path: 'outer.ts', names: ['unusedAlias'] },
    ]);
  });

  it('passes usage to every source of a name re-exported twice', () => {
    // Two re-exports of one name (e.g. a value and a type declaration merged under it).
    const files = [
      file('app.ts', []),
      file('barrel.ts', ['T']),
      file('v.ts', ['T']),
      file('t.ts', ['T']),
    ];
    const dependencies = [
      imp('app.ts', 'barrel.ts', ['T']),
      reExport('barrel.ts', 'v.ts', ['T']),
      reExport('barrel.ts', 't.ts', ['T']),
    ];
    expect(findUnusedExports(files, dependencies, none)).toEqual([]);
  });

  it('uses nothing through a barrel nobody imports', () => {
    const files = [file('barrel.ts', ['a']), file('impl.ts', ['a'])];
    expect(findUnusedExports(files, [reExport('barrel.ts', 'impl.ts', ['a'])], none)).toEqual([
      { path: 'barrel.ts', names: ['a'] },
      { path: 'impl.ts', names: ['a'] },
    ]);
  });

  it('resolves export * by name, without default and below the barrel’s own exports', () => {
    // barrel: export const own; export * from './impl' (impl also exports own) and './more'.
    const files = [
      file('app.ts', []),
      file('barrel.ts', ['own', 'default']),
      file('impl.ts', ['own', 'used', 'spare', 'default']),
      file('more.ts', ['extra']),
    ];
    const dependencies = [
      imp('app.ts', 'barrel.ts', ['own', 'used', 'default']),
      reExport('barrel.ts', 'impl.ts', ['*']),
      reExport('barrel.ts', 'more.ts', ['*']),
    ];
    expect(findUnusedExports(files, dependencies, none)).toEqual([
      { path: 'impl.ts', names: ['default', 'own', 'spare'] },
      { path: 'more.ts', names: ['extra'] },
    ]);
  });

  it('passes a whole-file use through export * (not default) and named re-exports', () => {
    // Entry index: export * from './a'; a: export { default as main } from './b', export * from './c'.
    const files = [
      file('index.ts', []),
      file('a.ts', ['own', 'main', 'default']),
      file('b.ts', ['default', 'other']),
      file('c.ts', ['c', 'default']),
    ];
    const dependencies = [
      reExport('index.ts', 'a.ts', ['*']),
      reExport('a.ts', 'b.ts', ['default'], ['main']),
      reExport('a.ts', 'c.ts', ['*']),
    ];
    expect(findUnusedExports(files, dependencies, new Set(['index.ts']))).toEqual([
      { path: 'a.ts', names: ['default'] },
      { path: 'b.ts', names: ['other'] },
      { path: 'c.ts', names: ['default'] },
    ]);
  });

  it('passes a re-exported default only when the default is used', () => {
    const files = [
      file('app.ts', []),
      file('a.ts', ['default', 'x']),
      file('b.ts', ['default']),
      file('c.ts', ['default']),
    ];
    const dependencies = [
      imp('app.ts', 'a.ts', ['*']),
      reExport('a.ts', 'b.ts', ['default']),
      reExport('a.ts', 'c.ts', ['default'], ['x']),
    ];
    expect(findUnusedExports(files, dependencies, none)).toEqual([]);
    const noDefault = [imp('app.ts', 'a.ts', ['x']), ...dependencies.slice(1)];
    expect(findUnusedExports(files, noDefault, none)).toEqual([
      { path: 'a.ts', names: ['default'] },
      { path: 'b.ts', names: ['default'] },
    ]);
  });

  it('uses all of a file re-exported as a namespace once the namespace is used', () => {
    // ns.ts: export * as tools from './tools'.
    const files = [
      file('app.ts', []),
      file('ns.ts', ['tools']),
      file('tools.ts', ['default', 't']),
    ];
    const dependencies = [
      imp('app.ts', 'ns.ts', ['tools']),
      reExport('ns.ts', 'tools.ts', ['*'], ['tools']),
    ];
    expect(findUnusedExports(files, dependencies, none)).toEqual([]);
  });

  it('terminates on cyclic export * chains', () => {
    const files = [file('app.ts', []), file('a.ts', ['a']), file('b.ts', ['b', 'spare'])];
    const dependencies = [
      imp('app.ts', 'a.ts', ['b', 'missing']),
      reExport('a.ts', 'b.ts', ['*']),
      reExport('b.ts', 'a.ts', ['*']),
    ];
    expect(findUnusedExports(files, dependencies, none)).toEqual([
      { path: 'a.ts', names: ['a'] },
      { path: 'b.ts', names: ['spare'] },
    ]);
    const whole = [imp('app.ts', 'b.ts', ['*']), ...dependencies.slice(1)];
    expect(findUnusedExports(files, whole, none)).toEqual([]);
  });

  it('rejects a re-export whose exportedAs does not match its names', () => {
    const files = [file('a.ts', []), file('b.ts', ['x'])];
    expect(() => findUnusedExports(files, [reExport('a.ts', 'b.ts', ['x'], [])], none)).toThrow(
      CallGraphError,
    );
  });
});
