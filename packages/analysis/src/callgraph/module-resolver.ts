import type { CodeLanguage } from '@drift/core';
import { GoPackages } from './go-packages.js';
import { PairMap } from './keyed-maps.js';
import type { ReadProjectFile } from './project-input.js';
import type { ProjectLayout } from './project-layout.js';
import { ancestorDirectories, childPath, joinPath, parentDirectory } from './project-paths.js';
import { PythonModules, type PythonModule } from './python-modules.js';
import { TsConfigPaths } from './tsconfig-paths.js';
import { probeTypeScriptModule } from './typescript-module-files.js';
import { WorkspacePackages } from './workspace-packages.js';

/**
 * Resolves module specifiers of TypeScript/JavaScript, Python and Go to project files, with
 * the configuration each needs (tsconfig `paths`, workspace `package.json`s, Python
 * distribution roots, `go.mod`), each read lazily on first need and once. Relative TypeScript
 * specifiers are memoised per folder, bare ones per tsconfig scope.
 */
export class ModuleResolver {
  readonly #read: ReadProjectFile;
  readonly #layout: ProjectLayout;
  readonly #paths: readonly string[];
  readonly #relativeModules = new PairMap<string | null>();
  readonly #bareModules = new PairMap<string | null>();
  #tsConfigs: TsConfigPaths | undefined;
  #workspaces: WorkspacePackages | undefined;
  #python: PythonModules | undefined;
  #go: GoPackages | undefined;

  constructor(read: ReadProjectFile, layout: ProjectLayout, paths: readonly string[]) {
    this.#read = read;
    this.#layout = layout;
    this.#paths = paths;
  }

  /** The folders holding a file whose path matches `extensions`, and the folders above them. */
  #codeDirectories(extensions: RegExp): Set<string> {
    const directories = new Set<string>();
    for (const path of this.#paths) {
      if (!extensions.test(path)) continue;
      for (const directory of ancestorDirectories(path)) {
        if (directories.has(directory)) break;
        directories.add(directory);
      }
    }
    return directories;
  }

  /**
   * The project file a TypeScript/JavaScript specifier of `fromFile` names: a relative (or
   * root-absolute `/…`) path probed with extensions and `index` files; a bare specifier through
   * the nearest tsconfig's `paths` and `baseUrl`, then the workspace packages; null otherwise.
   */
  typescript(fromFile: string, specifier: string): string | null {
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      const directory = parentDirectory(fromFile);
      let file = this.#relativeModules.get(directory, specifier);
      if (file === undefined) {
        const base = specifier.startsWith('/')
          ? specifier.slice(1)
          : joinPath(directory, specifier);
        file = base === null ? null : probeTypeScriptModule(base, this.#layout);
        this.#relativeModules.set(directory, specifier, file);
      }
      return file;
    }
    this.#tsConfigs ??= new TsConfigPaths(this.#read);
    const scope = this.#tsConfigs.scopeOf(fromFile);
    let file = this.#bareModules.get(scope, specifier);
    if (file === undefined) {
      file = this.#bareModule(this.#tsConfigs, fromFile, specifier);
      this.#bareModules.set(scope, specifier, file);
    }
    return file;
  }

  #bareModule(configs: TsConfigPaths, fromFile: string, specifier: string): string | null {
    for (const candidate of configs.candidates(fromFile, specifier)) {
      const file = probeTypeScriptModule(candidate, this.#layout);
      if (file !== null) return file;
    }
    return this.#workspacePackages().resolve(specifier);
  }

  #workspacePackages(): WorkspacePackages {
    this.#workspaces ??= new WorkspacePackages(
      this.#read,
      this.#layout,
      this.#codeDirectories(/\.[cm]?[jt]sx?$/),
    );
    return this.#workspaces;
  }

  /** The files the project's packages expose (see `WorkspacePackages.entryFiles`). */
  packageEntryFiles(): string[] {
    return this.#workspacePackages().entryFiles();
  }

  #pythonModules(): PythonModules {
    this.#python ??= new PythonModules(this.#read, this.#layout, this.#codeDirectories(/\.pyi?$/));
    return this.#python;
  }

  /** The Python module a specifier of `fromFile` names (see `PythonModules.resolve`). */
  python(fromFile: string, specifier: string): PythonModule | null {
    return this.#pythonModules().resolve(fromFile, specifier);
  }

  /** The submodule `name` of a Python package folder, or null. */
  pythonSubmodule(directory: string, name: string): PythonModule | null {
    return this.#pythonModules().submodule(directory, name);
  }

  #goPackages(): GoPackages {
    this.#go ??= new GoPackages(this.#read, this.#layout, this.#codeDirectories(/\.go$/));
    return this.#go;
  }

  /** The project folder of a Go import path, or null (see `GoPackages.directoryOf`). */
  goDirectory(importPath: string): string | null {
    return this.#goPackages().directoryOf(importPath);
  }

  /** The non-test Go files of the package an import path names (empty outside the project). */
  goPackageFiles(importPath: string): string[] {
    const directory = this.goDirectory(importPath);
    return directory === null ? [] : this.#goPackages().packageFiles(directory);
  }

  /**
   * The project paths, without extension, where a specifier of `fromFile` would be looked for
   * (TypeScript/JavaScript relative specifiers: `base`, `base/index`; Python: see
   * `PythonModules.candidateStems`); empty for other languages and bare specifiers.
   */
  stems(
    fromFile: string,
    language: CodeLanguage,
    specifier: string,
    names: readonly string[],
  ): string[] {
    if (language === 'python') {
      return this.#pythonModules().candidateStems(fromFile, specifier, names);
    }
    if ((language !== 'typescript' && language !== 'javascript') || !specifier.startsWith('.')) {
      return [];
    }
    const base = joinPath(parentDirectory(fromFile), specifier);
    if (base === null) return [];
    const stem = base.replace(/\.[cm]?[jt]sx?$/, '');
    return [stem, childPath(stem, 'index')];
  }
}
