import { ancestorDirectories, parentDirectory } from './project-paths.js';

/**
 * The set of project files and the folders that hold them, for existence checks during module
 * resolution (O(1) each). Built once from every root-relative file path; O(files × depth).
 */
export class ProjectLayout {
  readonly #files: ReadonlySet<string>;
  readonly #directories = new Set<string>();
  readonly #filesByDirectory = new Map<string, string[]>();

  constructor(paths: Iterable<string>) {
    const files = new Set<string>();
    for (const path of paths) {
      files.add(path);
      const directory = parentDirectory(path);
      const siblings = this.#filesByDirectory.get(directory);
      if (siblings === undefined) this.#filesByDirectory.set(directory, [path]);
      else siblings.push(path);
      if (this.#directories.has(directory)) continue;
      for (const ancestor of ancestorDirectories(path)) {
        if (this.#directories.has(ancestor)) break;
        this.#directories.add(ancestor);
      }
    }
    this.#files = files;
  }

  /** True when `path` is a project file. */
  hasFile(path: string): boolean {
    return this.#files.has(path);
  }

  /** True when some project file lies under `directory` (the root `''` included). */
  hasDirectory(directory: string): boolean {
    return this.#directories.has(directory);
  }

  /** The project files directly in `directory`, in the order they were given. */
  filesIn(directory: string): readonly string[] {
    return this.#filesByDirectory.get(directory) ?? [];
  }

  /** Every folder holding a project file, or above one. */
  directories(): Iterable<string> {
    return this.#directories;
  }
}
