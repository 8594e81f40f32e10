import { loadEngine } from '../lazy.js';
import type { Command } from 'commander';
import { action } from '../action.js';
import { EXIT, UsageError } from '../output/errors.js';
import { confirm } from '../prompt.js';
import { projectRoot } from '../project-root.js';

/** `drift clean [--all] [--yes] [--json]`. */
export function registerClean(program: Command): void {
  program
    .command('clean')
    .description('delete drift.db and cached data after a backup; --all deletes .drift/ entirely')
    .option('--all', 'delete the whole .drift/ folder, backups included (drift.toml is kept)')
    .option('-y, --yes', 'do not ask for confirmation')
    .option('--json', 'print what was removed as JSON')
    .action(
      action(async ({ output, globals }, options: { all?: boolean; yes?: boolean }) => {
        const { DriftClient } = await loadEngine();
        const root = projectRoot(globals, true);
        if (options.all === true && options.yes !== true) {
          if (!output.interactive || output.json) {
            throw new UsageError(
              '`drift clean --all` deletes every backup too',
              'pass --yes to confirm',
            );
          }
          if (!(await confirm(`Delete ${root}/.drift, backups included?`))) {
            output.note('nothing deleted');
            return EXIT.ok;
          }
        }
        const result = await DriftClient.clean(root, { all: options.all === true });
        if (output.json) {
          output.data(result);
          return EXIT.ok;
        }
        if (result.removed.length === 0) output.line('nothing to clean');
        for (const path of result.removed) output.line(`${output.color.green('removed')} ${path}`);
        if (result.backup !== null) output.line(`backup taken first: ${result.backup.path}`);
        return EXIT.ok;
      }),
    );
}
