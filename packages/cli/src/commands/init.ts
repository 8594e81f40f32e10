import { CONFIG_TEMPLATES } from '@drift/core';
import { loadEngine } from '../lazy.js';
import type { Command } from 'commander';
import { action } from '../action.js';
import { EXIT } from '../output/errors.js';
import { existingFolder } from '../project-root.js';

/** `drift init [path] [--template NAME] [--force] [--json]`. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('set up Drift in a project: .drift/, drift.db and a commented drift.toml')
    .argument('[path]', 'project folder (default: the current folder)')
    .option(
      '-t, --template <name>',
      `drift.toml template: ${Object.keys(CONFIG_TEMPLATES).join(', ')}`,
      'default',
    )
    .option('--force', 'overwrite an existing drift.toml')
    .option('--json', 'print the result as JSON')
    .action(
      action(
        async (
          { output },
          path: string | undefined,
          options: { template: string; force?: boolean },
        ) => {
          const { DriftClient } = await loadEngine();
          const root = path === undefined ? process.cwd() : existingFolder(path);
          const result = await DriftClient.initWorkspace(root, {
            template: options.template,
            force: options.force === true,
          });
          if (output.json) {
            output.data(result);
            return EXIT.ok;
          }
          const { green, dim } = output.color;
          output.line(`${green('Initialised')} Drift in ${result.projectRoot}`);
          output.line(
            `  ${result.driftDir}/  ${dim('workspace (drift.db, backups; git-ignored)')}`,
          );
          output.line(
            result.wroteConfig
              ? `  ${result.configPath}  ${dim(`configuration, template ${result.template}`)}`
              : `  ${result.configPath}  ${dim('kept as it was (use --force to overwrite)')}`,
          );
          output.line(`Next: ${green('drift scan')}`);
          return EXIT.ok;
        },
      ),
    );
}
