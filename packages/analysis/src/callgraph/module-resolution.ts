import type { CodeLanguage, ExportFact, ImportFact } from '@drift/core';
import type { SymbolIndex } from './symbol-index.js';

/**
 * Resolves a module specifier written in `fromFile` to a project file, or null when it names
 * none (an external package, the standard library, a missing file). TypeScript/JavaScript:
 * relative paths with extension probing and `index` files, tsconfig/jsconfig `paths` and
 * `baseUrl`, workspace packages by name; Python: relative and absolute module paths; Go: import
 * paths under a `go.mod` module (the first file of the package; see {@link resolveImports} for
 * all); Java/Kotlin/PHP: the file declaring the imported class.
 */
export function resolveModule(
  fromFile: string,
  specifier: string,
  language: CodeLanguage,
  index: SymbolIndex,
): string | null {
  return index.moduleFiles(fromFile, specifier, language)?.[0] ?? null;
}

/** An import of a file with the project files it brings in (empty when it names nothing in the project). */
export interface ResolvedImport {
  readonly fact: ImportFact;
  /** Root-relative paths: one file, or every file of a Go package / Java, Kotlin or C# namespace. */
  readonly files: readonly string[];
}

/**
 * Every import of a file resolved to project files — the file-level dependency graph's edges
 * (coupling, cycles). Java/Kotlin/PHP imports naming a class resolve through
 * `module + '.' + name`; wildcard imports to the whole package. Empty for unknown paths.
 */
export function resolveImports(path: string, index: SymbolIndex): ResolvedImport[] {
  const facts = index.symbolsOf(path)?.facts;
  if (facts === undefined) return [];
  const separator = facts.language === 'php' ? '\\' : '.';
  const classImports =
    facts.language === 'java' || facts.language === 'kotlin' || facts.language === 'php';
  return facts.imports.map((fact) => {
    const specifiers =
      classImports && fact.names.length > 0
        ? fact.names.map((name) =>
            name.name === '*' ? fact.module : `${fact.module}${separator}${name.name}`,
          )
        : [fact.module];
    const files = new Set<string>();
    for (const specifier of specifiers) {
      for (const file of index.moduleFiles(path, specifier, facts.language) ?? []) files.add(file);
    }
    return { fact, files: [...files] };
  });
}

/** A re-export of a file (`export … from`, `export * from`) with the project file it names. */
export interface ResolvedReExport {
  readonly fact: ExportFact;
  /** Root-relative path of the re-exported module, or null outside the project. */
  readonly file: string | null;
}

/** Every re-export of a TypeScript/JavaScript file resolved to a project file (dependency edges that are not imports). */
export function resolveReExports(path: string, index: SymbolIndex): ResolvedReExport[] {
  const facts = index.symbolsOf(path)?.facts;
  if (facts === undefined) return [];
  return facts.exports.flatMap((fact) =>
    fact.module === null
      ? []
      : [{ fact, file: resolveModule(path, fact.module, facts.language, index) }],
  );
}
