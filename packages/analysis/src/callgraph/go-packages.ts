import type { ProjectLayout } from './project-layout.js';
import type { ReadProjectFile } from './project-input.js';
import { childPath, joinPath } from './project-paths.js';

const MODULE_LINE = /^\s*module\s+("?)([^\s"]+)\1/m;

/**
 * Go packages of the project: every `go.mod` (in any folder holding Go files or above one)
 * maps its `module` path to its folder, and an import path under a module names the folder
 * `module dir + rest of the path`; the package is every non-test `.go` file of that folder
 * (https://go.dev/ref/mod#go-mod-file-module). The longest matching module path wins (nested
 * modules).
 */
export class GoPackages {
  readonly #modules: { readonly path: string; readonly directory: string }[] = [];
  readonly #layout: ProjectLayout;

  constructor(read: ReadProjectFile, layout: ProjectLayout, directories: Iterable<string>) {
    this.#layout = layout;
    for (const directory of directories) {
      const text = read(childPath(directory, 'go.mod'));
      const path = text === null ? undefined : MODULE_LINE.exec(text)?.[2];
      if (path !== undefined) this.#modules.push({ path, directory });
    }
    this.#modules.sort((a, b) => b.path.length - a.path.length);
  }

  /** The folder an import path names inside the project, or null (standard library, other modules). */
  directoryOf(importPath: string): string | null {
    for (const module of this.#modules) {
      if (importPath === module.path) return module.directory;
      if (importPath.startsWith(`${module.path}/`)) {
        const directory = joinPath(module.directory, importPath.slice(module.path.length + 1));
        return directory !== null && this.#layout.hasDirectory(directory) ? directory : null;
      }
    }
    return null;
  }

  /** The non-test Go files of a folder. */
  packageFiles(directory: string): string[] {
    return this.#layout
      .filesIn(directory)
      .filter((file) => file.endsWith('.go') && !file.endsWith('_test.go'));
  }
}
