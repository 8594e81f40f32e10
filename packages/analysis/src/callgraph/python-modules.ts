import type { ProjectLayout } from './project-layout.js';
import type { ReadProjectFile } from './project-input.js';
import { childPath, joinPath, parentDirectory } from './project-paths.js';

/** A Python module as a file and, for a package, the folder holding its submodules. */
export interface PythonModule {
  /** `x.py`, or `x/__init__.py` for a package; null for a namespace package (a folder without `__init__.py`). */
  readonly file: string | null;
  /** The package folder, or null when the module is a plain `.py` file. */
  readonly directory: string | null;
}

/** Files that mark a folder as the root of a Python distribution. */
const PROJECT_MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg'];

/** Distribution roots are looked for this deep (monorepos keep them at `libs/<name>` and the like). */
const MAX_MARKER_DEPTH = 3;

function depthOf(directory: string): number {
  return directory === '' ? 0 : directory.split('/').length;
}

/**
 * Resolves Python imports to project modules. Relative imports (`.`, `..pkg.mod`) count dots
 * from the importing file's package. Absolute imports (`a.b.c` → `a/b/c.py` or
 * `a/b/c/__init__.py`) are tried from, in order: the folder above the importing file's
 * outermost package (the chain of folders with `__init__.py`), the project root, `src/`, and
 * every folder up to three levels deep holding a `pyproject.toml`, `setup.py` or `setup.cfg`.
 */
export class PythonModules {
  readonly #layout: ProjectLayout;
  readonly #roots: readonly string[];
  readonly #packageRoots = new Map<string, string>();

  constructor(read: ReadProjectFile, layout: ProjectLayout, directories: Iterable<string>) {
    this.#layout = layout;
    const roots = new Set<string>(['', 'src']);
    for (const directory of directories) {
      if (depthOf(directory) > MAX_MARKER_DEPTH) continue;
      if (PROJECT_MARKERS.some((marker) => read(childPath(directory, marker)) !== null)) {
        roots.add(directory);
      }
    }
    this.#roots = [...roots];
  }

  /** The module `specifier` (as written after `from`/`import`) names from `fromFile`, or null outside the project. */
  resolve(fromFile: string, specifier: string): PythonModule | null {
    const { bases, packageOnly } = this.#bases(fromFile, specifier);
    for (const base of bases) {
      const module = packageOnly ? this.#package(base) : this.#moduleAt(base);
      if (module !== null) return module;
    }
    return null;
  }

  /**
   * The paths without extension where `from specifier import names` (or `import specifier`)
   * would find its modules: `base`, `base/__init__`, and `base/name`, `base/name/__init__` for
   * submodules — for every folder the import is tried from. Lets a deleted module be matched to
   * the imports that named it.
   */
  candidateStems(fromFile: string, specifier: string, names: readonly string[]): string[] {
    const stems: string[] = [];
    for (const base of this.#bases(fromFile, specifier).bases) {
      for (const module of [base, ...names.map((name) => childPath(base, name))]) {
        stems.push(module, childPath(module, '__init__'));
      }
    }
    return stems;
  }

  /** The module paths a specifier is tried at, in order; `packageOnly` for `.`, `..` (a package folder). */
  #bases(fromFile: string, specifier: string): { bases: string[]; packageOnly: boolean } {
    const dots = /^\.*/.exec(specifier)?.[0].length ?? 0;
    const path = specifier.slice(dots).replaceAll('.', '/');
    let roots: string[];
    if (dots > 0) {
      let directory: string | null = parentDirectory(fromFile);
      for (let level = 1; level < dots && directory !== null; level += 1) {
        directory = directory === '' ? null : parentDirectory(directory);
      }
      roots = directory === null ? [] : [directory];
    } else {
      roots = [this.#packageRootOf(parentDirectory(fromFile)), ...this.#roots];
    }
    const bases = roots.flatMap((root) => {
      const base = path === '' ? root : joinPath(root, path);
      return base === null ? [] : [base];
    });
    return { bases, packageOnly: path === '' };
  }

  /** The submodule `name` of a package folder, or null. */
  submodule(directory: string, name: string): PythonModule | null {
    return this.#moduleAt(childPath(directory, name));
  }

  /** `base.py`, else the package `base/`. */
  #moduleAt(base: string): PythonModule | null {
    if (this.#layout.hasFile(`${base}.py`)) return { file: `${base}.py`, directory: null };
    return this.#package(base);
  }

  #package(directory: string): PythonModule | null {
    const init = childPath(directory, '__init__.py');
    if (this.#layout.hasFile(init)) return { file: init, directory };
    return directory !== '' && this.#layout.hasDirectory(directory)
      ? { file: null, directory }
      : null;
  }

  /** The folder above the outermost package holding `directory`. */
  #packageRootOf(directory: string): string {
    const cached = this.#packageRoots.get(directory);
    if (cached !== undefined) return cached;
    const root =
      directory !== '' && this.#layout.hasFile(childPath(directory, '__init__.py'))
        ? this.#packageRootOf(parentDirectory(directory))
        : directory;
    this.#packageRoots.set(directory, root);
    return root;
  }
}
