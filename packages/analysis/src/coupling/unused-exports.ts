import { CallGraphError } from '@drift/core';
import { compareText } from './compare-text.js';
import {
  dependencyEnds,
  indexModuleFiles,
  type ModuleDependency,
  type ModuleFile,
} from './module-dependency.js';

/** The exported names of one file that nothing imports. */
export interface UnusedExports {
  /** Root-relative path. */
  readonly path: string;
  /** The unused names, sorted, without duplicates. */
  readonly names: readonly string[];
}

/** A name `from` re-exports: `name` of file `target`. */
interface ReExportTarget {
  readonly target: number;
  readonly name: string;
}

/**
 * The exported names of each file that no dependency uses, for files with at least one; sorted
 * by path. Entry files (`entryFiles`, e.g. a package's main or index; paths not among `files`
 * are ignored) are the program's API: they are not reported and all their exports count as used.
 *
 * A name is used when an import names it, or a namespace or wildcard import (`*`) takes the
 * whole file. Re-exports (`reExport` dependencies) pass usage on along the chain, as ECMAScript
 * resolves them: a used `export { a as b } from './y'` uses `a` of y; `export * as ns` uses all
 * of y once `ns` is used; `export * from './y'` passes on every used name the re-exporting file
 * does not export itself, and never `default`. A re-export alone uses nothing, so a barrel
 * nobody imports leaves its sources' exports unused. O(files + dependencies + names used ×
 * `export *` fan-out).
 *
 * @throws CallGraphError (`CALL_GRAPH_ERROR`) on invalid files or dependencies (see
 *   `indexModuleFiles`, `dependencyEnds`) or when a re-export's `exportedAs` and `names`
 *   differ in length.
 */
export function findUnusedExports(
  files: readonly ModuleFile[],
  dependencies: readonly ModuleDependency[],
  entryFiles: ReadonlySet<string>,
): UnusedExports[] {
  const indexOf = indexModuleFiles(files);
  // Sparse per-file tables, allocated on first use.
  const namedReExports: (Map<string, ReExportTarget[]> | undefined)[] = [];
  const starReExports: (number[] | undefined)[] = [];
  const exported: (ReadonlySet<string> | undefined)[] = [];
  const used: (Set<string> | undefined)[] = [];
  const imports: { readonly target: number; readonly names: readonly string[] }[] = [];
  for (const dependency of dependencies) {
    const [from, to] = dependencyEnds(dependency, indexOf);
    if (dependency.reExport !== true) {
      imports.push({ target: to, names: dependency.names });
      continue;
    }
    const { names, exportedAs = names } = dependency;
    if (exportedAs.length !== names.length) {
      throw new CallGraphError(
        'CALL_GRAPH_ERROR',
        `Re-export ${dependency.from} → ${dependency.to} has ${names.length} names but ${exportedAs.length} exportedAs`,
      );
    }
    names.forEach((name, i) => {
      const as = exportedAs[i] as string;
      if (as === '*') {
        (starReExports[from] ??= []).push(to);
        return;
      }
      const byName = (namedReExports[from] ??= new Map<string, ReExportTarget[]>());
      const targets = byName.get(as);
      if (targets === undefined) byName.set(as, [{ target: to, name }]);
      else targets.push({ target: to, name });
    });
  }

  // Work items: a file and a name it must provide, or null for "every name but default".
  const allButDefaultUsed = new Uint8Array(files.length);
  const work: (readonly [number, string | null])[] = [];
  const use = (file: number, name: string): void => {
    if (name === '*') work.push([file, null], [file, 'default']);
    else work.push([file, name]);
  };
  for (const { target, names } of imports) for (const name of names) use(target, name);
  for (const path of entryFiles) {
    const file = indexOf.get(path);
    if (file !== undefined) use(file, '*');
  }

  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    const [file, name] = item;
    const usedNames = (used[file] ??= new Set());
    if (name === null) {
      if (allButDefaultUsed[file] === 1) continue;
      allButDefaultUsed[file] = 1;
      for (const [as, targets] of namedReExports[file] ?? []) {
        if (as !== 'default') for (const target of targets) use(target.target, target.name);
      }
      for (const target of starReExports[file] ?? []) work.push([target, null]);
      continue;
    }
    if (usedNames.has(name) || (name !== 'default' && allButDefaultUsed[file] === 1)) continue;
    usedNames.add(name);
    for (const target of namedReExports[file]?.get(name) ?? []) use(target.target, target.name);
    const stars = starReExports[file];
    if (stars !== undefined && name !== 'default') {
      const own = (exported[file] ??= new Set((files[file] as ModuleFile).exports));
      if (!own.has(name)) for (const target of stars) work.push([target, name]);
    }
  }

  const unused: UnusedExports[] = [];
  files.forEach((file, i) => {
    if (entryFiles.has(file.path)) return;
    const usedNames = used[i];
    const names = file.exports.filter(
      (name) =>
        name !== '*' &&
        usedNames?.has(name) !== true &&
        (name === 'default' || allButDefaultUsed[i] === 0),
    );
    if (names.length > 0) {
      unused.push({ path: file.path, names: [...new Set(names)].sort(compareText) });
    }
  });
  return unused.sort((a, b) => compareText(a.path, b.path));
}
