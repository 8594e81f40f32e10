import type { ClassEntry, FunctionEntry } from './file-symbols.js';
import { PairMap } from './keyed-maps.js';

/** The result of looking a method up a class and its bases. */
export interface MethodLookup {
  /** The overloads found in the nearest class that declares the name (empty when none does). */
  readonly entries: readonly FunctionEntry[];
  /** True when the hierarchy reaches a base class outside the project (the method may be there). */
  readonly externalBase: boolean;
}

/** What the hierarchy needs from the symbol index. */
export interface HierarchySource {
  /** The class of an owner key (`ownerKey`), if it has a class fact. */
  classOfKey(key: string): ClassEntry | undefined;
  /** The methods declared for an owner key, by name. */
  methodsOf(key: string): ReadonlyMap<string, readonly FunctionEntry[]> | undefined;
  /** The class a written type names from `file`. */
  classOfType(file: string, type: string): ClassEntry | 'external' | null;
  /** The nested class `name` of a class (Kotlin's `Companion`), if declared. */
  nestedClass(entry: ClassEntry, name: string): ClassEntry | undefined;
}

/** A class's bases in the project, whether some base is outside it, and its Kotlin companion object's owner key. */
interface Hierarchy {
  readonly bases: readonly ClassEntry[];
  readonly external: boolean;
  readonly companionKey: string | null;
}

/** Longest `extends` chain followed (guards against cycles and pathological hierarchies). */
const MAX_HIERARCHY = 32;

/**
 * Class hierarchies of the project: the bases of each class (its `extends`/embedded types that
 * resolve to project classes, memoised), method lookup up the chain, member types, and the
 * root of a family of overrides. Cycles in `extends` are cut.
 */
export class ClassHierarchy {
  readonly #source: HierarchySource;
  readonly #hierarchies = new Map<ClassEntry, Hierarchy>();
  readonly #methodLookups = new PairMap<MethodLookup>();
  readonly #ancestors = new Map<string, ReadonlySet<string>>();
  readonly #overriddenRoots = new WeakMap<readonly FunctionEntry[], FunctionEntry | null>();

  constructor(source: HierarchySource) {
    this.#source = source;
  }

  /** The classes a class extends (embeds, for Go structs) that are in the project, and whether some are not. */
  basesOf(entry: ClassEntry): Hierarchy {
    let hierarchy = this.#hierarchies.get(entry);
    if (hierarchy !== undefined) return hierarchy;
    const bases: ClassEntry[] = [];
    let external = false;
    this.#hierarchies.set(entry, { bases, external, companionKey: null });
    for (const written of entry.fact.extends) {
      const base = this.#source.classOfType(entry.file, written);
      if (base === null || base === 'external') external = true;
      else if (base !== entry) bases.push(base);
    }
    const companion = this.#source.nestedClass(entry, 'Companion');
    hierarchy = {
      bases,
      external,
      companionKey: companion === undefined ? null : companion.key,
    };
    this.#hierarchies.set(entry, hierarchy);
    return hierarchy;
  }

  /**
   * Looks `name` up the methods of the class with owner key `key`, then of its bases in
   * depth-first, left-to-right order (Python's MRO for simple hierarchies; Java and TypeScript
   * have one base). With `skipOwn` the class itself is skipped (`super.m()`). A Kotlin class's
   * companion object counts as part of the class. Memoised per class and name.
   */
  findMethod(key: string, name: string, skipOwn = false): MethodLookup {
    if (skipOwn) return this.#search(key, name, true);
    let lookup = this.#methodLookups.get(key, name);
    if (lookup === undefined) {
      lookup = this.#search(key, name, false);
      this.#methodLookups.set(key, name, lookup);
    }
    return lookup;
  }

  #search(key: string, name: string, skipOwn: boolean): MethodLookup {
    const visited = new Set<string>();
    let externalBase = false;
    const stack: { key: string; skip: boolean }[] = [{ key, skip: skipOwn }];
    for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
      if (visited.has(current.key) || visited.size >= MAX_HIERARCHY) continue;
      visited.add(current.key);
      if (!current.skip) {
        const found = this.#source.methodsOf(current.key)?.get(name);
        if (found !== undefined) return { entries: found, externalBase: false };
      }
      const cls = this.#source.classOfKey(current.key);
      if (cls === undefined) continue;
      const { bases, external, companionKey } = this.basesOf(cls);
      if (!current.skip && companionKey !== null) {
        const found = this.#source.methodsOf(companionKey)?.get(name);
        if (found !== undefined) return { entries: found, externalBase: false };
      }
      externalBase ||= external;
      for (const base of [...bases].reverse()) {
        stack.push({ key: base.key, skip: false });
      }
    }
    return { entries: [], externalBase };
  }

  /**
   * The written type of member `name` of a class or its bases — a property or field, or the
   * return type of a getter — with the file it is written in (where its names resolve); null
   * when no class in the hierarchy declares it.
   */
  propertyType(entry: ClassEntry, name: string): { type: string | null; file: string } | null {
    const visited = new Set<ClassEntry>();
    const queue = [entry];
    for (let cls = queue.shift(); cls !== undefined; cls = queue.shift()) {
      if (visited.has(cls) || visited.size >= MAX_HIERARCHY) continue;
      visited.add(cls);
      const property = cls.fact.properties.find((p) => p.name === name);
      if (property !== undefined) return { type: property.type, file: cls.file };
      const getter = this.#source
        .methodsOf(cls.key)
        ?.get(name)
        ?.find((method) => method.fact.kind === 'getter');
      if (getter !== undefined) return { type: getter.fact.returnType, file: cls.file };
      queue.push(...this.basesOf(cls).bases);
    }
    return null;
  }

  /**
   * Among methods of one name, the one every other overrides: the candidate whose class is a
   * base (direct or not) of the classes of all the others (`JSXNode.toString` among its
   * subclasses' overrides); null when there is no such single root. Memoised per list object.
   */
  overriddenRoot(candidates: readonly FunctionEntry[]): FunctionEntry | null {
    let root = this.#overriddenRoots.get(candidates);
    if (root === undefined) {
      root = this.#findOverriddenRoot(candidates);
      this.#overriddenRoots.set(candidates, root);
    }
    return root;
  }

  #findOverriddenRoot(candidates: readonly FunctionEntry[]): FunctionEntry | null {
    const keys: string[] = [];
    for (const candidate of candidates) {
      const key = candidate.ownerKey;
      if (key === null) return null;
      keys.push(key);
    }
    return (
      candidates.find((_, i) =>
        keys.every(
          (key, j) =>
            j === i || (key !== keys[i] && this.#ancestorKeys(key).has(keys[i] as string)),
        ),
      ) ?? null
    );
  }

  #ancestorKeys(key: string): ReadonlySet<string> {
    const cached = this.#ancestors.get(key);
    if (cached !== undefined) return cached;
    const ancestors = new Set<string>();
    this.#ancestors.set(key, ancestors);
    const stack = [key];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const cls = this.#source.classOfKey(next);
      for (const base of cls === undefined ? [] : this.basesOf(cls).bases) {
        const baseKey = base.key;
        if (ancestors.has(baseKey) || baseKey === key || ancestors.size >= MAX_HIERARCHY) continue;
        ancestors.add(baseKey);
        stack.push(baseKey);
      }
    }
    return ancestors;
  }
}
