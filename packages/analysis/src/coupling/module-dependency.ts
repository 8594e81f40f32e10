import { CallGraphError } from '@drift/core';

/** A source file as a node of the module dependency graph. */
export interface ModuleFile {
  /** Root-relative path with `/` separators; unique among the files. */
  readonly path: string;
  /**
   * The package or module the file belongs to (workspace package, Java/Go package, or top
   * folder): the unit of the module-level metrics and cycles.
   */
  readonly module: string;
  /** Types declared in the file, concrete and abstract (classes, interfaces, structs, traits …). */
  readonly classes: number;
  /** The abstract ones among `classes`: interfaces, abstract classes, traits, protocols. */
  readonly abstractTypes: number;
  /**
   * Exported names (TS/JS: `default` for the default export, named re-exports under the name
   * they are exported as); public top-level names in other languages. A `*` entry is ignored:
   * give `export * from` as a re-export dependency instead.
   */
  readonly exports: readonly string[];
}

/**
 * A resolved dependency of file `from` on file `to`: an import, or with `reExport` an
 * `export … from` re-export. Several dependencies may join the same two files.
 */
export interface ModuleDependency {
  /** Root-relative path of the importing file. */
  readonly from: string;
  /** Root-relative path of the imported file. */
  readonly to: string;
  /**
   * Names taken from `to` as `to` exports them: `default` for the default export, `*` for a
   * namespace or wildcard import (`import * as ns`, `from x import *`, `import a.b.*`) or an
   * `export * from`; empty for a side-effect import.
   */
  readonly names: readonly string[];
  /** The dependency exists only at compile time (`import type`, `export type … from`). */
  readonly typeOnly: boolean;
  /**
   * True for a re-export: `from` exports `names` of `to` without using them itself, so usage of
   * them is passed on to `to` only when `from`'s re-exported names are used (unused exports).
   * For coupling and cycles a re-export is a dependency like any other.
   */
  readonly reExport?: boolean;
  /**
   * For a re-export, the name under which `from` exports each of `names`, index by index:
   * `export { a as b } from './y'` gives names `['a']`, exportedAs `['b']`;
   * `export * as ns from './y'` gives names `['*']`, exportedAs `['ns']`. Omitted when every
   * name is re-exported as itself (`export { a } from`, `export * from`).
   */
  readonly exportedAs?: readonly string[];
}

/**
 * Maps each file's path to its index in `files`.
 *
 * @throws CallGraphError (`CALL_GRAPH_ERROR`) when a path occurs twice, or a file's `classes` or
 *   `abstractTypes` is not a non-negative integer, or `abstractTypes` exceeds `classes`.
 */
export function indexModuleFiles(files: readonly ModuleFile[]): ReadonlyMap<string, number> {
  const indexOf = new Map<string, number>();
  files.forEach((file, i) => {
    if (indexOf.has(file.path)) {
      throw new CallGraphError('CALL_GRAPH_ERROR', `Duplicate file in module graph: ${file.path}`);
    }
    if (!isCount(file.classes) || !isCount(file.abstractTypes)) {
      throw new CallGraphError(
        'CALL_GRAPH_ERROR',
        `Type counts of ${file.path} must be non-negative integers`,
      );
    }
    if (file.abstractTypes > file.classes) {
      throw new CallGraphError(
        'CALL_GRAPH_ERROR',
        `${file.path} declares more abstract types (${file.abstractTypes}) than types (${file.classes})`,
      );
    }
    indexOf.set(file.path, i);
  });
  return indexOf;
}

/**
 * The indexes (in `indexOf`, from `indexModuleFiles`) of a dependency's two files, as
 * `[from, to]`.
 *
 * @throws CallGraphError (`CALL_GRAPH_ERROR`) when either path is not a file of the graph.
 */
export function dependencyEnds(
  dependency: ModuleDependency,
  indexOf: ReadonlyMap<string, number>,
): readonly [number, number] {
  const from = indexOf.get(dependency.from);
  const to = indexOf.get(dependency.to);
  if (from === undefined || to === undefined) {
    const missing = from === undefined ? dependency.from : dependency.to;
    throw new CallGraphError(
      'CALL_GRAPH_ERROR',
      `Dependency ${dependency.from} → ${dependency.to} names a file not in the graph: ${missing}`,
    );
  }
  return [from, to];
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}
