/**
 * Root-relative, `/`-separated paths as the call graph stores them (`src/a.ts`; the root is
 * `''`). No filesystem access: everything here is string arithmetic.
 */

/** The folder of a root-relative path: `a/b/c.ts` → `a/b`, `c.ts` → `''`. */
export function parentDirectory(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** The last segment of a path: `a/b/c.ts` → `c.ts`. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Joins a root-relative folder and a relative path, resolving `.` and `..` segments:
 * `joinPath('a/b', '../c/./d')` → `a/c/d`. Returns null when the result would leave the root.
 */
export function joinPath(directory: string, relative: string): string | null {
  const segments = directory === '' ? [] : directory.split('/');
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.join('/');
}

/** `dir/name`, or `name` at the root. */
export function childPath(directory: string, name: string): string {
  return directory === '' ? name : `${directory}/${name}`;
}

/** Every folder above a path, innermost first, ending with the root `''`: `a/b/c.ts` → `a/b`, `a`, `''`. */
export function ancestorDirectories(path: string): string[] {
  const result: string[] = [];
  let directory = path;
  while (directory !== '') {
    directory = parentDirectory(directory);
    result.push(directory);
  }
  return result;
}

/** True for a root-relative, `/`-separated path to a file: not empty, not absolute, no `\\`, no empty, `.` or `..` segment. */
export function isRootRelative(path: string): boolean {
  return (
    path !== '' &&
    !path.includes('\\') &&
    path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
  );
}
