import type { FileFacts } from '@drift/core';
import { isCommonMethodName } from './common-method-names.js';
import {
  bareCallsMayUseUniqueName,
  familyOf,
  isSelfReceiver,
  isSuperReceiver,
} from './language-rules.js';
import { resolveImports, resolveReExports, type ResolvedImport } from './module-resolution.js';
import { receiverPath } from './receiver-expressions.js';
import { parentDirectory } from './project-paths.js';
import type { SymbolIndex } from './symbol-index.js';

/** One file importing another: whether the importer passes the imported symbols on (see {@link forwards}). */
interface ImportEdge {
  readonly importer: string;
  readonly forwards: boolean;
}

/** The reverse import graph of an index and the names each file looks up project-wide. */
interface DependencyGraph {
  readonly importers: ReadonlyMap<string, readonly ImportEdge[]>;
  /** Files by the paths (without extension) their unresolved imports were looked for at. */
  readonly missingImports: ReadonlyMap<string, readonly string[]>;
  /** Files by the names their calls may resolve through project-wide tables (the name rules). */
  readonly nameUsers: ReadonlyMap<string, readonly string[]>;
}

const graphs = new WeakMap<SymbolIndex, DependencyGraph>();

const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

/** The names a file's classes mention in `extends`, property types and getter return types. */
function typeMentions(facts: FileFacts): Set<string> {
  const names = new Set<string>();
  const mention = (text: string | null): void => {
    for (const match of text?.matchAll(IDENTIFIER) ?? []) names.add(match[0]);
  };
  for (const cls of facts.classes) {
    for (const base of cls.extends) mention(base);
    for (const property of cls.properties) mention(property.type);
  }
  for (const fn of facts.functions) if (fn.kind === 'getter') mention(fn.returnType);
  return names;
}

/** The local names an import binds. */
function boundNames(resolved: ResolvedImport): string[] {
  const { fact } = resolved;
  const names = fact.names.map((name) => name.alias ?? name.name);
  if (fact.defaultName !== null) names.push(fact.defaultName);
  if (fact.namespaceName !== null) names.push(fact.namespaceName);
  names.push(fact.module.split(/[./\\]/).pop() ?? fact.module);
  return names;
}

/**
 * True when resolving calls of files that import `importer` may consult the modules `resolved`
 * brings in: `importer` exports a name it imports (`import { a } …; export { a }`, or any
 * Python `from … import`, which others may import again), or one of its classes extends or
 * holds (property, getter) a type imported through it — the chains that export lookups and
 * receiver typing follow. (`export … from` re-exports are edges of their own.)
 */
function forwards(
  facts: FileFacts,
  resolved: ResolvedImport,
  mentions: ReadonlySet<string>,
): boolean {
  const { fact } = resolved;
  if (facts.language === 'python' && fact.names.length > 0) return true;
  const bound = boundNames(resolved);
  if (facts.exports.some((exported) => exported.module === null && bound.includes(exported.name))) {
    return true;
  }
  return bound.some((name) => mentions.has(name));
}

/**
 * The names a file's calls may resolve through project-wide tables: bare callees where the
 * unique-name rule applies, callees of calls on receivers that are not `this`/`super` (common
 * library names only after a receiver path, whose class may be guessed by a unique member
 * name), the property names along receiver paths (that guess), and,
 * where classes are found by project-unique name, receiver heads and capitalised type names
 * (of parameters and typed variables too). References (functions passed as values) add the
 * names along their receiver paths.
 */
function projectWideNames(facts: FileFacts): Set<string> {
  const names = new Set<string>();
  const family = familyOf(facts.language);
  const bareByName =
    bareCallsMayUseUniqueName(facts.language) ||
    (family === 'js' && facts.imports.length === 0 && facts.exports.length === 0);
  const globalClasses = bareCallsMayUseUniqueName(facts.language);
  for (const call of facts.calls) {
    if (call.receiver === null) {
      if (bareByName) names.add(call.callee);
      continue;
    }
    if (isSelfReceiver(family, call.receiver) || isSuperReceiver(family, call.receiver)) continue;
    const path = receiverPath(call.receiver);
    if (!isCommonMethodName(call.callee) || (path !== null && path.length > 1)) {
      names.add(call.callee);
    }
    path?.forEach((segment, i) => {
      if (i > 0 || globalClasses) names.add(segment);
    });
  }
  for (const reference of facts.references) {
    const path = reference.receiver === null ? null : receiverPath(reference.receiver);
    path?.forEach((segment, i) => {
      if (i > 0 || globalClasses) names.add(segment);
    });
  }
  if (globalClasses) {
    for (const name of typeMentions(facts)) names.add(name);
    for (const variable of facts.variableTypes) {
      for (const match of variable.type.matchAll(IDENTIFIER)) names.add(match[0]);
    }
    for (const fn of facts.functions) {
      for (const parameter of fn.parameters) {
        for (const match of parameter.type?.matchAll(IDENTIFIER) ?? []) names.add(match[0]);
      }
    }
  }
  return names;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Builds (once per index) the reverse import/re-export graph and the name users. O(files + imports + calls). */
function dependencyGraph(index: SymbolIndex): DependencyGraph {
  const cached = graphs.get(index);
  if (cached !== undefined) return cached;
  const importers = new Map<string, ImportEdge[]>();
  const missingImports = new Map<string, string[]>();
  const nameUsers = new Map<string, string[]>();
  for (const path of index.paths()) {
    const facts = index.symbolsOf(path)?.facts;
    if (facts === undefined) continue;
    const mentions = typeMentions(facts);
    const addEdge = (target: string, edge: ImportEdge): void => {
      if (target === path) return;
      const list = importers.get(target);
      if (list === undefined) importers.set(target, [edge]);
      else list.push(edge);
    };
    const missing = (specifier: string, names: readonly string[]): void => {
      for (const stem of index.moduleStems(path, specifier, names))
        push(missingImports, stem, path);
    };
    for (const resolved of resolveImports(path, index)) {
      const edge = { importer: path, forwards: forwards(facts, resolved, mentions) };
      for (const target of resolved.files) addEdge(target, edge);
      if (resolved.files.length === 0) {
        missing(
          resolved.fact.module,
          resolved.fact.names.map((name) => name.name),
        );
      }
    }
    for (const { fact, file } of resolveReExports(path, index)) {
      if (file !== null) addEdge(file, { importer: path, forwards: true });
      else missing(fact.module ?? '', []);
    }
    for (const name of projectWideNames(facts)) push(nameUsers, name, path);
  }
  const graph = { importers, missingImports, nameUsers };
  graphs.set(index, graph);
  return graph;
}

/** The names a file defines that project-wide lookups find: functions, classes, properties. */
function definedNames(facts: FileFacts): string[] {
  const names = facts.functions.map((fn) => fn.name);
  for (const cls of facts.classes) {
    names.push(cls.name);
    for (const property of cls.properties) names.push(property.name);
  }
  return names;
}

/** A path without its extension (`a/b.d.ts` → `a/b`, `pkg/__init__.py` → `pkg/__init__`). */
function stemOf(path: string): string {
  return path.replace(/(?:\.d)?\.[^./]+$/, '');
}

/** Extensions of languages whose files see their package (folder) without imports. */
const PACKAGE_FILE = /\.(?:go|java|kt|cs|php)$/;

/**
 * The first files reached from a changed path that the index no longer holds (a deleted
 * file): the files whose unresolved imports were looked for at its path, and the files of its
 * folder when its language has packages.
 */
function deletedFileDependents(path: string, index: SymbolIndex, graph: DependencyGraph): string[] {
  const found = [...(graph.missingImports.get(stemOf(path)) ?? [])];
  if (PACKAGE_FILE.test(path)) found.push(...index.filesIn(parentDirectory(path)));
  return found;
}

/** Dependents of `changed` in one index (see {@link dependentFiles}). */
function dependentsIn(
  changed: readonly string[],
  index: SymbolIndex,
  previousNames: Iterable<string>,
  result: Set<string>,
): void {
  const graph = dependencyGraph(index);
  const queue: string[] = [];
  const visit = (path: string, propagate: boolean): void => {
    const known = result.has(path);
    result.add(path);
    if (propagate && !known) queue.push(path);
  };
  const packagesDone = new Set<readonly string[]>();
  for (const path of changed) {
    if (index.symbolsOf(path) !== undefined) visit(path, true);
    else for (const dependent of deletedFileDependents(path, index, graph)) visit(dependent, true);
  }
  while (queue.length > 0) {
    const path = queue.pop() ?? '';
    for (const edge of graph.importers.get(path) ?? []) visit(edge.importer, edge.forwards);
    const peers = index.packagePeers(path);
    if (peers !== null && !packagesDone.has(peers)) {
      packagesDone.add(peers);
      for (const peer of peers) visit(peer, true);
    }
  }
  const names = new Set(previousNames);
  for (const path of changed) {
    const facts = index.symbolsOf(path)?.facts;
    if (facts !== undefined) for (const name of definedNames(facts)) names.add(name);
  }
  for (const name of names) {
    for (const user of graph.nameUsers.get(name) ?? []) result.add(user);
  }
}

/** What is known of the project before the change (see {@link dependentFiles}). */
export interface DependentFilesOptions {
  /** The index the current edges were resolved with. */
  readonly previous?: SymbolIndex;
  /**
   * The names of the functions and classes the changed files defined before the change, when
   * no previous index is at hand (the stored nodes' `name` and `className`).
   */
  readonly previousNames?: Iterable<string>;
}

/**
 * The files whose outgoing edges may change when the `changed` files change (were edited,
 * added or deleted): the changed files themselves; the files importing them, and — through
 * importers that pass their symbols on (re-exports, Python `from … import`, classes extending
 * or typed with an imported class) — the files importing those, transitively; every file of
 * the same Go/Java/Kotlin/C#/PHP package; and the files whose calls look up project-wide (the
 * unique-name rules) a name that a changed file defines. A deleted file, absent from `index`,
 * is matched to the files whose imports (TypeScript/JavaScript relative, Python) were looked
 * for at its path, and to the files of its folder for languages with packages.
 *
 * `index` is built from the facts after the change. Names the change removed are found through
 * `options.previous` (the index the current edges were resolved with, which also knows a
 * deleted file's importers exactly) or `options.previousNames`. Resolving the returned files
 * with `index` and keeping every other file's edges gives the edges of a full rebuild. Builds
 * the reverse import graph once per index: O(files + imports + calls), then O(result).
 *
 * @returns root-relative paths present in `index`, sorted.
 */
export function dependentFiles(
  changed: readonly string[],
  index: SymbolIndex,
  options: DependentFilesOptions = {},
): string[] {
  const result = new Set<string>();
  dependentsIn(changed, index, options.previousNames ?? [], result);
  if (options.previous !== undefined) dependentsIn(changed, options.previous, [], result);
  return [...result].filter((path) => index.symbolsOf(path) !== undefined).sort();
}
