import type { ClassFact, FunctionFact } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { ClassHierarchy } from './class-hierarchy.js';
import type { ClassEntry, FunctionEntry } from './file-symbols.js';

function cls(
  name: string,
  extendsList: string[] = [],
  properties: ClassFact['properties'] = [],
): ClassEntry {
  return {
    file: 'a.kt',
    key: name,
    fact: { name, qualifiedName: name, extends: extendsList, properties } as unknown as ClassFact,
  };
}

function method(
  owner: string,
  name: string,
  kind: FunctionFact['kind'] = 'method',
  returnType: string | null = null,
): FunctionEntry {
  return {
    id: `a.kt#${owner}.${name}`,
    file: 'a.kt',
    ownerKey: owner,
    fact: { name, kind, returnType } as FunctionFact,
  };
}

describe('ClassHierarchy', () => {
  const classes = new Map<string, ClassEntry>([
    [
      'Base',
      cls(
        'Base',
        [],
        [
          {
            name: 'repo',
            type: 'Repo',
            visibility: null,
            isStatic: false,
            isReadonly: false,
            line: 1,
          },
        ],
      ),
    ],
    ['Mid', cls('Mid', ['Base', 'Missing'])],
    ['Leaf', cls('Leaf', ['Mid'])],
    ['Loop', cls('Loop', ['Loop2'])],
    ['Loop2', cls('Loop2', ['Loop'])],
    ['Box', cls('Box')],
    ['Box.Companion', cls('Box.Companion')],
    ['Repo', cls('Repo')],
  ]);
  const methods = new Map<string, Map<string, FunctionEntry[]>>([
    [
      'Base',
      new Map([
        ['save', [method('Base', 'save')]],
        ['id', [method('Base', 'id', 'getter', 'Repo')]],
      ]),
    ],
    ['Leaf', new Map([['save', [method('Leaf', 'save')]]])],
    ['Box.Companion', new Map([['make', [method('Box.Companion', 'make')]]])],
  ]);
  const hierarchy = new ClassHierarchy({
    classOfKey: (key) => classes.get(key),
    methodsOf: (key) => methods.get(key),
    classOfType: (_file, type) => (type === 'Missing' ? 'external' : (classes.get(type) ?? null)),
    nestedClass: (entry, name) => classes.get(`${entry.fact.qualifiedName}.${name}`),
  });

  it('finds methods up the chain, skips the own class for super calls, and notes outside bases', () => {
    expect(hierarchy.findMethod('Leaf', 'save').entries.map((e) => e.id)).toEqual([
      'a.kt#Leaf.save',
    ]);
    expect(hierarchy.findMethod('Leaf', 'save', true).entries.map((e) => e.id)).toEqual([
      'a.kt#Base.save',
    ]);
    expect(hierarchy.findMethod('Leaf', 'other')).toEqual({ entries: [], externalBase: true });
    expect(hierarchy.findMethod('Box', 'make').entries.map((e) => e.id)).toEqual([
      'a.kt#Box.Companion.make',
    ]);
    expect(hierarchy.findMethod('Loop', 'x')).toEqual({ entries: [], externalBase: false });
    expect(hierarchy.findMethod('Unknown', 'x')).toEqual({ entries: [], externalBase: false });
  });

  it('reads member types from properties and getters of the chain', () => {
    expect(hierarchy.propertyType(classes.get('Leaf')!, 'repo')).toEqual({
      type: 'Repo',
      file: 'a.kt',
    });
    expect(hierarchy.propertyType(classes.get('Leaf')!, 'id')).toEqual({
      type: 'Repo',
      file: 'a.kt',
    });
    expect(hierarchy.propertyType(classes.get('Loop')!, 'repo')).toBeNull();
  });

  it('finds the root of overrides only when one candidate is a base of all the others', () => {
    const saves = [method('Leaf', 'save'), method('Base', 'save')];
    expect(hierarchy.overriddenRoot(saves)?.id).toBe('a.kt#Base.save');
    expect(hierarchy.overriddenRoot([method('Leaf', 'x'), method('Box', 'x')])).toBeNull();
    expect(hierarchy.overriddenRoot([{ ...method('Leaf', 'x'), ownerKey: null }])).toBeNull();
  });
});
