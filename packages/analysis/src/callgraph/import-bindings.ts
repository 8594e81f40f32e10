import type { CodeLanguage, FileFacts, ImportFact } from '@drift/core';
import { familyOf } from './language-rules.js';

/**
 * How an import brings a name into a file:
 * - `named`: one exported symbol (`import { a as b }`, `from m import a as b`, `import com.x.A`,
 *   `use App\A`, `const { a } = require('m')`); `importedName` is the name in the module
 *   (`default` for a default import);
 * - `module`: the whole module under a name (`import * as ns`, `const m = require('m')`,
 *   `import a.b as m`, a Go package);
 * - `wildcard`: every name of the module, unnamed (`from m import *`, `import com.x.*`, C#
 *   `using App.Repos`, Go `. "pkg"`).
 */
export interface ImportBinding {
  readonly form: 'named' | 'module' | 'wildcard';
  /** The name the file uses (`b` in `a as b`); `''` for a wildcard. */
  readonly local: string;
  /** The name in the module (`named` only; `default` for default imports), else null. */
  readonly importedName: string | null;
  /** The module to resolve: the fact's, except `a` for the `a` binding of Python `import a.b`. */
  readonly module: string;
  readonly fact: ImportFact;
}

/** The bindings of one file: by local name, plus its wildcard imports in order. */
export interface FileBindings {
  /** The file's language (how its bindings resolve). */
  readonly language: CodeLanguage;
  readonly byLocal: ReadonlyMap<string, ImportBinding>;
  readonly wildcards: readonly ImportBinding[];
}

/** The last segment of a Go import path (`example.com/app/store` → `store`), the package's default name. */
function lastPathSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The import bindings of a file, from its import facts alone (no resolution). A later import
 * of the same local name replaces an earlier one. Python `import a.b.c` binds both `a.b.c`
 * (for receivers written in full) and `a`; a Go import without alias binds
 * `goPackageName(path)` (the imported files' `package` clause when known, else the path's
 * last segment); a Go dot import (`. "pkg"`, facts name `*`) is a wildcard. Side-effect and
 * dynamic imports bind nothing.
 */
export function importBindingsOf(
  facts: FileFacts,
  goPackageName: (importPath: string) => string | null,
): FileBindings {
  const byLocal = new Map<string, ImportBinding>();
  const wildcards: ImportBinding[] = [];
  const family = familyOf(facts.language);
  const bind = (
    form: ImportBinding['form'],
    local: string,
    importedName: string | null,
    fact: ImportFact,
    module = fact.module,
  ): void => {
    const binding = { form, local, importedName, module, fact };
    if (form === 'wildcard') wildcards.push(binding);
    else byLocal.set(local, binding);
  };
  for (const fact of facts.imports) {
    if (fact.kind === 'dynamic' || fact.kind === 'include') continue;
    if (family === 'go') {
      if (fact.sideEffect) continue;
      if (fact.names.some((name) => name.name === '*')) bind('wildcard', '', null, fact);
      else {
        const local =
          fact.defaultName ?? goPackageName(fact.module) ?? lastPathSegment(fact.module);
        bind('module', local, null, fact);
      }
      continue;
    }
    for (const name of fact.names) {
      if (name.name === '*') bind('wildcard', '', null, fact);
      else bind('named', name.alias ?? name.name, name.name, fact);
    }
    if (fact.namespaceName !== null) bind('module', fact.namespaceName, null, fact);
    if (fact.defaultName !== null) {
      const wholeModule = family !== 'js' || fact.kind === 'require';
      bind(
        wholeModule ? 'module' : 'named',
        fact.defaultName,
        wholeModule ? null : 'default',
        fact,
      );
    }
    if (fact.names.length === 0 && fact.defaultName === null && fact.namespaceName === null) {
      if (family === 'python') {
        bind('module', fact.module, null, fact);
        const top = fact.module.split('.')[0] ?? fact.module;
        if (!byLocal.has(top)) bind('module', top, null, fact, top);
      } else if (family === 'csharp') {
        bind('wildcard', '', null, fact);
      }
    }
  }
  return { language: facts.language, byLocal, wildcards };
}
