import { dirName } from '../shared/paths.js';

/**
 * Manifest files that make their folder a workspace package (a scope of its own): npm, Deno, Python,
 * Go, Rust, Maven, Gradle, .NET, Composer and Bundler.
 */
const MANIFEST =
  /^(?:package\.json|deno(?:\.[\w-]+)?\.jsonc?|pyproject\.toml|setup\.py|go\.mod|Cargo\.toml|pom\.xml|build\.gradle(?:\.kts)?|composer\.json|Gemfile|[^/]+\.csproj)$/;

/** Folders whose manifests do not make packages (dependencies, fixtures, build output). */
const NOT_A_PACKAGE =
  /(?:^|\/)(?:node_modules|vendor|fixtures?|__fixtures__|testdata|dist|build|target)(?:\/|$)/;

/**
 * The package roots of a project from its discovered paths: the folders holding a manifest,
 * root-relative (`''` is the repository root and always included), sorted.
 */
export function packageRoots(paths: Iterable<string>): string[] {
  const roots = new Set<string>(['']);
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    if (!MANIFEST.test(path.slice(slash + 1))) continue;
    const root = dirName(path);
    if (!NOT_A_PACKAGE.test(root)) roots.add(root);
  }
  return [...roots].sort();
}

/** True when `path` lies in folder `scope` (`''` holds everything). */
export function inScope(scope: string, path: string): boolean {
  return scope === '' || path === scope || path.startsWith(`${scope}/`);
}

/** Finds the deepest package root holding a path. */
export class ScopeResolver {
  readonly #roots: readonly string[];

  /** @param roots package roots, as {@link packageRoots} returns them. */
  constructor(roots: readonly string[]) {
    this.#roots = [...roots].sort((a, b) => b.length - a.length);
  }

  /** The deepest package root strictly holding folder or file `path`, `''` at worst. */
  parentOf(path: string): string {
    for (const root of this.#roots) {
      if (root !== path && root !== '' && inScope(root, path)) return root;
    }
    return '';
  }

  /** True for `''` and every package root. */
  isPackageRoot(path: string): boolean {
    return path === '' || this.#roots.includes(path);
  }

  /** The package a file belongs to. */
  packageOf(file: string): string {
    return this.parentOf(file);
  }
}

/** Depth of a scope: `''` is 0, `a` is 1, `a/b` is 2. */
export function scopeDepth(scope: string): number {
  return scope === '' ? 0 : scope.split('/').length;
}
