import { objectField, parseLenientJson, stringField } from './lenient-json.js';
import type { ReadProjectFile } from './project-input.js';
import { childPath, joinPath, parentDirectory } from './project-paths.js';

/** One `compilerOptions.paths` entry: `"@app/*": ["src/app/*"]` split around its wildcard. */
interface PathPattern {
  readonly prefix: string;
  readonly suffix: string;
  readonly wildcard: boolean;
  /** Targets as written (may contain `*`). */
  readonly targets: readonly string[];
}

/** The resolution options of one tsconfig after its `extends` chain, folders root-relative. */
interface LoadedConfig {
  /** The config file these options were loaded from. */
  readonly path: string;
  readonly baseUrl: string | null;
  readonly paths: readonly PathPattern[] | null;
  /** The folder of the config that declared `paths` (their base when there is no `baseUrl`). */
  readonly pathsDirectory: string | null;
}

/** How many `extends` links are followed before giving up (guards against cycles). */
const MAX_EXTENDS_DEPTH = 16;

function pathPatterns(value: unknown): PathPattern[] | null {
  const paths = objectField(value);
  if (paths === null) return null;
  const patterns: PathPattern[] = [];
  for (const [pattern, targets] of Object.entries(paths)) {
    if (!Array.isArray(targets)) continue;
    const star = pattern.indexOf('*');
    patterns.push({
      prefix: star === -1 ? pattern : pattern.slice(0, star),
      suffix: star === -1 ? '' : pattern.slice(star + 1),
      wildcard: star !== -1,
      targets: targets.filter((t): t is string => typeof t === 'string'),
    });
  }
  return patterns;
}

/**
 * `compilerOptions.paths` and `baseUrl` of the tsconfig (or jsconfig) nearest above each source
 * file, following `extends` to relative files, as `tsc` applies them
 * (https://www.typescriptlang.org/tsconfig#paths): the pattern with the longest matching prefix
 * wins; targets are relative to `baseUrl`, or to the config that declares `paths` when there is
 * none. Configs are read once per folder.
 */
export class TsConfigPaths {
  readonly #read: ReadProjectFile;
  readonly #nearest = new Map<string, LoadedConfig | null>();
  readonly #loaded = new Map<string, LoadedConfig | null>();

  constructor(read: ReadProjectFile) {
    this.#read = read;
  }

  /**
   * Root-relative base paths (no extension probing yet) that `specifier`, imported from `file`,
   * maps to through the nearest config's `paths`, then its `baseUrl`; empty when no config
   * applies.
   */
  candidates(file: string, specifier: string): string[] {
    const config = this.#configAt(parentDirectory(file));
    if (config === null) return [];
    const result: string[] = [];
    const base = config.baseUrl ?? config.pathsDirectory;
    const pattern = config.paths === null ? null : longestMatch(config.paths, specifier);
    if (pattern !== null && base !== null) {
      const captured = pattern.wildcard
        ? specifier.slice(pattern.prefix.length, specifier.length - pattern.suffix.length)
        : '';
      for (const target of pattern.targets) {
        const path = joinPath(base, target.replace('*', captured));
        if (path !== null) result.push(path);
      }
    }
    if (config.baseUrl !== null) {
      const path = joinPath(config.baseUrl, specifier);
      if (path !== null) result.push(path);
    }
    return result;
  }

  /**
   * Identifies the config that applies to `file` (its path, `''` when none): files of one scope
   * resolve non-relative specifiers alike.
   */
  scopeOf(file: string): string {
    return this.#configAt(parentDirectory(file))?.path ?? '';
  }

  #configAt(directory: string): LoadedConfig | null {
    const cached = this.#nearest.get(directory);
    if (cached !== undefined) return cached;
    const own =
      this.#load(childPath(directory, 'tsconfig.json'), 0) ??
      this.#load(childPath(directory, 'jsconfig.json'), 0);
    const config = own ?? (directory === '' ? null : this.#configAt(parentDirectory(directory)));
    this.#nearest.set(directory, config);
    return config;
  }

  #load(path: string, depth: number): LoadedConfig | null {
    if (this.#loaded.has(path)) return this.#loaded.get(path) ?? null;
    this.#loaded.set(path, null);
    const text = depth > MAX_EXTENDS_DEPTH ? null : this.#read(path);
    const json = text === null ? null : parseLenientJson(path, text);
    if (json === null) return null;
    const directory = parentDirectory(path);
    let inherited: LoadedConfig = { path, baseUrl: null, paths: null, pathsDirectory: null };
    const extended: unknown[] = Array.isArray(json.extends) ? json.extends : [json.extends];
    for (const entry of extended) {
      const target = stringField(entry);
      if (target === null || !target.startsWith('.')) continue;
      const joined = joinPath(directory, target);
      if (joined === null) continue;
      const base = this.#load(joined.endsWith('.json') ? joined : `${joined}.json`, depth + 1);
      if (base !== null) inherited = mergeConfigs(inherited, base);
    }
    const options = objectField(json.compilerOptions);
    const baseUrl = stringField(options?.baseUrl);
    const paths = pathPatterns(options?.paths);
    const config = mergeConfigs(inherited, {
      path,
      baseUrl: baseUrl === null ? null : joinPath(directory, baseUrl),
      paths,
      pathsDirectory: paths === null ? null : directory,
    });
    this.#loaded.set(path, config);
    return config;
  }
}

function mergeConfigs(base: LoadedConfig, own: LoadedConfig): LoadedConfig {
  return {
    path: own.path,
    baseUrl: own.baseUrl ?? base.baseUrl,
    paths: own.paths ?? base.paths,
    pathsDirectory: own.paths === null ? base.pathsDirectory : own.pathsDirectory,
  };
}

function longestMatch(patterns: readonly PathPattern[], specifier: string): PathPattern | null {
  let best: PathPattern | null = null;
  for (const pattern of patterns) {
    const matches = pattern.wildcard
      ? specifier.length >= pattern.prefix.length + pattern.suffix.length &&
        specifier.startsWith(pattern.prefix) &&
        specifier.endsWith(pattern.suffix)
      : specifier === pattern.prefix;
    if (!matches) continue;
    if (!pattern.wildcard) return pattern;
    if (best === null || pattern.prefix.length > best.prefix.length) best = pattern;
  }
  return best;
}
