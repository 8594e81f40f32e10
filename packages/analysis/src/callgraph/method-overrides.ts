import type { ClassEntry, FunctionEntry } from './file-symbols.js';
import type { SymbolIndex } from './symbol-index.js';

/** A method of a file's class that overrides or implements a method of a project ancestor. */
export interface MethodOverride {
  /** Node id of the ancestor's method (`src/order-service.ts#OrderService.place`). */
  readonly method: string;
  /** Node id of the overriding method (`src/default-order-service.ts#DefaultOrderService.place`). */
  readonly override: string;
  /** 1-based line where the overriding method starts. */
  readonly line: number;
}

/** Ancestors followed at most per class (deep or cyclic hierarchies are cut, as in `ClassHierarchy`). */
const MAX_ANCESTORS = 32;

/** The project classes and interfaces a class extends or implements, transitively, nearest first. */
function ancestorsOf(entry: ClassEntry, index: SymbolIndex): ClassEntry[] {
  const found: ClassEntry[] = [];
  const seen = new Set<ClassEntry>([entry]);
  const queue = [entry];
  for (let cls = queue.shift(); cls !== undefined; cls = queue.shift()) {
    for (const written of [...cls.fact.extends, ...cls.fact.implements]) {
      const base = index.classOfType(cls.file, written);
      if (base === null || base === 'external' || seen.has(base)) continue;
      if (found.length >= MAX_ANCESTORS) return found;
      seen.add(base);
      found.push(base);
      queue.push(base);
    }
  }
  return found;
}

/** True for methods dynamic dispatch can select: instance methods, not constructors. */
function isOverridable(fn: FunctionEntry): boolean {
  return fn.ownerKey !== null && !fn.fact.isStatic && fn.fact.kind !== 'constructor';
}

/**
 * Every override of `path`'s classes: each instance method paired with the same-named instance
 * method of every project class or interface its class extends or implements, transitively
 * (`class DefaultOrderService implements OrderService` gives `OrderService.place` →
 * `DefaultOrderService.place`). A call resolved to the ancestor's method may run the override at
 * run time — the class hierarchy analysis of Dean, Grove and Chambers (ECOOP 1995), which
 * reachability, impact and test selection follow. Ancestors outside the project give nothing.
 * O(functions + methods × ancestors) for the file.
 */
export function fileMethodOverrides(path: string, index: SymbolIndex): MethodOverride[] {
  const symbols = index.symbolsOf(path);
  if (symbols === undefined) return [];
  const methodsByOwner = new Map<string, FunctionEntry[]>();
  for (const fn of symbols.functions) {
    if (fn.ownerKey === null || !isOverridable(fn)) continue;
    const methods = methodsByOwner.get(fn.ownerKey);
    if (methods === undefined) methodsByOwner.set(fn.ownerKey, [fn]);
    else methods.push(fn);
  }
  const overrides: MethodOverride[] = [];
  for (const cls of symbols.classesByQualifiedName.values()) {
    const methods = methodsByOwner.get(cls.key);
    if (methods === undefined) continue;
    for (const ancestor of ancestorsOf(cls, index)) {
      for (const method of methods) {
        const declared = index
          .findMethod(ancestor.key, method.fact.name)
          .entries.filter((fn) => fn.ownerKey === ancestor.key && isOverridable(fn));
        for (const base of declared) {
          overrides.push({
            method: base.id,
            override: method.id,
            line: method.fact.range.startLine,
          });
        }
      }
    }
  }
  return overrides;
}
