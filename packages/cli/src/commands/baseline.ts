import { workspacePaths } from '@drift/engine/workspace-paths';
import type { Command } from 'commander';
import { action } from '../action.js';
import { baselinePath, clearBaseline, writeBaseline } from '../baseline-file.js';
import { allPages, withClient } from '../client.js';
import { EXIT } from '../output/errors.js';
import { formatCount } from '../output/format.js';
import { projectRoot } from '../project-root.js';

/** `drift baseline create|clear`. */
export function registerBaseline(program: Command): void {
  const baseline = program
    .command('baseline')
    .description(
      'accept the current violations: with a baseline, drift check reports only new ones',
    );

  baseline
    .command('create')
    .description('record every current violation in .drift/baseline.json')
    .option('--json', 'print the baseline as JSON')
    .action(
      action(async ({ output, globals }) => {
        const { driftDir } = workspacePaths(projectRoot(globals, true));
        const violations = await withClient(globals, (client) =>
          allPages((page) => client.queryViolations({}, page)),
        );
        const written = writeBaseline(driftDir, violations);
        if (output.json) output.data(written);
        else
          output.line(
            `baseline of ${formatCount(violations.length)} violations written to ${baselinePath(driftDir)}`,
          );
        return EXIT.ok;
      }),
    );

  baseline
    .command('clear')
    .description('delete .drift/baseline.json: drift check reports every violation again')
    .option('--json', 'print {cleared: boolean}')
    .action(
      action(({ output, globals }) => {
        const cleared = clearBaseline(workspacePaths(projectRoot(globals, true)).driftDir);
        if (output.json) output.data({ cleared });
        else output.line(cleared ? 'baseline cleared' : 'there was no baseline');
        return EXIT.ok;
      }),
    );
}
