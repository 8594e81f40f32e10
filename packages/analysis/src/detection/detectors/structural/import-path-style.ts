import { defineDetector } from '../../detector.js';
import { dirName } from '../../shared/paths.js';
import {
  isAliasSpecifier,
  isRelativeSpecifier,
  parentLevels,
} from '../../shared/structural-import-paths.js';

/**
 * How many folders a relative import must climb to count: `../x` (a sibling folder) is common
 * even in codebases that use an alias everywhere else.
 */
const MIN_PARENT_LEVELS = 2;
/**
 * Folders that path aliases usually name (`@/*` → `src/*`, `~/*` → `app/*`): a relative import
 * that climbs back to one of them (or to the repository root) is what an alias replaces, while
 * one that stays inside a feature or plugin folder (`plugins/github/…`) is a local import that
 * codebases with aliases write relative too.
 */
const SOURCE_ROOT = /^(?:src|source|app|lib|client|frontend|web|www)$/;

/** True when a relative specifier climbs back to a source root from the file's folder. */
function climbsToSourceRoot(path: string, module: string): boolean {
  const levels = parentLevels(module);
  if (levels < MIN_PARENT_LEVELS) return false;
  const folders = dirName(path)
    .split('/')
    .filter((folder) => folder !== '');
  if (levels > folders.length) return false;
  const ancestor = folders[folders.length - levels - 1];
  return ancestor === undefined || SOURCE_ROOT.test(ancestor);
}

/**
 * Imports of the project's own modules from other folders: through parent-relative paths
 * (`../../lib/db`) or through a path alias (`@/lib/db`, `~/lib/db`, `#lib/db`, `src/lib/db`).
 * Static and dynamic imports, `require` and re-exports count.
 *
 * Relative imports count when they climb two folders or more back to a source root (`src/`,
 * `app/`, `lib/`… or the repository root): `../../../components/Text` from
 * `app/scenes/settings/` counts, `../../shared/utils` inside `plugins/github/client/` does not.
 *
 * Neutral: same-folder imports (`./x`) and one level up (`../x`); relative imports that stay
 * inside a feature folder; JSON files (`../../package.json` lies outside every alias root);
 * packages; and specifiers that may be either an alias or a package (`@app/db`,
 * `components/Button`: only the tsconfig knows). Severity `info`: deep relative paths break when files move and hide which module is
 * meant, but either style is a convention a codebase may choose.
 */
export const importPathStyle = defineDetector({
  id: 'structural/import-path-style',
  category: 'structural',
  name: 'Relative or aliased imports',
  description:
    'Modules from other folders are imported one way, through a path alias or through parent-relative paths, so that imports read alike and survive moves.',
  severity: 'info',
  mode: 'learned',
  languages: ['typescript', 'javascript'],
  noun: 'imports of the project’s modules from other folders',
  variants: {
    relative: 'use parent-relative paths',
    alias: 'use a path alias',
  },
  describe: (observation) =>
    observation.variant === 'relative'
      ? `imports \`${String(observation.context?.module)}\` through a parent-relative path`
      : `imports \`${String(observation.context?.module)}\` through a path alias`,
  facts(file, report) {
    const specifiers = [
      ...file.facts.imports.map((i) => ({ module: i.module, line: i.line, column: i.column })),
      ...file.facts.exports.flatMap((e) =>
        e.module === null ? [] : [{ module: e.module, line: e.line, column: 1 }],
      ),
    ];
    for (const { module, line, column } of specifiers) {
      let variant: 'relative' | 'alias';
      if (isAliasSpecifier(module)) variant = 'alias';
      else if (
        isRelativeSpecifier(module) &&
        !module.endsWith('.json') &&
        climbsToSourceRoot(file.path, module)
      )
        variant = 'relative';
      else continue;
      report({
        variant,
        line,
        column,
        snippet: file.lineText(line).slice(column - 1),
        context: { module },
      });
    }
  },
});
