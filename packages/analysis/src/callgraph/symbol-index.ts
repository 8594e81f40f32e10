import { CallGraphError, type CodeLanguage, type FunctionFact } from '@drift/core';
import { classifyFile } from '../detection/file-role.js';
import { ClassHierarchy, type MethodLookup } from './class-hierarchy.js';
import {
  fileSymbolsOf,
  type ClassEntry,
  type FileSymbols,
  type FunctionEntry,
} from './file-symbols.js';
import { importBindingsOf, type FileBindings, type ImportBinding } from './import-bindings.js';
import { PairLists, PairMemo } from './keyed-maps.js';
import {
  bareCallsMayUseUniqueName,
  familyOf,
  usesNamespacedClasses,
  type LanguageFamily,
} from './language-rules.js';
import { ModuleResolver } from './module-resolver.js';
import { ownerQualifiedName } from './owner-keys.js';
import type { ProjectFacts, ReadProjectFile } from './project-input.js';
import { ProjectLayout } from './project-layout.js';
import { isRootRelative, parentDirectory } from './project-paths.js';
import type { PythonModule } from './python-modules.js';
import { classNameOfType } from './type-names.js';
import { TypeScriptExportTables } from './typescript-exports.js';

/**
 * What a name denotes once resolved:
 * - `function`: a function of the project;
 * - `class`: a class (struct, object …) of the project;
 * - `container`: an object literal or inline module of a file holding functions `name.m`;
 * - `module`: a whole module (TypeScript namespace import, Python module, Go package);
 *   `directory` is the package folder for Python submodule lookups;
 * - `member`: a member of a project class imported on its own (Java `import static`);
 * - `external`: something from outside the project (a package, the standard library).
 */
export type SymbolTarget =
  | { readonly kind: 'function'; readonly entry: FunctionEntry }
  | { readonly kind: 'class'; readonly entry: ClassEntry }
  | { readonly kind: 'container'; readonly file: string; readonly name: string }
  | {
      readonly kind: 'module';
      readonly files: readonly string[];
      readonly directory: string | null;
    }
  | { readonly kind: 'member'; readonly owner: ClassEntry; readonly name: string }
  | { readonly kind: 'external' };

const EXTERNAL: SymbolTarget = { kind: 'external' };

/** The bindings of a path outside the index: none (so its language is never consulted). */
const NO_BINDINGS: FileBindings = { language: 'c', byLocal: new Map(), wildcards: [] };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Everything needed to resolve call sites, built once from the facts of every project file in
 * O(files + functions + classes): node ids per file, classes and their methods, functions by
 * name per language family, namespaces and packages; plus lazily, with memoisation, module
 * resolution (tsconfig `paths`, workspace packages, Python packages, Go modules), import
 * bindings, export and re-export chains, class lookups and base-class chains. Reads
 * configuration files through the given reader, each at most once.
 */
export class SymbolIndex {
  readonly #files = new Map<string, FileSymbols>();
  readonly #layout: ProjectLayout;
  readonly #packageKeys = new Map<string, string>();
  readonly #classesByKey = new Map<string, ClassEntry>();
  readonly #methodsByKey = new Map<string, Map<string, FunctionEntry[]>>();
  readonly #methodsByName = new PairLists<FunctionEntry>();
  readonly #freeFunctionsByName = new PairLists<FunctionEntry>();
  readonly #classesByFamilyName = new PairLists<ClassEntry>();
  readonly #membersByName = new PairLists<ClassEntry>();
  readonly #classesByPackage = new PairLists<ClassEntry>();
  readonly #packageFunctions = new PairLists<FunctionEntry>();
  readonly #filesByPackage = new Map<string, string[]>();
  readonly #bindings = new Map<string, FileBindings>();
  readonly #bindingTargets = new PairMemo<SymbolTarget>();
  readonly #exportTargets = new PairMemo<SymbolTarget>();
  readonly #pythonMembers = new PairMemo<SymbolTarget>();
  readonly #classLookups = new PairMemo<ClassEntry | 'external'>();
  readonly #moduleFiles = new PairMemo<readonly string[]>();
  readonly #nameCandidates = new PairMemo<readonly FunctionEntry[]>();
  readonly #memberClasses = new PairMemo<ClassEntry | 'external'>();
  readonly #testCode = new Map<string, boolean>();
  readonly #modules: ModuleResolver;
  readonly #hierarchy: ClassHierarchy;
  #exportTables: TypeScriptExportTables | undefined;

  private constructor(files: readonly ProjectFacts[], read: ReadProjectFile) {
    const paths = files.map((file) => file.path);
    this.#layout = new ProjectLayout(paths);
    this.#modules = new ModuleResolver(read, this.#layout, paths);
    this.#hierarchy = new ClassHierarchy({
      classOfKey: (key) => this.#classesByKey.get(key),
      methodsOf: (key) => this.#methodsByKey.get(key),
      classOfType: (file, type) => this.classOfType(file, type),
      nestedClass: (entry, name) =>
        this.#files
          .get(entry.file)
          ?.classesByQualifiedName.get(`${entry.fact.qualifiedName}.${name}`),
    });
    for (const file of files) this.#add(fileSymbolsOf(file));
  }

  /**
   * Indexes the facts of every project file. `read` serves configuration files (see
   * {@link ReadProjectFile}); it is called lazily, while resolving. A path given twice keeps
   * its last facts.
   *
   * @throws CallGraphError `CALL_GRAPH_ERROR` when a path is not root-relative with `/`
   *   separators (empty, absolute, with `\`, `.` or `..` segments): node ids and module
   *   resolution are built on such paths.
   */
  static build(files: Iterable<ProjectFacts>, read: ReadProjectFile): SymbolIndex {
    const unique = new Map<string, ProjectFacts>();
    for (const file of files) {
      if (!isRootRelative(file.path)) {
        throw new CallGraphError('CALL_GRAPH_ERROR', `not a root-relative path: ${file.path}`, {
          details: { path: file.path },
        });
      }
      unique.set(file.path, file);
    }
    return new SymbolIndex([...unique.values()], read);
  }

  /** Every indexed path, in the order given. */
  paths(): IterableIterator<string> {
    return this.#files.keys();
  }

  /** The indexed symbols of every file, in the order given. */
  files(): IterableIterator<FileSymbols> {
    return this.#files.values();
  }

  /** The indexed symbols of a file, or undefined when it is not in the project. */
  symbolsOf(path: string): FileSymbols | undefined {
    return this.#files.get(path);
  }

  #add(symbols: FileSymbols): void {
    const { path, facts } = symbols;
    this.#files.set(path, symbols);
    const family = familyOf(facts.language);
    const packageKey = this.#packageKey(symbols);
    if (packageKey !== null) {
      this.#packageKeys.set(path, packageKey);
      push(this.#filesByPackage, packageKey, path);
    }
    for (const entry of symbols.classesByQualifiedName.values()) {
      if (!this.#classesByKey.has(entry.key)) this.#classesByKey.set(entry.key, entry);
      this.#classesByFamilyName.push(family, entry.fact.name, entry);
      for (const property of entry.fact.properties) {
        this.#membersByName.push(family, property.name, entry);
      }
      if (packageKey !== null && entry.fact.qualifiedName === entry.fact.name) {
        this.#classesByPackage.push(packageKey, entry.fact.name, entry);
      }
    }
    for (const entry of symbols.functions) {
      const { fact } = entry;
      const key = entry.ownerKey;
      if (key !== null) {
        const cls = symbols.classesByQualifiedName.get(ownerQualifiedName(fact) ?? '');
        if (fact.kind === 'getter' && cls !== undefined) {
          this.#membersByName.push(family, fact.name, cls);
        }
        let methods = this.#methodsByKey.get(key);
        if (methods === undefined) {
          methods = new Map();
          this.#methodsByKey.set(key, methods);
        }
        push(methods, fact.name, entry);
      }
      if (fact.kind !== 'constructor' && (fact.className !== null || fact.kind !== 'function')) {
        this.#methodsByName.push(family, fact.name, entry);
      }
      if (this.#isFree(symbols, fact)) {
        this.#freeFunctionsByName.push(family, fact.name, entry);
        if (packageKey !== null && fact.qualifiedName === fact.name) {
          this.#packageFunctions.push(packageKey, fact.name, entry);
        }
      }
    }
  }

  /** A function callable by its bare name from elsewhere: not a method, not nested in a function. */
  #isFree(symbols: FileSymbols, fact: FunctionFact): boolean {
    if (fact.className !== null || fact.kind !== 'function') return false;
    const dot = fact.qualifiedName.lastIndexOf('.');
    return dot === -1 || !symbols.byQualifiedName.has(fact.qualifiedName.slice(0, dot));
  }

  /**
   * The key of the package a file belongs to, for same-package visibility: the folder of a Go
   * file, the declared package of a Java/Kotlin/C#/PHP file; null otherwise.
   */
  #packageKey(symbols: FileSymbols): string | null {
    const family = familyOf(symbols.facts.language);
    if (family === 'go') return `go\0${parentDirectory(symbols.path)}`;
    if (usesNamespacedClasses(family)) return `${family}\0${symbols.facts.package ?? ''}`;
    return null;
  }

  /** The class of an owner key, or undefined when its methods have no class fact (a Go method on a type declared elsewhere). */
  classOfKey(key: string): ClassEntry | undefined {
    return this.#classesByKey.get(key);
  }

  /**
   * Functions of a language family named `name`: with `free`, those callable by a bare name
   * (not methods, not nested in a function); otherwise those callable on a receiver (methods
   * and functions of object literals; not constructors, not nested functions).
   */
  functionsNamed(family: LanguageFamily, name: string, free: boolean): readonly FunctionEntry[] {
    return (free ? this.#freeFunctionsByName : this.#methodsByName).get(family, name);
  }

  /**
   * The candidates of the project-unique-name rule: {@link functionsNamed}, without test,
   * fixture and example code unless the caller is such code itself (production code never
   * calls it). Memoised; the same list object comes back for the same question.
   */
  nameCandidates(
    family: LanguageFamily,
    name: string,
    free: boolean,
    fromTestCode: boolean,
  ): readonly FunctionEntry[] {
    const all = this.functionsNamed(family, name, free);
    if (fromTestCode || all.length === 0) return all;
    return (
      this.#nameCandidates.get(free ? `${family}\0free` : family, name, () =>
        all.some((entry) => this.isTestCode(entry.file))
          ? all.filter((entry) => !this.isTestCode(entry.file))
          : all,
      ) ?? all
    );
  }

  /** True for files of tests, fixtures and examples (`classifyFile`), which production code never calls. */
  isTestCode(path: string): boolean {
    let result = this.#testCode.get(path);
    if (result === undefined) {
      const role = classifyFile(path);
      result = role === 'test' || role === 'fixture' || role === 'example';
      this.#testCode.set(path, result);
    }
    return result;
  }

  // ---- module resolution ---------------------------------------------------------------

  /** The `package` clause of the Go files an import path names, or null. */
  #goPackageName(importPath: string): string | null {
    const file = this.#modules.goPackageFiles(importPath)[0];
    return file === undefined ? null : (this.#files.get(file)?.facts.package ?? null);
  }

  /** Finds the top-level class `name` declared in namespace/package `pkg` of a family. */
  #packageClass(family: LanguageFamily, pkg: string, name: string): ClassEntry | null {
    return this.#classesByPackage.get(`${family}\0${pkg}`, name)[0] ?? null;
  }

  /**
   * The files the project's JavaScript/TypeScript packages expose to their users (`package.json`
   * `exports`, `main`, `bin`, mapped back to sources): a package's public API, whose exports are
   * used from outside the project.
   */
  packageEntryFiles(): string[] {
    return this.#modules.packageEntryFiles();
  }

  /**
   * The project files a module specifier of `fromFile` names, or null when it names nothing in
   * the project (an external package, the standard library). One file for TypeScript/JavaScript,
   * Python and Java/Kotlin/PHP class imports (`com.x.Foo`, `com.x.Foo.member`); every file of the
   * package for Go import paths, Java/Kotlin `com.x.*` and C# namespaces.
   */
  moduleFiles(
    fromFile: string,
    specifier: string,
    language: CodeLanguage,
  ): readonly string[] | null {
    return this.#moduleFiles.get(fromFile, specifier, () =>
      this.#resolveModuleFiles(fromFile, specifier, language),
    );
  }

  #resolveModuleFiles(
    fromFile: string,
    specifier: string,
    language: CodeLanguage,
  ): readonly string[] | null {
    const family = familyOf(language);
    const asList = (file: string | null): string[] | null => (file === null ? null : [file]);
    switch (family) {
      case 'js':
        return asList(this.#modules.typescript(fromFile, specifier));
      case 'python':
        return asList(this.#modules.python(fromFile, specifier)?.file ?? null);
      case 'go': {
        const files = this.#modules.goPackageFiles(specifier);
        return files.length === 0 ? null : files;
      }
      case 'jvm':
      case 'csharp':
      case 'php': {
        const separator = family === 'php' ? '\\' : '.';
        const dotted = specifier.endsWith(`${separator}*`) ? specifier.slice(0, -2) : specifier;
        const segments = dotted.split(separator);
        for (let cut = 1; cut <= 2 && cut < segments.length; cut += 1) {
          const pkg = segments.slice(0, -cut).join(separator);
          const name = segments[segments.length - cut] ?? '';
          const owner = this.#packageClass(family, pkg, name);
          if (owner !== null) return [owner.file];
        }
        return this.#filesByPackage.get(`${family}\0${dotted}`) ?? null;
      }
      default:
        return null;
    }
  }

  /**
   * The project paths, without extension, where a module specifier of `fromFile` would be
   * looked for (TypeScript/JavaScript relative specifiers: `base`, `base/index`; Python: see
   * `PythonModules.candidateStems`); empty for other languages and bare specifiers. A deleted
   * file's path without its extension is matched against these to find the files that imported
   * it.
   */
  moduleStems(fromFile: string, specifier: string, names: readonly string[]): string[] {
    const language = this.#files.get(fromFile)?.facts.language;
    return language === undefined ? [] : this.#modules.stems(fromFile, language, specifier, names);
  }

  /** The project files directly in a folder. */
  filesIn(directory: string): readonly string[] {
    return this.#layout.filesIn(directory);
  }

  // ---- import bindings and exports -----------------------------------------------------

  /** The import bindings of a file (empty for unknown paths). */
  bindingsOf(path: string): FileBindings {
    const cached = this.#bindings.get(path);
    if (cached !== undefined) return cached;
    const symbols = this.#files.get(path);
    const bindings =
      symbols === undefined
        ? NO_BINDINGS
        : importBindingsOf(symbols.facts, (importPath) =>
            familyOf(symbols.facts.language) === 'go' ? this.#goPackageName(importPath) : null,
          );
    this.#bindings.set(path, bindings);
    return bindings;
  }

  /**
   * What the import binding `local` of file `path` denotes, following re-exports; null when
   * the file has no such binding or Drift does not resolve that language's imports.
   */
  bindingTarget(path: string, local: string): SymbolTarget | null {
    const bindings = this.bindingsOf(path);
    const binding = bindings.byLocal.get(local);
    if (binding === undefined) return null;
    return this.#bindingTargets.get(path, local, () =>
      this.#targetOfBinding(path, binding, bindings.language),
    );
  }

  /** The targets of a file's wildcard imports, in import order (externals left out). */
  wildcardModules(path: string): SymbolTarget[] {
    const targets: SymbolTarget[] = [];
    const bindings = this.bindingsOf(path);
    for (const binding of bindings.wildcards) {
      const target = this.#targetOfBinding(path, binding, bindings.language);
      if (target !== null && target.kind !== 'external') targets.push(target);
    }
    return targets;
  }

  #targetOfBinding(
    path: string,
    binding: ImportBinding,
    language: CodeLanguage,
  ): SymbolTarget | null {
    const family = familyOf(language);
    switch (family) {
      case 'js':
        return this.#typescriptBinding(path, binding);
      case 'python':
        return this.#pythonBinding(path, binding);
      case 'go': {
        const files = this.moduleFiles(path, binding.module, language);
        const directory = this.#modules.goDirectory(binding.module);
        return files === null ? EXTERNAL : { kind: 'module', files, directory };
      }
      case 'jvm':
      case 'csharp':
      case 'php':
        return this.#namespacedBinding(family, binding);
      default:
        return null;
    }
  }

  /**
   * A TypeScript/JavaScript import: the exported symbol, the whole module (namespace, CommonJS
   * `require`, a default import of a module without default export), external when the module
   * is outside the project, null when a project module does not export the name as a function,
   * class or container (a constant, a type).
   */
  #typescriptBinding(path: string, binding: ImportBinding): SymbolTarget | null {
    const file = this.#modules.typescript(path, binding.module);
    if (file === null) return EXTERNAL;
    const module: SymbolTarget = { kind: 'module', files: [file], directory: null };
    if (binding.form !== 'named' || binding.importedName === null) return module;
    const target = this.exportTarget(file, binding.importedName);
    return target ?? (binding.importedName === 'default' ? module : null);
  }

  #pythonBinding(path: string, binding: ImportBinding): SymbolTarget | null {
    const module = this.#modules.python(path, binding.module);
    if (module === null) return EXTERNAL;
    if (binding.form !== 'named' || binding.importedName === null) {
      return pythonModuleTarget(module);
    }
    return this.pythonMember(module, binding.importedName);
  }

  #namespacedBinding(family: LanguageFamily, binding: ImportBinding): SymbolTarget {
    const separator = family === 'php' ? '\\' : '.';
    const name = binding.importedName;
    if (binding.form === 'wildcard') {
      const files = this.#filesByPackage.get(`${family}\0${binding.module}`);
      if (files !== undefined) return { kind: 'module', files, directory: null };
      const owner = this.#classByFullName(family, binding.module, separator);
      return owner === null ? EXTERNAL : { kind: 'class', entry: owner };
    }
    const cls = this.#packageClass(family, binding.module, name ?? '');
    if (cls !== null) return { kind: 'class', entry: cls };
    const owner = this.#classByFullName(family, binding.module, separator);
    if (owner !== null) return { kind: 'member', owner, name: name ?? '' };
    const fn = this.#packageFunctions.get(`${family}\0${binding.module}`, name ?? '')[0];
    return fn === undefined ? EXTERNAL : { kind: 'function', entry: fn };
  }

  /** `com.x.Helpers` → the class `Helpers` of package `com.x`, or null. */
  #classByFullName(family: LanguageFamily, fullName: string, separator: string): ClassEntry | null {
    const cut = fullName.lastIndexOf(separator);
    return cut === -1
      ? null
      : this.#packageClass(family, fullName.slice(0, cut), fullName.slice(cut + separator.length));
  }

  /**
   * The symbol a TypeScript/JavaScript file exports as `name` (`default` for its default
   * export), following `export { a as b } from`, `export * from` (in order, never for
   * `default`), `export * as ns from`, local re-exports of imports and CommonJS exports; null
   * when the file does not export it. Memoised; cycles yield null.
   */
  exportTarget(path: string, name: string): SymbolTarget | null {
    return this.#exportTargets.get(path, name, () => this.#findExport(path, name));
  }

  #findExport(path: string, name: string): SymbolTarget | null {
    this.#exportTables ??= new TypeScriptExportTables({
      exportsOf: (file) => this.#files.get(file)?.facts.exports,
      resolve: (file, specifier) => this.#modules.typescript(file, specifier),
    });
    const origin = this.#exportTables.lookup(path, name);
    if (origin === undefined) return null;
    switch (origin.kind) {
      case 'local':
        return (
          this.localSymbol(origin.file, origin.name) ?? this.bindingTarget(origin.file, origin.name)
        );
      case 'forwarded':
        return origin.file === null ? EXTERNAL : this.exportTarget(origin.file, origin.name);
      default:
        return origin.file === null
          ? EXTERNAL
          : { kind: 'module', files: [origin.file], directory: null };
    }
  }

  /**
   * A Python module's attribute `name`: a function or class it defines, a name it imports
   * (followed), a name from its `import *`, or its submodule `name`; null when none.
   */
  pythonMember(module: PythonModule, name: string): SymbolTarget | null {
    return this.#pythonMembers.get(module.file ?? module.directory ?? '', name, () =>
      this.#findPythonMember(module, name),
    );
  }

  #findPythonMember(module: PythonModule, name: string): SymbolTarget | null {
    let target: SymbolTarget | null = null;
    if (module.file !== null) {
      target = this.localSymbol(module.file, name) ?? this.bindingTarget(module.file, name);
      for (const star of target === null ? this.wildcardModules(module.file) : []) {
        target = star.kind === 'module' ? this.moduleMember(star, name) : null;
        if (target !== null) break;
      }
    }
    if (target === null && module.directory !== null) {
      const submodule = this.#modules.pythonSubmodule(module.directory, name);
      target = submodule === null ? null : pythonModuleTarget(submodule);
    }
    return target;
  }

  /**
   * The member `name` of a module target: a TypeScript export, a Python attribute, a Go
   * package's top-level function or type, a Java/C# package's class; null when absent.
   */
  moduleMember(module: SymbolTarget & { kind: 'module' }, name: string): SymbolTarget | null {
    const first = module.files[0];
    if (first === undefined) {
      return module.directory === null
        ? null
        : this.pythonMember({ file: null, directory: module.directory }, name);
    }
    const language = this.#files.get(first)?.facts.language;
    if (language === undefined) return null;
    const family = familyOf(language);
    if (family === 'js') return this.exportTarget(first, name);
    if (family === 'python')
      return this.pythonMember({ file: first, directory: module.directory }, name);
    for (const file of module.files) {
      const target = this.localSymbol(file, name);
      if (target !== null) return target;
    }
    return null;
  }

  /**
   * A top-level symbol declared in a file: the last function of that qualified name outside
   * any class (a later definition replaces an earlier one), else a class, else a container of
   * functions (object literal, inline module); null when the file declares none.
   */
  localSymbol(path: string, name: string): SymbolTarget | null {
    const symbols = this.#files.get(path);
    if (symbols === undefined) return null;
    const fn = symbols.byQualifiedName.get(name)?.findLast((e) => e.fact.className === null);
    if (fn !== undefined) return { kind: 'function', entry: fn };
    const cls = symbols.classesByQualifiedName.get(name);
    if (cls !== undefined) return { kind: 'class', entry: cls };
    return symbols.containers.has(name) ? { kind: 'container', file: path, name } : null;
  }

  // ---- names visible in a file ---------------------------------------------------------

  /**
   * Every file of the package of `path` — the Go folder, the Java/Kotlin/C#/PHP namespace —
   * (the same list object for every file of it), or null when the language has no packages.
   */
  packagePeers(path: string): readonly string[] | null {
    const key = this.#packageKeys.get(path);
    return key === undefined ? null : (this.#filesByPackage.get(key) ?? null);
  }

  /**
   * A top-level function of the file's package declared in another file (Go same-package
   * functions, Kotlin same-package top-level functions); test files of Go see the package's
   * test files too.
   */
  packageFunction(path: string, name: string): FunctionEntry | null {
    const symbols = this.#files.get(path);
    if (symbols === undefined) return null;
    const key = this.#packageKeys.get(path);
    if (key === undefined) return null;
    const isTest = path.endsWith('_test.go');
    const candidates = this.#packageFunctions
      .get(key, name)
      .filter(
        (entry) =>
          entry.file !== path &&
          (isTest || !entry.file.endsWith('_test.go')) &&
          this.#files.get(entry.file)?.facts.package === symbols.facts.package,
      );
    return candidates.length === 1 ? (candidates[0] ?? null) : null;
  }

  /**
   * The class a simple or qualified name denotes in a file: a class of the file, an imported
   * class, a class of the same package/namespace (or of an enclosing C# namespace), one from a
   * wildcard import, or — for languages whose imports Drift does not resolve — the only class
   * of that name in the language family. `'external'` when the name is imported from outside
   * the project; null when nothing is known.
   */
  classNamed(path: string, name: string): ClassEntry | 'external' | null {
    return this.#classLookups.get(path, name, () => this.#findClass(path, name));
  }

  #findClass(path: string, name: string): ClassEntry | 'external' | null {
    const symbols = this.#files.get(path);
    if (symbols === undefined) return null;
    const family = familyOf(symbols.facts.language);
    if (name.includes('.')) return this.#qualifiedClass(path, name, family);
    const own = symbols.classesByName.get(name);
    if (own !== undefined && own.length > 0) {
      return own.find((entry) => entry.fact.qualifiedName === name) ?? own[0] ?? null;
    }
    const bound = this.bindingTarget(path, name);
    if (bound !== null) {
      if (bound.kind === 'class') return bound.entry;
      if (bound.kind === 'external') return 'external';
      return null;
    }
    if (family === 'go') {
      const entry = this.#classesByKey.get(`go\0${parentDirectory(path)}\0${name}`);
      if (entry !== undefined) return entry;
    }
    if (usesNamespacedClasses(family)) {
      let pkg: string | null = symbols.facts.package ?? '';
      const separator = family === 'php' ? '\\' : '.';
      while (pkg !== null) {
        const entry = this.#packageClass(family, pkg, name);
        if (entry !== null) return entry;
        const cut = pkg.lastIndexOf(separator);
        pkg = family === 'csharp' && cut !== -1 ? pkg.slice(0, cut) : null;
      }
    }
    for (const module of this.wildcardModules(path)) {
      const member = module.kind === 'module' ? this.moduleMember(module, name) : null;
      if (member?.kind === 'class') return member.entry;
    }
    if (bareCallsMayUseUniqueName(symbols.facts.language)) {
      const candidates = this.#classesByFamilyName.get(family, name);
      if (candidates.length === 1) return candidates[0] ?? null;
    }
    return null;
  }

  /** `ns.Repo`, `st.Store`, `com.x.Repo`, `App.Repo.User`: a module member or a full name. */
  #qualifiedClass(
    path: string,
    name: string,
    family: LanguageFamily,
  ): ClassEntry | 'external' | null {
    const segments = name.split('.');
    const head = this.bindingTarget(path, segments[0] ?? '');
    let current: SymbolTarget | null = head;
    for (const segment of segments.slice(1)) {
      if (current === null || current.kind === 'external') break;
      if (current.kind === 'module') current = this.moduleMember(current, segment);
      else if (current.kind === 'class') {
        const nested = this.#files
          .get(current.entry.file)
          ?.classesByQualifiedName.get(`${current.entry.fact.qualifiedName}.${segment}`);
        current = nested === undefined ? null : { kind: 'class', entry: nested };
      } else current = null;
    }
    if (current?.kind === 'class') return current.entry;
    if (current?.kind === 'external') return 'external';
    if (usesNamespacedClasses(family)) {
      const separator = family === 'php' ? '\\' : '.';
      return this.#classByFullName(family, segments.join(separator), separator);
    }
    return null;
  }

  /**
   * The class a written type annotation of file `path` names (see `classNameOfType`), or
   * `'external'` when it names something imported from outside the project, or null.
   */
  classOfType(path: string, type: string): ClassEntry | 'external' | null {
    const language = this.#files.get(path)?.facts.language;
    if (language === undefined) return null;
    const name = classNameOfType(type, language);
    return name === null ? null : this.classNamed(path, name);
  }

  // ---- class hierarchies (see ClassHierarchy) ------------------------------------------

  /** The classes a class extends (embeds, for Go structs) that are in the project, and whether some are not. */
  basesOf(entry: ClassEntry): {
    readonly bases: readonly ClassEntry[];
    readonly external: boolean;
  } {
    return this.#hierarchy.basesOf(entry);
  }

  /** See `ClassHierarchy.findMethod`. */
  findMethod(key: string, name: string, skipOwn = false): MethodLookup {
    return this.#hierarchy.findMethod(key, name, skipOwn);
  }

  /** See `ClassHierarchy.propertyType`. */
  propertyType(entry: ClassEntry, name: string): { type: string | null; file: string } | null {
    return this.#hierarchy.propertyType(entry, name);
  }

  /** See `ClassHierarchy.overriddenRoot`. */
  overriddenRoot(candidates: readonly FunctionEntry[]): FunctionEntry | null {
    return this.#hierarchy.overriddenRoot(candidates);
  }

  /** The constructors a class declares (`constructor`, `__init__`, Java/C# constructors, `__construct`, `initialize`). */
  constructorsOf(entry: ClassEntry): FunctionEntry[] {
    const methods = this.#methodsByKey.get(entry.key);
    if (methods === undefined) return [];
    const result: FunctionEntry[] = [];
    for (const list of methods.values()) {
      for (const method of list) if (method.fact.kind === 'constructor') result.push(method);
    }
    return result;
  }

  /**
   * The class of member `name` when exactly one class of the family (outside test code, unless
   * `fromTest`) declares a property or getter of that name, the class its written type names
   * (`'external'` for a type from outside the project) — the guess for `c.req` when `c` is
   * untyped; null when there is no single typed declaration.
   */
  uniqueMemberClass(
    family: LanguageFamily,
    name: string,
    fromTest: boolean,
  ): ClassEntry | 'external' | null {
    return this.#memberClasses.get(fromTest ? `${family}\0test` : family, name, () =>
      this.#findMemberClass(family, name, fromTest),
    );
  }

  #findMemberClass(
    family: LanguageFamily,
    name: string,
    fromTest: boolean,
  ): ClassEntry | 'external' | null {
    const declarations = this.#membersByName
      .get(family, name)
      .filter((declaration) => fromTest || !this.isTestCode(declaration.file));
    const only = declarations.length === 1 ? declarations[0] : undefined;
    if (only === undefined) return null;
    const type = this.propertyType(only, name);
    return type === null || type.type === null ? null : this.classOfType(type.file, type.type);
  }
}

function pythonModuleTarget(module: PythonModule): SymbolTarget {
  return {
    kind: 'module',
    files: module.file === null ? [] : [module.file],
    directory: module.directory,
  };
}
