import { objectField, parseLenientJson, stringField } from './lenient-json.js';
import type { ProjectLayout } from './project-layout.js';
import type { ReadProjectFile } from './project-input.js';
import { baseName, childPath, joinPath, parentDirectory } from './project-paths.js';
import { probeTypeScriptModule } from './typescript-module-files.js';

/** A `package.json` of the project that has a `name`. */
interface WorkspacePackage {
  readonly name: string;
  /** Root-relative folder of the `package.json`. */
  readonly directory: string;
  readonly manifest: Readonly<Record<string, unknown>>;
}

/** Build output folders mapped back to `src/` when the project has no such folder (sources are scanned, builds are not). */
const OUTPUT_DIRECTORIES = new Set([
  'dist',
  'lib',
  'build',
  'out',
  'esm',
  'cjs',
  'es',
  'mjs',
  'types',
]);

/** Splits `@scope/pkg/sub/path` into `@scope/pkg` and `sub/path` (`''` for the package itself). */
function splitPackageSpecifier(specifier: string): { name: string; subpath: string } {
  const segments = specifier.split('/');
  const length = specifier.startsWith('@') ? 2 : 1;
  return {
    name: segments.slice(0, length).join('/'),
    subpath: segments.slice(length).join('/'),
  };
}

/**
 * The targets an `exports` field gives `subpath` (`.` or `./sub`), in preference order: exact
 * subpath keys, then the `*` pattern with the longest prefix; condition objects contribute
 * every condition in their own order (the first target that maps to a project file wins).
 * Source: Node.js "Package entry points" (https://nodejs.org/api/packages.html#package-entry-points).
 */
function exportTargets(exports: unknown, subpath: string): string[] {
  if (typeof exports === 'string' || Array.isArray(exports)) {
    return subpath === '.' ? conditionTargets(exports, '') : [];
  }
  const map = objectField(exports);
  if (map === null) return [];
  const keys = Object.keys(map);
  if (!keys.some((key) => key.startsWith('.'))) {
    return subpath === '.' ? conditionTargets(map, '') : [];
  }
  if (subpath in map) return conditionTargets(map[subpath], '');
  let best: { key: string; captured: string } | null = null;
  for (const key of keys) {
    const star = key.indexOf('*');
    if (star === -1) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (
      subpath.startsWith(prefix) &&
      subpath.endsWith(suffix) &&
      subpath.length >= prefix.length + suffix.length &&
      (best === null || prefix.length > best.key.indexOf('*'))
    ) {
      best = { key, captured: subpath.slice(prefix.length, subpath.length - suffix.length) };
    }
  }
  return best === null ? [] : conditionTargets(map[best.key], best.captured);
}

function conditionTargets(value: unknown, captured: string): string[] {
  if (typeof value === 'string') return [value.replaceAll('*', captured)];
  if (Array.isArray(value)) return value.flatMap((item) => conditionTargets(item, captured));
  const conditions = objectField(value);
  if (conditions === null) return [];
  return Object.values(conditions).flatMap((item) => conditionTargets(item, captured));
}

/** `packages/*`, `apps/**` → a regular expression over root-relative folders. */
function globPattern(glob: string): RegExp {
  const body = glob
    .replace(/^\.\//, '')
    .replace(/\/+$/, '')
    .split('/')
    .map((segment) =>
      segment === '**'
        ? '.*'
        : segment
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replaceAll('*', '[^/]*')
            .replaceAll('?', '[^/]'),
    )
    .join('/');
  return new RegExp(`^${body}$`);
}

/** The workspace globs declared by npm/yarn (`package.json` `workspaces`), pnpm (`pnpm-workspace.yaml`) and Lerna (`lerna.json`). */
function workspaceGlobs(
  read: ReadProjectFile,
  rootManifest: Record<string, unknown> | null,
): string[] {
  const globs: unknown[] = [];
  const workspaces = rootManifest?.workspaces;
  globs.push(...arrayField(workspaces), ...arrayField(objectField(workspaces)?.packages));
  const lerna = read('lerna.json');
  if (lerna !== null) globs.push(...arrayField(parseLenientJson('lerna.json', lerna)?.packages));
  const pnpm = read('pnpm-workspace.yaml');
  if (pnpm !== null) {
    for (const match of pnpm.matchAll(/^\s*-\s*['"]?([^'"#\s]+)['"]?/gm)) globs.push(match[1]);
  }
  return globs.filter((glob): glob is string => typeof glob === 'string' && !glob.startsWith('!'));
}

function arrayField(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

/**
 * Folders that may hold a workspace package's `package.json`: the root, the folders matching
 * the declared workspace globs, and every folder holding a `src` folder. Keeps the reads to a
 * few per package instead of one per folder of the project.
 */
function candidateDirectories(
  read: ReadProjectFile,
  rootManifest: Record<string, unknown> | null,
  directories: Iterable<string>,
): string[] {
  const patterns = workspaceGlobs(read, rootManifest).map(globPattern);
  const candidates = new Set<string>();
  for (const directory of directories) {
    if (directory === '') continue;
    if (patterns.some((pattern) => pattern.test(directory))) candidates.add(directory);
    if (baseName(directory) === 'src') candidates.add(parentDirectory(directory));
  }
  candidates.delete('');
  return [...candidates];
}

/**
 * The packages of a workspace (monorepo) and how a bare specifier naming one of them
 * (`@scope/pkg`, `@scope/pkg/sub`) maps to a project file: its `exports` (string, `.`,
 * subpaths and `*` patterns, any condition), else `module`, `main`, `types`, else
 * `src/index`/`index`. A target in a build folder (`dist/…`) that the project does not hold is
 * mapped back to `src/…` (the sources are scanned, the builds are not). `package.json` files are
 * read at the root, in the folders the workspace globs match and above every `src` folder.
 */
export class WorkspacePackages {
  readonly #byName = new Map<string, WorkspacePackage>();
  readonly #layout: ProjectLayout;

  constructor(read: ReadProjectFile, layout: ProjectLayout, directories: Iterable<string>) {
    this.#layout = layout;
    const rootText = read('package.json');
    const rootManifest = rootText === null ? null : parseLenientJson('package.json', rootText);
    this.#register('', rootManifest);
    for (const directory of candidateDirectories(read, rootManifest, directories)) {
      const path = childPath(directory, 'package.json');
      const text = read(path);
      this.#register(directory, text === null ? null : parseLenientJson(path, text));
    }
  }

  #register(directory: string, manifest: Record<string, unknown> | null): void {
    const name = stringField(manifest?.name);
    if (manifest !== null && name !== null && !this.#byName.has(name)) {
      this.#byName.set(name, { name, directory, manifest });
    }
  }

  /** The project file a bare specifier resolves to, or null when it names no workspace package or no file of it. */
  resolve(specifier: string): string | null {
    const { name, subpath } = splitPackageSpecifier(specifier);
    const pkg = this.#byName.get(name);
    if (pkg === undefined) return null;
    const exports = pkg.manifest.exports;
    if (exports !== undefined && exports !== null) {
      for (const target of exportTargets(exports, subpath === '' ? '.' : `./${subpath}`)) {
        const file = this.#mapTarget(pkg, target);
        if (file !== null) return file;
      }
      return null;
    }
    if (subpath !== '') {
      return (
        this.#mapTarget(pkg, subpath) ?? this.#probe(joinPath(pkg.directory, `src/${subpath}`))
      );
    }
    for (const field of ['source', 'module', 'main', 'types', 'typings']) {
      const target = stringField(pkg.manifest[field]);
      const file = target === null ? null : this.#mapTarget(pkg, target);
      if (file !== null) return file;
    }
    return (
      this.#probe(joinPath(pkg.directory, 'src/index')) ??
      this.#probe(joinPath(pkg.directory, 'index'))
    );
  }

  /**
   * The project files the workspace packages expose to their users: every `exports` subpath
   * without a `*` pattern, else `source`/`module`/`main`, plus every `bin` target, mapped back
   * to sources like {@link resolve} does. Sorted, without duplicates.
   */
  entryFiles(): string[] {
    const files = new Set<string>();
    for (const pkg of this.#byName.values()) {
      const exports = pkg.manifest.exports;
      const map = objectField(exports);
      const subpaths =
        map !== null && Object.keys(map).some((key) => key.startsWith('.'))
          ? Object.keys(map).filter((key) => !key.includes('*'))
          : ['.'];
      for (const subpath of subpaths) {
        const file = this.resolve(subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`);
        if (file !== null) files.add(file);
      }
      const bin = pkg.manifest.bin;
      const binTargets =
        typeof bin === 'string' ? [bin] : Object.values(objectField(bin) ?? {}).map(stringField);
      for (const target of binTargets) {
        const file = target === null ? null : this.#mapTarget(pkg, target);
        if (file !== null) files.add(file);
      }
    }
    return [...files].sort();
  }

  /** A package-relative target → a project file, mapping `dist/…` back to `src/…` when needed. */
  #mapTarget(pkg: WorkspacePackage, target: string): string | null {
    const path = joinPath(pkg.directory, target);
    if (path === null) return null;
    const direct = this.#probe(path);
    if (direct !== null) return direct;
    const segments = target.split('/').filter((s) => s !== '' && s !== '.');
    let skipped = 0;
    while (skipped < segments.length - 1 && OUTPUT_DIRECTORIES.has(segments[skipped] ?? '')) {
      skipped += 1;
    }
    if (skipped === 0 || this.#layout.hasDirectory(childPath(pkg.directory, segments[0] ?? ''))) {
      return null;
    }
    const rest = segments
      .slice(skipped)
      .join('/')
      .replace(/\.d\.[cm]?ts$/, '.js');
    return (
      this.#probe(joinPath(pkg.directory, `src/${rest}`)) ??
      this.#probe(joinPath(pkg.directory, rest))
    );
  }

  #probe(path: string | null): string | null {
    return path === null ? null : probeTypeScriptModule(path, this.#layout);
  }
}
