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
import type { SymbolIndex } from './symbol-index.js';

/** What one file adds to a {@link DependencyGraph}. */
interface FileDependencies {
  /** Project files it imports or re-exports from, with whether it passes their symbols on. */
  readonly imports: ReadonlyMap<string, boolean>;
  /** Paths (without extension) its unresolved imports were looked for at. */
  readonly missingStems: readonly string[];
  /** Names its calls may resolve through project-wide tables (the name rules). */
  readonly names: ReadonlySet<string>;
}

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

/** What `path` adds to the graph of `index` (empty for a path `index` does not hold). */
function fileDependencies(path: string, index: SymbolIndex): FileDependencies {
  const facts = index.symbolsOf(path)?.facts;
  if (facts === undefined) return { imports: new Map(), missingStems: [], names: new Set() };
  const mentions = typeMentions(facts);
  const imports = new Map<string, boolean>();
  const addImport = (target: string, forwarding: boolean): void => {
    if (target !== path) imports.set(target, forwarding || imports.get(target) === true);
  };
  const missingStems: string[] = [];
  const missing = (specifier: string, names: readonly string[]): void => {
    missingStems.push(...index.moduleStems(path, specifier, names));
  };
  for (const resolved of resolveImports(path, index)) {
    const forwarding = forwards(facts, resolved, mentions);
    for (const target of resolved.files) addImport(target, forwarding);
    if (resolved.files.length === 0) {
      missing(
        resolved.fact.module,
        resolved.fact.names.map((name) => name.name),
      );
    }
  }
  for (const { fact, file } of resolveReExports(path, index)) {
    if (file !== null) addImport(file, true);
    else missing(fact.module ?? '', []);
  }
  return { imports, missingStems, names: projectWideNames(facts) };
}

/** Adds `value` to the set `map` holds at `key`. */
function addTo<V>(map: Map<string, Set<V>>, key: string, value: V): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}

/** Removes `value` from the set `map` holds at `key`, and the key with its last value. */
function deleteFrom<V>(map: Map<string, Set<V>>, key: string, value: V): void {
  const set = map.get(key);
  if (set === undefined) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

const NONE: ReadonlySet<string> = new Set();
const NO_IMPORTERS: ReadonlyMap<string, boolean> = new Map();

/**
 * The reverse file-level dependency graph of a project, as incremental call-graph updates
 * need it: who imports a file (and whether the importer passes the file's symbols on), whose
 * unresolved imports were looked for at a path, and whose calls look up a name project-wide.
 * Built from every file's imports, re-exports and calls in O(files + imports + calls); a file's
 * part depends only on its own facts and on the module table of the index (which files exist,
 * and for Java/Kotlin/C#/PHP which file declares which package and class), so after edits that
 * leave that table alone, {@link DependencyGraph.replaceFiles} updates the graph in O(the
 * edited files' imports and calls).
 */
export class DependencyGraph {
  readonly #files = new Map<string, FileDependencies>();
  /** Importer → whether any of its imports of the key passes symbols on, by imported file. */
  readonly #importers = new Map<string, Map<string, boolean>>();
  readonly #missingImporters = new Map<string, Set<string>>();
  readonly #nameUsers = new Map<string, Set<string>>();

  private constructor() {}

  /** The graph of every file of `index`. */
  static build(index: SymbolIndex): DependencyGraph {
    const graph = new DependencyGraph();
    for (const path of index.paths()) graph.#add(path, fileDependencies(path, index));
    return graph;
  }

  /**
   * Recomputes the part of `paths` with `index` (the index after their change). Valid only when
   * the change left the module table alone: no file added or removed, no package or class
   * declaration changed; otherwise build a new graph.
   */
  replaceFiles(paths: Iterable<string>, index: SymbolIndex): void {
    for (const path of paths) {
      this.#remove(path);
      this.#add(path, fileDependencies(path, index));
    }
  }

  /** The files importing or re-exporting `path`, each with whether it passes `path`'s symbols on. */
  importersOf(path: string): ReadonlyMap<string, boolean> {
    return this.#importers.get(path) ?? NO_IMPORTERS;
  }

  /** The files with an unresolved import looked for at `stem` (a path without extension). */
  missingImportersOf(stem: string): ReadonlySet<string> {
    return this.#missingImporters.get(stem) ?? NONE;
  }

  /** The files whose calls may resolve `name` through project-wide tables. */
  nameUsersOf(name: string): ReadonlySet<string> {
    return this.#nameUsers.get(name) ?? NONE;
  }

  #add(path: string, part: FileDependencies): void {
    this.#files.set(path, part);
    for (const [target, forwarding] of part.imports) {
      const importers = this.#importers.get(target) ?? new Map<string, boolean>();
      this.#importers.set(target, importers.set(path, forwarding));
    }
    for (const stem of part.missingStems) addTo(this.#missingImporters, stem, path);
    for (const name of part.names) addTo(this.#nameUsers, name, path);
  }

  #remove(path: string): void {
    const part = this.#files.get(path);
    if (part === undefined) return;
    this.#files.delete(path);
    for (const target of part.imports.keys()) {
      const importers = this.#importers.get(target);
      importers?.delete(path);
      if (importers?.size === 0) this.#importers.delete(target);
    }
    for (const stem of part.missingStems) deleteFrom(this.#missingImporters, stem, path);
    for (const name of part.names) deleteFrom(this.#nameUsers, name, path);
  }
}
