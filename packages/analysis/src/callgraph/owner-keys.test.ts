import type { FileFacts, FunctionFact } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { ownerKey, ownerQualifiedName } from './owner-keys.js';

function facts(language: FileFacts['language'], pkg: string | null = null): FileFacts {
  return { language, package: pkg } as FileFacts;
}

describe('ownerKey', () => {
  it('files a class by file, Go folder, C++ name or C# namespace', () => {
    expect(ownerKey('src/a.ts', facts('typescript'), 'Repo')).toBe('src/a.ts\0Repo');
    expect(ownerKey('store/put.go', facts('go', 'store'), 'Store')).toBe('go\0store\0Store');
    expect(ownerKey('src/svc.cpp', facts('cpp'), 'app.Svc')).toBe('c\0app.Svc');
    expect(ownerKey('A.cs', facts('csharp', 'App'), 'Svc')).toBe('cs\0App\0Svc');
    expect(ownerKey('A.cs', facts('csharp'), 'Svc')).toBe('cs\0\0Svc');
  });
});

describe('ownerQualifiedName', () => {
  const method = (qualifiedName: string, name: string, className: string | null): FunctionFact =>
    ({ qualifiedName, name, className }) as FunctionFact;

  it('strips the method name from the qualified name, or falls back to the class name', () => {
    expect(ownerQualifiedName(method('Svc.Inner.work', 'work', 'Inner'))).toBe('Svc.Inner');
    expect(ownerQualifiedName(method('work', 'work', 'Inner'))).toBe('Inner');
    expect(ownerQualifiedName(method('helper', 'helper', null))).toBeNull();
  });
});
