/**
 * Specifiers that name the project's own modules through a path alias, unambiguously:
 * `@/lib/db` and `~/lib/db` (tsconfig `paths`, Vite and Nuxt defaults), `#lib/db` (Node
 * subpath imports, package.json `imports`) and `src/lib/db` (tsconfig `baseUrl`). Scoped
 * packages (`@nestjs/common`) and bare names that a `baseUrl` might also resolve
 * (`components/Button`) cannot be told apart from packages without the tsconfig, so they are
 * not aliases here.
 */
const ALIAS = /^(?:[@~]\/|#[\w-]|src\/)/;

/** True when `module` names a project module through an unambiguous path alias. */
export function isAliasSpecifier(module: string): boolean {
  return ALIAS.test(module);
}

/** True for `./x`, `../x`, `.` and `..`. */
export function isRelativeSpecifier(module: string): boolean {
  return module === '.' || module === '..' || module.startsWith('./') || module.startsWith('../');
}

/** How many folders a relative specifier climbs: `./a` 0, `../a` 1, `../../a` 2. */
export function parentLevels(module: string): number {
  const match = /^(?:\.\.\/)*/.exec(`${module}/`);
  return (match?.[0].length ?? 0) / 3;
}
