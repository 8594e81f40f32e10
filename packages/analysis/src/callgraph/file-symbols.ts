import {
  MODULE_NODE_NAME,
  type CallFact,
  type CallGraphNode,
  type ClassFact,
  type CodeLanguage,
  type FileFacts,
  type FunctionFact,
  type VariableTypeFact,
} from '@drift/core';
import { ownerKey, ownerQualifiedName } from './owner-keys.js';
import type { ProjectFacts } from './project-input.js';

/** A function of the project with its node id. */
export interface FunctionEntry {
  readonly id: string;
  /** Root-relative path of its file. */
  readonly file: string;
  readonly fact: FunctionFact;
  /** The owner key (`ownerKey`) of its class, or null for a function outside any class. */
  readonly ownerKey: string | null;
}

/** A class (struct, trait, object …) of the project. */
export interface ClassEntry {
  /** Root-relative path of its file. */
  readonly file: string;
  readonly fact: ClassFact;
  /** Its owner key (`ownerKey`): the key its methods are filed under. */
  readonly key: string;
}

/** One file's functions and classes, addressed the ways call resolution needs them. */
export interface FileSymbols {
  readonly path: string;
  readonly facts: FileFacts;
  /** One entry per function fact, in fact order. */
  readonly functions: readonly FunctionEntry[];
  /** Functions by qualified name (several for overloads and redefinitions). */
  readonly byQualifiedName: ReadonlyMap<string, readonly FunctionEntry[]>;
  /** Classes by qualified name within the file. */
  readonly classesByQualifiedName: ReadonlyMap<string, ClassEntry>;
  /** Classes by simple name (nested classes too). */
  readonly classesByName: ReadonlyMap<string, readonly ClassEntry[]>;
  /**
   * Names that hold functions without being a function or class: object literals
   * (`const api = { get() {} }` → `api`), Rust inline modules, Ruby modules.
   */
  readonly containers: ReadonlySet<string>;
  /**
   * Typed variables by {@link variableKey} of their enclosing function and name, in source order.
   */
  readonly variableTypes: ReadonlyMap<string, readonly VariableTypeFact[]>;
  /** True when some function outside classes is qualified (nested in a function, a namespace, a module). */
  readonly hasScopedFunctions: boolean;
  /** The `<module>` node's id when the file has module-level calls, else null. */
  readonly moduleNodeId: string | null;
}

/**
 * The node id of a function, per `call-graph.ts`: `file#qualifiedName`, with `@n` for the n-th
 * (n ≥ 2) function of the same qualified name in the file.
 */
export function functionNodeId(file: string, qualifiedName: string, occurrence: number): string {
  return occurrence < 2 ? `${file}#${qualifiedName}` : `${file}#${qualifiedName}@${occurrence}`;
}

/** The id of a file's `<module>` node: `file#<module>`. */
export function moduleNodeId(file: string): string {
  return `${file}#${MODULE_NODE_NAME}`;
}

/** The key of {@link FileSymbols.variableTypes}: the enclosing function's qualified name ('' at module level) and the variable name. */
export function variableKey(enclosingFunction: string | null, name: string): string {
  return `${enclosingFunction ?? ''}\0${name}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * The function a call belongs to: the function fact named by `enclosingFunction` whose range
 * holds the call's line (the first of that name otherwise), or null for module-level code and
 * names no function fact carries.
 */
export function enclosingFunctionOf(symbols: FileSymbols, call: CallFact): FunctionEntry | null {
  if (call.enclosingFunction === null) return null;
  const candidates = symbols.byQualifiedName.get(call.enclosingFunction);
  if (candidates === undefined) return null;
  if (candidates.length === 1) return candidates[0] ?? null;
  return (
    candidates.find(
      (entry) => entry.fact.range.startLine <= call.line && call.line <= entry.fact.range.endLine,
    ) ??
    candidates[0] ??
    null
  );
}

/** The enclosing scope of a qualified name: `a.b.c` → `a.b`, `c` → the empty string. */
export function parentScope(qualifiedName: string): string {
  const dot = qualifiedName.lastIndexOf('.');
  return dot === -1 ? '' : qualifiedName.slice(0, dot);
}

/** Indexes one file's facts: node ids, functions by qualified name, classes by name. O(facts). */
export function fileSymbolsOf(file: ProjectFacts): FileSymbols {
  const { path, facts } = file;
  const occurrences = new Map<string, number>();
  const byQualifiedName = new Map<string, FunctionEntry[]>();
  const functions = facts.functions.map((fact) => {
    const occurrence = (occurrences.get(fact.qualifiedName) ?? 0) + 1;
    occurrences.set(fact.qualifiedName, occurrence);
    const owner = ownerQualifiedName(fact);
    const entry: FunctionEntry = {
      id: functionNodeId(path, fact.qualifiedName, occurrence),
      file: path,
      fact,
      ownerKey: owner === null ? null : ownerKey(path, facts, owner),
    };
    push(byQualifiedName, fact.qualifiedName, entry);
    return entry;
  });
  const classesByQualifiedName = new Map<string, ClassEntry>();
  const classesByName = new Map<string, ClassEntry[]>();
  for (const fact of facts.classes) {
    const entry: ClassEntry = { file: path, fact, key: ownerKey(path, facts, fact.qualifiedName) };
    if (!classesByQualifiedName.has(fact.qualifiedName)) {
      classesByQualifiedName.set(fact.qualifiedName, entry);
    }
    push(classesByName, fact.name, entry);
  }
  const containers = new Set<string>();
  let hasScopedFunctions = false;
  for (const { fact } of functions) {
    const dot = fact.qualifiedName.lastIndexOf('.');
    const prefix = fact.qualifiedName.slice(0, dot);
    if (dot > 0 && fact.className === null) hasScopedFunctions = true;
    if (
      dot > 0 &&
      fact.className === null &&
      !byQualifiedName.has(prefix) &&
      !classesByQualifiedName.has(prefix)
    ) {
      containers.add(prefix);
    }
  }
  const variableTypes = new Map<string, VariableTypeFact[]>();
  for (const variable of facts.variableTypes) {
    push(variableTypes, variableKey(variable.enclosingFunction, variable.name), variable);
  }
  const symbols = {
    path,
    facts,
    functions,
    byQualifiedName,
    classesByQualifiedName,
    classesByName,
    containers,
    variableTypes,
    hasScopedFunctions,
    moduleNodeId: null as string | null,
  };
  if (facts.calls.some((call) => enclosingFunctionOf(symbols, call) === null)) {
    symbols.moduleNodeId = moduleNodeId(path);
  }
  return symbols;
}

/** The last line any fact of the file mentions (the extent of its `<module>` node). */
function lastLineOf(facts: FileFacts): number {
  let last = 1;
  for (const fn of facts.functions) last = Math.max(last, fn.range.endLine);
  for (const cls of facts.classes) last = Math.max(last, cls.range.endLine);
  for (const call of facts.calls) last = Math.max(last, call.line);
  for (const fact of facts.imports) last = Math.max(last, fact.line);
  return last;
}

function functionNode(entry: FunctionEntry, language: CodeLanguage): CallGraphNode {
  const { fact } = entry;
  return {
    id: entry.id,
    file: entry.file,
    language,
    name: fact.name,
    qualifiedName: fact.qualifiedName,
    className: fact.className,
    startLine: fact.range.startLine,
    endLine: fact.range.endLine,
    isExported: fact.isExported,
    entryPoint: null,
  };
}

/** Nodes of already indexed symbols (see {@link nodesOf}). */
export function nodesOfSymbols(symbols: FileSymbols): CallGraphNode[] {
  const language = symbols.facts.language;
  const nodes = symbols.functions.map((entry) => functionNode(entry, language));
  if (symbols.moduleNodeId !== null) {
    nodes.push({
      id: symbols.moduleNodeId,
      file: symbols.path,
      language,
      name: MODULE_NODE_NAME,
      qualifiedName: MODULE_NODE_NAME,
      className: null,
      startLine: 1,
      endLine: lastLineOf(symbols.facts),
      isExported: false,
      entryPoint: null,
    });
  }
  return nodes;
}

/**
 * The call-graph nodes of one file: one per function fact (ids per `call-graph.ts`:
 * `file#qualifiedName`, `@n` for the n-th of a repeated qualified name), plus the `<module>`
 * node when calls are made outside any function; it spans line 1 to the last line a fact
 * mentions. `entryPoint` is null here: entry points are assigned by another module.
 */
export function nodesOf(file: ProjectFacts): CallGraphNode[] {
  return nodesOfSymbols(fileSymbolsOf(file));
}
