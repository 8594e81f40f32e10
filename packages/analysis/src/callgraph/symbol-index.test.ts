import { CallGraphError } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SymbolIndex, type SymbolTarget } from './symbol-index.js';
import { parseProject } from './test-project.js';

function describeTarget(target: SymbolTarget | null): string {
  if (target === null) return 'null';
  switch (target.kind) {
    case 'function':
      return `function ${target.entry.id}`;
    case 'class':
      return `class ${target.entry.file}#${target.entry.fact.qualifiedName}`;
    case 'container':
      return `container ${target.file}#${target.name}`;
    case 'module':
      return `module ${target.files.join(',')}|${target.directory ?? ''}`;
    case 'member':
      return `member ${target.owner.fact.name}.${target.name}`;
    default:
      return 'external';
  }
}

describe('SymbolIndex', () => {
  let index: SymbolIndex;

  beforeAll(async () => {
    const { facts, read } = await parseProject({
      'ts/shapes.ts': `import { EventEmitter } from 'events';
export class Shape extends EventEmitter {
  area() { return 0; }
  draw() { return 1; }
}
export class Square extends Shape {
  area() { return 1; }
}
export class Circle extends Shape {
  area() { return 2; }
  radius: Square | null = null;
  get outline(): Shape { return this; }
}
export const tools = { measure() { return 1; } };
`,
      'ts/use.ts': `import { Square, tools } from './shapes';
import Default from './shapes';
import * as all from './shapes';
export function f() {}
`,
      'ts/use.test.ts': 'export function draw() {}\nexport class Helper { radius: number = 1; }\n',
      'py/pkg/__init__.py': 'from .mod import run\n',
      'py/pkg/mod.py': 'def run():\n    pass\n',
      'py/pkg/sub.py': 'from . import mod\nfrom . import nothing\nfrom .mod import *\n',
      'k/Box.kt':
        'package k\n\nclass Box {\n    companion object {\n        fun make(): Box = Box()\n    }\n}\n',
      'cs/A.cs': 'namespace App.Deep { class A {} }\n',
      'cs/B.cs': 'namespace App { class B {} }\n',
      'rb/a.rb': 'class Only\n  def x; end\nend\n',
      'go.mod': 'module ex.com/m\n',
      'g/a.go': 'package g\n\nfunc Shared() {}\n',
      'g/a_test.go': 'package g\n\nfunc helperForTests() {}\n',
      'g/b.go': 'package g\n\nfunc use() { Shared() }\n',
    });
    index = SymbolIndex.build([...facts, facts[0]!], read);
  });

  it('refuses paths that are not root-relative', () => {
    const facts = index.symbolsOf('ts/use.ts')!.facts;
    expect(() => SymbolIndex.build([{ path: '/abs/a.ts', facts }], () => null)).toThrow(
      CallGraphError,
    );
    expect(() => SymbolIndex.build([{ path: 'src\\a.ts', facts }], () => null)).toThrow(
      /\[CALL_GRAPH_ERROR\] not a root-relative path: src\\a\.ts/,
    );
  });

  it('indexes each path once, in order', () => {
    expect([...index.paths()]).toHaveLength(13);
    expect(index.symbolsOf('ts/shapes.ts')?.path).toBe('ts/shapes.ts');
    expect(index.symbolsOf('nope.ts')).toBeUndefined();
  });

  it('resolves bindings through exports: classes, containers, modules, missing defaults', () => {
    expect(describeTarget(index.bindingTarget('ts/use.ts', 'Square'))).toBe(
      'class ts/shapes.ts#Square',
    );
    expect(describeTarget(index.bindingTarget('ts/use.ts', 'tools'))).toBe(
      'container ts/shapes.ts#tools',
    );
    expect(describeTarget(index.bindingTarget('ts/use.ts', 'all'))).toBe('module ts/shapes.ts|');
    expect(describeTarget(index.bindingTarget('ts/use.ts', 'Default'))).toBe(
      'module ts/shapes.ts|',
    );
    expect(describeTarget(index.bindingTarget('ts/shapes.ts', 'EventEmitter'))).toBe('external');
    expect(describeTarget(index.bindingTarget('ts/use.ts', 'unbound'))).toBe('null');
  });

  it('resolves Python package attributes, submodules and star imports', () => {
    expect(describeTarget(index.bindingTarget('py/pkg/sub.py', 'mod'))).toBe(
      'module py/pkg/mod.py|',
    );
    expect(describeTarget(index.bindingTarget('py/pkg/sub.py', 'nothing'))).toBe('null');
    expect(
      describeTarget(
        index.pythonMember({ file: 'py/pkg/__init__.py', directory: 'py/pkg' }, 'run'),
      ),
    ).toBe('function py/pkg/mod.py#run');
    expect(index.wildcardModules('py/pkg/sub.py').map(describeTarget)).toEqual([
      'module py/pkg/mod.py|',
    ]);
  });

  it('looks methods up the hierarchy and notes bases outside the project', () => {
    const circle = index.classNamed('ts/shapes.ts', 'Circle');
    if (circle === null || circle === 'external') throw new Error('no Circle');
    const key = circle.key;
    expect(index.findMethod(key, 'draw').entries.map((e) => e.id)).toEqual([
      'ts/shapes.ts#Shape.draw',
    ]);
    expect(index.findMethod(key, 'area').entries.map((e) => e.id)).toEqual([
      'ts/shapes.ts#Circle.area',
    ]);
    expect(index.findMethod(key, 'area', true).entries.map((e) => e.id)).toEqual([
      'ts/shapes.ts#Shape.area',
    ]);
    expect(index.findMethod(key, 'emit')).toEqual({ entries: [], externalBase: true });
    expect(index.propertyType(circle, 'radius')).toEqual({
      type: 'Square | null',
      file: 'ts/shapes.ts',
    });
    expect(index.propertyType(circle, 'outline')).toEqual({ type: 'Shape', file: 'ts/shapes.ts' });
    expect(index.propertyType(circle, 'none')).toBeNull();
    const box = index.classNamed('k/Box.kt', 'Box');
    if (box === null || box === 'external') throw new Error('no Box');
    expect(index.findMethod(box.key, 'make').entries.map((e) => e.id)).toEqual([
      'k/Box.kt#Box.Companion.make',
    ]);
  });

  it('finds the root of overridden methods and guesses a class from a unique typed member', () => {
    const areas = index.functionsNamed('js', 'area', false);
    expect(index.overriddenRoot(areas)?.id).toBe('ts/shapes.ts#Shape.area');
    expect(index.overriddenRoot(index.functionsNamed('js', 'f', true))).toBeNull();
    expect(index.uniqueMemberClass('js', 'radius', false)).toMatchObject({
      fact: { name: 'Square' },
    });
    expect(index.uniqueMemberClass('js', 'radius', true)).toBeNull();
    expect(index.uniqueMemberClass('js', 'missing', false)).toBeNull();
  });

  it('keeps test code out of the name candidates of production code', () => {
    expect(index.nameCandidates('js', 'draw', false, false).map((e) => e.id)).toEqual([
      'ts/shapes.ts#Shape.draw',
    ]);
    expect(index.nameCandidates('js', 'draw', true, false)).toEqual([]);
    expect(index.nameCandidates('js', 'draw', true, true).map((e) => e.id)).toEqual([
      'ts/use.test.ts#draw',
    ]);
  });

  it('finds classes by enclosing C# namespace and by unique name where imports are not resolved', () => {
    expect(index.classNamed('cs/A.cs', 'B')).toMatchObject({ file: 'cs/B.cs' });
    // not in an enclosing namespace, but the only A of the C# files
    expect(index.classNamed('cs/B.cs', 'A')).toMatchObject({ file: 'cs/A.cs' });
    expect(index.classNamed('cs/B.cs', 'Missing')).toBeNull();
    expect(index.classNamed('rb/a.rb', 'Only')).toMatchObject({ file: 'rb/a.rb' });
    expect(index.classNamed('ts/use.ts', 'Circle')).toBeNull();
    expect(index.classNamed('ts/shapes.ts', 'EventEmitter')).toBe('external');
    expect(index.classOfType('ts/use.ts', 'Square[]')).toBeNull();
    expect(index.classOfType('missing.ts', 'Square')).toBeNull();
  });

  it('sees same-package Go functions, test files only from tests', () => {
    expect(index.packageFunction('g/b.go', 'Shared')?.id).toBe('g/a.go#Shared');
    expect(index.packageFunction('g/b.go', 'helperForTests')).toBeNull();
    expect(index.packageFunction('g/a_test.go', 'Shared')?.id).toBe('g/a.go#Shared');
    expect(index.packageFunction('ts/use.ts', 'f')).toBeNull();
    expect(index.packagePeers('g/a.go')).toEqual(['g/a.go', 'g/a_test.go', 'g/b.go']);
    expect(index.packagePeers('ts/use.ts')).toBeNull();
  });
});

describe('SymbolIndex lookups at the edges', () => {
  let index: SymbolIndex;

  beforeAll(async () => {
    const { facts, read } = await parseProject({
      'Global.cs': 'public class Loose { public void Go() {} }\n',
      'lib/x.ts':
        'export const value = 1;\nexport class Repo { find() {} }\nexport class A extends B {}\nexport class B extends A {}\n',
      'lib/reexports.ts':
        "export { thing } from 'outside';\nexport * as outsideNs from 'outside';\n",
      'app.ts': `import { value, Repo } from '/lib/x';
import * as models from './lib/x';
import type { Component } from 'react';
import { thing, outsideNs } from './lib/reexports';
export function f(r: models.Repo, c: React.Component, plain) {}
`,
      'j/com/x/Repo.java':
        'package com.x;\npublic class Repo { class Node {} }\nclass Other { class Node {} }\n',
      'j/com/y/Use.java':
        'package com.y;\nimport com.none.*;\nimport com.x.helperFn;\nclass Use { com.x.Repo repo; }\n',
      'j/com/x/Util.kt': 'package com.x\n\nfun helperFn() {}\n',
      'py/ns/plain.py': 'def f():\n    pass\n',
      'py/star/__init__.py': 'from .impl import *\n',
      'py/star/impl.py': 'def deep():\n    pass\n',
      'py/use.py': 'import ns\nfrom star import deep\n',
      'go.mod': 'module ex.com/m\n',
      'g/a.go': 'package g\n\ntype Store struct{}\n\nfunc Dup() {}\n',
      'g/b.go': 'package g\n\nfunc Dup() {}\n\nfunc use(s Store) {}\n',
      'g/c.go': 'package g\n',
    });
    index = SymbolIndex.build(facts, read);
  });

  it('resolves absolute specifiers, constants (no target), and re-exports of outside modules', () => {
    expect(describeTarget(index.bindingTarget('app.ts', 'Repo'))).toBe('class lib/x.ts#Repo');
    expect(index.bindingTarget('app.ts', 'value')).toBeNull();
    expect(describeTarget(index.bindingTarget('app.ts', 'thing'))).toBe('external');
    expect(describeTarget(index.bindingTarget('app.ts', 'outsideNs'))).toBe('external');
    expect(index.bindingsOf('nowhere.ts').byLocal.size).toBe(0);
  });

  it('resolves qualified type names through namespaces, outside modules and full Java names', () => {
    expect(index.classOfType('app.ts', 'models.Repo')).toMatchObject({ fact: { name: 'Repo' } });
    expect(index.classOfType('app.ts', 'React.Component')).toBeNull();
    expect(index.classOfType('app.ts', 'Component')).toBe('external');
    expect(index.classOfType('app.ts', 'models.Missing')).toBeNull();
    expect(index.classOfType('app.ts', 'models.Repo.Inner')).toBeNull();
    expect(index.classOfType('j/com/y/Use.java', 'com.x.Repo')).toMatchObject({
      file: 'j/com/x/Repo.java',
    });
    expect(index.classNamed('j/com/x/Repo.java', 'Node')).toMatchObject({
      fact: { qualifiedName: 'Repo.Node' },
    });
    expect(index.classNamed('Global.cs', 'Loose')).toMatchObject({ file: 'Global.cs' });
    expect(index.classNamed('g/b.go', 'Store')).toMatchObject({ file: 'g/a.go' });
  });

  it('treats wildcard imports of unknown packages as external and imports Kotlin top-level functions', () => {
    expect(index.wildcardModules('j/com/y/Use.java')).toEqual([]);
    expect(describeTarget(index.bindingTarget('j/com/y/Use.java', 'helperFn'))).toBe(
      'function j/com/x/Util.kt#helperFn',
    );
    expect(index.moduleFiles('j/com/y/Use.java', 'com.x.*', 'java')).toEqual([
      'j/com/x/Repo.java',
      'j/com/x/Util.kt',
    ]);
  });

  it('follows Python star imports and namespace packages', () => {
    expect(describeTarget(index.bindingTarget('py/use.py', 'deep'))).toBe(
      'function py/star/impl.py#deep',
    );
    const ns = index.bindingTarget('py/use.py', 'ns');
    expect(describeTarget(ns)).toBe('module |py/ns');
    if (ns?.kind !== 'module') throw new Error('not a module');
    expect(describeTarget(index.moduleMember(ns, 'plain'))).toBe('module py/ns/plain.py|');
    expect(index.moduleMember({ kind: 'module', files: [], directory: null }, 'x')).toBeNull();
  });

  it('survives inheritance cycles and leaves duplicate package functions unresolved', () => {
    const a = index.classNamed('lib/x.ts', 'A');
    if (a === null || a === 'external') throw new Error('no A');
    expect(index.findMethod(a.key, 'missing')).toEqual({
      entries: [],
      externalBase: false,
    });
    expect(index.propertyType(a, 'missing')).toBeNull();
    expect(index.packageFunction('g/c.go', 'Dup')).toBeNull();
  });

  it('gives the paths an import was looked for at', () => {
    expect(index.moduleStems('app.ts', './lib/gone.js', [])).toEqual([
      'lib/gone',
      'lib/gone/index',
    ]);
    expect(index.moduleStems('app.ts', 'outside', [])).toEqual([]);
    expect(index.moduleStems('app.ts', '../../up', [])).toEqual([]);
    expect(index.moduleStems('j/com/y/Use.java', 'com.x', [])).toEqual([]);
    expect(index.moduleStems('py/use.py', '.gone', ['f'])).toEqual([
      'py/gone',
      'py/gone/__init__',
      'py/gone/f',
      'py/gone/f/__init__',
    ]);
  });
});
