import type { FileFacts } from '@drift/core';
import { resolveImports, resolveReExports } from '../callgraph/module-resolution.js';
import type { SymbolIndex } from '../callgraph/symbol-index.js';
import { ScopeResolver } from '../detection/learning/scopes.js';
import type { ModuleDependency, ModuleFile } from './module-dependency.js';

/** The module dependency graph of a project: its files and their resolved dependencies. */
export interface ProjectDependencies {
  readonly files: ModuleFile[];
  readonly dependencies: ModuleDependency[];
}

const ABSTRACT_KINDS = new Set(['interface', 'trait']);
const EXPORT_LISTS = new Set(['typescript', 'javascript']);

/** Top folders that hold a project's sources rather than being a module themselves. */
const SOURCE_ROOTS = new Set(['src', 'lib', 'app', 'pkg', 'internal', 'source']);

/**
 * The module a file belongs to: its declared package (Java/Kotlin/Go/C#/PHP), else the nearest
 * workspace package (a folder with a manifest), else its top folder (`.` at the root), or the
 * folder below a source root (`src/utils` for `src/utils/url.ts`, `src` for `src/index.ts`).
 */
function moduleOf(path: string, facts: FileFacts, scopes: ScopeResolver): string {
  if (facts.package !== null) return facts.package;
  const root = scopes.packageOf(path);
  if (root !== '') return root;
  const [top, second, ...rest] = path.split('/');
  if (second === undefined) return '.';
  return SOURCE_ROOTS.has(top ?? '') && rest.length > 0 ? `${top ?? ''}/${second}` : (top ?? '.');
}

/** Exported names: TS/JS export lists (`default`, aliases); public top-level names elsewhere. */
function exportsOf(facts: FileFacts): string[] {
  if (EXPORT_LISTS.has(facts.language)) {
    return facts.exports
      .filter((e) => e.module === null)
      .map((e) => (e.kind === 'default' ? 'default' : (e.alias ?? e.name)));
  }
  return [
    ...facts.functions.filter((f) => f.isExported && f.className === null).map((f) => f.name),
    ...facts.classes.filter((c) => c.isExported).map((c) => c.name),
  ];
}

/**
 * Builds the input of `analyzeCoupling` from the symbol index of the call graph: one
 * {@link ModuleFile} per indexed file (types and abstract types counted from its class facts:
 * interfaces, traits and abstract classes are abstract) and one {@link ModuleDependency} per
 * import resolved to project files (`resolveImports`: names, `default`, `*` for namespace and
 * wildcard imports, none for side-effect imports) and per TS/JS re-export resolved to a project
 * file (`resolveReExports`), with `exportedAs` for renamed re-exports.
 *
 * @param packageRoots workspace package folders (`packageRoots` of the detection scopes).
 */
export function projectDependencies(
  index: SymbolIndex,
  packageRoots: readonly string[],
): ProjectDependencies {
  const scopes = new ScopeResolver(packageRoots);
  const files: ModuleFile[] = [];
  const dependencies: ModuleDependency[] = [];
  for (const path of index.paths()) {
    const facts = index.symbolsOf(path)?.facts;
    if (facts === undefined) continue;
    files.push({
      path,
      module: moduleOf(path, facts, scopes),
      classes: facts.classes.length,
      abstractTypes: facts.classes.filter((c) => c.isAbstract || ABSTRACT_KINDS.has(c.kind)).length,
      exports: exportsOf(facts),
    });
    for (const { fact, files: targets } of resolveImports(path, index)) {
      const names = [
        ...fact.names.map((n) => n.name),
        ...(fact.defaultName === null ? [] : ['default']),
        ...(fact.namespaceName === null ? [] : ['*']),
      ];
      for (const to of targets) {
        if (to !== path) dependencies.push({ from: path, to, names, typeOnly: fact.typeOnly });
      }
    }
    for (const { fact, file } of resolveReExports(path, index)) {
      if (file === null || file === path) continue;
      const all = fact.kind === 're-export-all';
      const name = all ? '*' : fact.name;
      dependencies.push({
        from: path,
        to: file,
        names: [name],
        typeOnly: fact.typeOnly,
        reExport: true,
        ...(fact.alias === null || fact.alias === name ? {} : { exportedAs: [fact.alias] }),
      });
    }
  }
  return { files, dependencies };
}
