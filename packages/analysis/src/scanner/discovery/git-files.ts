import { execFileSync } from 'node:child_process';

/**
 * Lists the files git sees under `root`: tracked plus untracked-not-ignored
 * (`git ls-files -z -co --exclude-standard`), paths relative to `root`, `/`-separated. Returns
 * null when `root` is not inside a git work tree, git is missing, or git lists nothing (a
 * folder ignored by an enclosing repository), so the caller walks the folder instead.
 * Nested repositories and submodules appear as folder entries and are left out.
 */
export function listGitFiles(root: string): string[] | null {
  let output: string;
  try {
    output = execFileSync('git', ['ls-files', '-z', '-co', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
  const paths: string[] = [];
  for (const path of output.split('\0')) {
    if (path !== '' && !path.endsWith('/')) paths.push(path);
  }
  return paths.length === 0 ? null : [...new Set(paths)];
}
