import type { ClassFact, CodeLanguage, FileFacts, FunctionFact } from '@drift/core';
import { classifyFile, type FileRole } from '../detection/file-role.js';
import { simpleName } from '../detection/shared/testing-files.js';

/** A parsed file as entry-point recognition reads it. */
export interface EntryPointFile {
  /** Root-relative, `/`-separated. */
  readonly path: string;
  /** The file's parsed facts. */
  readonly facts: FileFacts;
  /**
   * The file's role when the caller has it (e.g. from {@link classifyFile} with the source, which
   * also sees generated-code headers); otherwise it is classified from `path`.
   */
  readonly role?: FileRole;
}

/** A written base or decorator name without generic or call arguments: `Repo<T>` → `Repo`. */
function bareName(name: string): string {
  return name
    .replace(/[(<[].*$/s, '')
    .replace(/^::/, '')
    .trim();
}

/**
 * What entry-point rules need to know about a file, computed once per file: its role and base
 * name, classes by qualified name with their in-file ancestry, imported modules, and the bare
 * names called from module-level code. Building it is O(size of the facts).
 */
export class FileContext {
  /** Root-relative, `/`-separated. */
  readonly path: string;
  /** The file's parser facts. */
  readonly facts: FileFacts;
  /** `facts.language`. */
  readonly language: CodeLanguage;
  /** The role given with the file, else {@link classifyFile} of its path. */
  readonly role: FileRole;
  /** The file name without its folders. */
  readonly baseName: string;
  /** Modules the file imports, as written. */
  readonly importedModules: ReadonlySet<string>;
  /** Bare callees (no receiver) of calls made outside any function. */
  readonly moduleCallees: ReadonlySet<string>;
  readonly #classes: ReadonlyMap<string, ClassFact>;
  readonly #bySimpleName: ReadonlyMap<string, ClassFact>;
  readonly #ancestors = new Map<ClassFact, ReadonlySet<string>>();

  constructor(file: EntryPointFile) {
    this.path = file.path;
    this.facts = file.facts;
    this.language = file.facts.language;
    this.role = file.role ?? classifyFile(file.path);
    this.baseName = file.path.slice(file.path.lastIndexOf('/') + 1);
    this.importedModules = new Set(file.facts.imports.map((i) => i.module));
    this.moduleCallees = new Set(
      file.facts.calls
        .filter((call) => call.enclosingFunction === null && call.receiver === null)
        .map((call) => call.callee),
    );
    this.#classes = new Map(file.facts.classes.map((cls) => [cls.qualifiedName, cls]));
    this.#bySimpleName = new Map(file.facts.classes.map((cls) => [cls.name, cls]));
  }

  /** The class, struct or object a method is declared in, or undefined for a free function. */
  ownerOf(fn: FunctionFact): ClassFact | undefined {
    if (fn.className === null) return undefined;
    const dot = fn.qualifiedName.lastIndexOf('.');
    return dot < 0 ? undefined : this.#classes.get(fn.qualifiedName.slice(0, dot));
  }

  /**
   * The base classes and implemented interfaces of `cls`, transitively through classes of the
   * same file (`class UserTest(BaseTest)` with `class BaseTest(TestCase)` has `TestCase`). Each
   * ancestor appears as written without arguments (`unittest.TestCase`, `Minitest::Test`) and as
   * its simple name (`TestCase`, `Test`). Memoised; cycles are cut.
   */
  ancestorsOf(cls: ClassFact): ReadonlySet<string> {
    const known = this.#ancestors.get(cls);
    if (known !== undefined) return known;
    const names = new Set<string>();
    this.#ancestors.set(cls, names);
    for (const written of [...cls.extends, ...cls.implements]) {
      const bare = bareName(written);
      names.add(bare);
      names.add(simpleName(bare));
      const local = this.#classes.get(bare) ?? this.#bySimpleName.get(simpleName(bare));
      if (local !== undefined && local !== cls)
        for (const name of this.ancestorsOf(local)) names.add(name);
    }
    return names;
  }
}
