import type { ExportFact } from '@drift/core';

/**
 * Where a name exported by a TypeScript/JavaScript file comes from:
 * - `local`: declared (or imported) in `file` under `name`;
 * - `forwarded`: re-exported from `file` (`export { a as b } from`), null when that module is
 *   outside the project; `name` is the name there;
 * - `namespace`: a whole module (`export * as ns from`), null when outside the project.
 */
export type ExportSource =
  | { readonly kind: 'local'; readonly file: string; readonly name: string }
  | { readonly kind: 'forwarded'; readonly file: string | null; readonly name: string }
  | { readonly kind: 'namespace'; readonly file: string | null };

/** What the export tables need from the project. */
export interface ExportTableSource {
  /** The export facts of a project file, or undefined for unknown paths. */
  exportsOf(path: string): readonly ExportFact[] | undefined;
  /** The project file a specifier of `fromFile` names, or null. */
  resolve(fromFile: string, specifier: string): string | null;
}

/**
 * Every name each TypeScript/JavaScript file exports, with its source, built once per file:
 * its own exports and re-exports first, then the names of its `export * from` modules in order
 * (never `default`; the first star to export a name wins, as an explicit export beats any
 * star). A barrel's table reuses its modules' tables, so looking a name up through a chain of
 * barrels is O(1) per hop instead of a walk over every star module (typeorm's `index.ts` has
 * hundreds). A cycle of stars contributes nothing more once it is reached again.
 */
export class TypeScriptExportTables {
  readonly #tables = new Map<string, ReadonlyMap<string, ExportSource>>();

  constructor(private readonly source: ExportTableSource) {}

  /** The source of export `name` of `path` (`default` for the default export), or undefined. */
  lookup(path: string, name: string): ExportSource | undefined {
    return this.#table(path).get(name);
  }

  #table(path: string): ReadonlyMap<string, ExportSource> {
    const cached = this.#tables.get(path);
    if (cached !== undefined) return cached;
    const table = new Map<string, ExportSource>();
    this.#tables.set(path, table);
    const stars: string[] = [];
    for (const fact of this.source.exportsOf(path) ?? []) {
      if (fact.kind === 're-export-all') {
        if (fact.module !== null) stars.push(fact.module);
        continue;
      }
      const exported = fact.kind === 'default' ? 'default' : (fact.alias ?? fact.name);
      if (table.has(exported)) continue;
      if (fact.module === null) {
        table.set(exported, { kind: 'local', file: path, name: fact.name });
        continue;
      }
      const file = this.source.resolve(path, fact.module);
      table.set(
        exported,
        fact.name === '*'
          ? { kind: 'namespace', file }
          : { kind: 'forwarded', file, name: fact.name },
      );
    }
    for (const module of stars) {
      const file = this.source.resolve(path, module);
      if (file === null) continue;
      for (const [name, origin] of this.#table(file)) {
        if (name !== 'default' && !table.has(name)) table.set(name, origin);
      }
    }
    return table;
  }
}
