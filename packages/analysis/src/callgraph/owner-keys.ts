import type { FileFacts, FunctionFact } from '@drift/core';
import { familyOf } from './language-rules.js';
import { parentDirectory } from './project-paths.js';

/**
 * Identifies a class across the files that may declare its methods: a Go type's methods live
 * in any file of its package (folder), a C++ class's in any source file, a C# partial class's
 * in any file of its namespace; elsewhere a class and its methods share one file. Keys are
 * `\0`-separated: `go\0store\0Store`, `c\0app.Svc`, `cs\0App\0Svc`, `src/a.ts\0Repo`.
 */
export function ownerKey(path: string, facts: FileFacts, classQualifiedName: string): string {
  switch (familyOf(facts.language)) {
    case 'go':
      return `go\0${parentDirectory(path)}\0${classQualifiedName}`;
    case 'c':
      return `c\0${classQualifiedName}`;
    case 'csharp':
      return `cs\0${facts.package ?? ''}\0${classQualifiedName}`;
    default:
      return `${path}\0${classQualifiedName}`;
  }
}

/** The qualified name of the class a method belongs to (`Svc.Inner.work` → `Svc.Inner`), or null outside classes. */
export function ownerQualifiedName(fact: FunctionFact): string | null {
  if (fact.className === null) return null;
  const suffix = `.${fact.name}`;
  return fact.qualifiedName.endsWith(suffix)
    ? fact.qualifiedName.slice(0, -suffix.length)
    : fact.className;
}
