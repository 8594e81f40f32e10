/** The last segment of a `/`-separated path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The directory of a `/`-separated path, `''` at the root. */
export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** A file name without its extensions: `user-service.test.ts` → `user-service`. */
export function stem(path: string): string {
  const name = baseName(path);
  const dot = name.indexOf('.', 1);
  return dot < 0 ? name : name.slice(0, dot);
}

const CLI_SEGMENT = /(?:^|\/)(?:cli|cmd|commands?|console|bin|repl)(?:\/|$)/i;
const CLI_FILE = /^(?:cli|main|__main__|repl|index\.cli)\.[a-z]+$|^cli[-_.]|[-_.]cli\.[a-z]+$/i;

/**
 * A file of a command-line interface (a `cli/`, `cmd/`, `commands/` folder, `cli.ts`,
 * `__main__.py`, `main.go` …): printing to the terminal is its job, not a logging lapse.
 */
export function isCommandLineFile(path: string): boolean {
  return CLI_SEGMENT.test(path) || CLI_FILE.test(baseName(path));
}
