import { execFileSync } from 'node:child_process';
import { UsageError } from './output/errors.js';

/**
 * The root-relative paths of the files staged for commit (added, copied, modified, renamed),
 * from `git diff --cached --name-only -z`, run in `root`.
 *
 * @throws UsageError when `root` is not in a git work tree or git is missing.
 */
export function stagedFiles(root: string): string[] {
  let listing: string;
  try {
    listing = execFileSync(
      'git',
      ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z', '--relative'],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch {
    throw new UsageError(
      '--staged needs a git repository',
      'run drift check inside a git work tree',
    );
  }
  return listing.split('\0').filter((path) => path !== '');
}
