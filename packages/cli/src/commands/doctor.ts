import type { DoctorReport } from '@drift/engine';
import { loadEngine } from '../lazy.js';
import type { Command } from 'commander';
import { action } from '../action.js';
import { EXIT } from '../output/errors.js';
import type { Output } from '../output/output.js';
import { confirm } from '../prompt.js';
import { projectRoot } from '../project-root.js';

/** `drift doctor [--yes] [--json]`. */
export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description(
      'check the workspace, configuration, drift.db integrity and backups; restore a corrupt drift.db',
    )
    .option('-y, --yes', 'restore the newest good backup without asking when drift.db is corrupt')
    .option('--json', 'print the report as JSON')
    .action(
      action(async ({ output, globals }, options: { yes?: boolean }) => {
        const { DriftClient } = await loadEngine();
        const root = projectRoot(globals, false);
        let report = await DriftClient.doctor(root);
        const backup = report.newestGoodBackup;
        if (report.corrupt && backup !== null) {
          if (options.yes === true) {
            report = await DriftClient.doctor(root, { restore: true });
          } else if (output.interactive && !output.json) {
            printReport(output, report);
            if (!(await confirm(`Restore ${backup.path}?`))) return EXIT.findings;
            report = await DriftClient.doctor(root, { restore: true });
          } else if (!output.json) {
            printReport(output, report);
            output.note(`run ${output.color.bold('drift doctor --yes')} to restore ${backup.path}`);
            return EXIT.findings;
          }
        }
        if (output.json) output.data(report);
        else printReport(output, report);
        return report.healthy ? EXIT.ok : EXIT.findings;
      }),
    );
}

function printReport(output: Output, report: DoctorReport): void {
  const { green, yellow, red } = output.color;
  const mark = { ok: green('✓'), warn: yellow('!'), error: red('✗') } as const;
  if (report.restored !== null)
    output.line(`${green('Restored')} drift.db from ${report.restored.restoredFrom}`);
  for (const check of report.checks)
    output.line(`${mark[check.status]} ${check.name.padEnd(10)} ${check.message}`);
  output.line(report.healthy ? green('healthy') : red('problems found'));
}
