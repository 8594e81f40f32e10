import { loadEngine } from '../lazy.js';
import type { Command } from 'commander';
import { action } from '../action.js';
import { EXIT, UsageError } from '../output/errors.js';
import { projectRoot } from '../project-root.js';

/** `drift migrate [--to N] [--json]`. */
export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description(
      'apply pending schema migrations to drift.db (an operational backup is taken first)',
    )
    .option('--to <version>', 'migrate up or down to this schema version (default: latest)')
    .option('--json', 'print the result as JSON')
    .action(
      action(async ({ output, globals }, options: { to?: string }) => {
        const { DriftClient } = await loadEngine();
        let target: number | undefined;
        if (options.to !== undefined) {
          target = Number(options.to);
          if (!Number.isInteger(target) || target < 0) {
            throw new UsageError(`--to must be a schema version (0, 1, 2 …), got ${options.to}`);
          }
        }
        const result = await DriftClient.migrate(projectRoot(globals, true), target);
        if (output.json) {
          output.data(result);
          return EXIT.ok;
        }
        if (result.applied.length === 0) {
          output.line(`drift.db is at schema version ${result.to}; nothing to do`);
          return EXIT.ok;
        }
        output.line(
          `${output.color.green('Migrated')} drift.db from schema version ${result.from} to ${result.to}`,
        );
        if (result.backup !== null) output.line(`backup taken first: ${result.backup.path}`);
        return EXIT.ok;
      }),
    );
}
