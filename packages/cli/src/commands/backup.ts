import { basename } from 'node:path';
import { createTable, loadEngine } from '../lazy.js';
import type { Command } from 'commander';
import { action } from '../action.js';
import { EXIT } from '../output/errors.js';
import { formatBytes, formatTime } from '../output/format.js';
import { projectRoot } from '../project-root.js';

/** `drift backup [create | list | restore FILE]`. */
export function registerBackup(program: Command): void {
  const backup = program
    .command('backup')
    .description('back up drift.db, list backups, restore one');

  backup
    .command('create', { isDefault: true })
    .description('take a backup now (SQLite online backup; kept among the operational backups)')
    .option('--json', 'print the backup as JSON')
    .action(
      action(async ({ output, globals }) => {
        const { DriftClient } = await loadEngine();
        const client = await DriftClient.initialize({ projectRoot: projectRoot(globals, true) });
        try {
          const result = await client.backupDatabase();
          if (output.json) output.data(result);
          else
            output.line(
              `${output.color.green('Backed up')} to ${result.path} (${formatBytes(result.sizeBytes)})`,
            );
          return EXIT.ok;
        } finally {
          await client.shutdown();
        }
      }),
    );

  backup
    .command('list')
    .description('list backups, newest first')
    .option('--json', 'print the backups as JSON')
    .action(
      action(async ({ output, globals }) => {
        const { DriftClient } = await loadEngine();
        const backups = DriftClient.listBackups(projectRoot(globals, true));
        if (output.json) {
          output.data(backups);
          return EXIT.ok;
        }
        if (backups.length === 0) {
          output.line('no backups yet; `drift backup` takes one');
          return EXIT.ok;
        }
        const table = await createTable(['created', 'kind', 'reason', 'size', 'file'], false);
        for (const b of backups)
          table.push([
            formatTime(b.createdAt),
            b.kind,
            b.reason,
            formatBytes(b.sizeBytes),
            basename(b.path),
          ]);
        output.line(table.toString());
        return EXIT.ok;
      }),
    );

  backup
    .command('restore')
    .description('replace drift.db by a backup (verified first; the current drift.db is backed up)')
    .argument('<file>', 'a backup path, or a file name from `drift backup list`')
    .option('--json', 'print the result as JSON')
    .action(
      action(async ({ output, globals }, file: string) => {
        const { DriftClient } = await loadEngine();
        const result = await DriftClient.restoreBackup(projectRoot(globals, true), file);
        if (output.json) {
          output.data(result);
          return EXIT.ok;
        }
        output.line(`${output.color.green('Restored')} drift.db from ${result.restoredFrom}`);
        if (result.previous !== null)
          output.line(`the replaced drift.db was backed up to ${result.previous.path}`);
        return EXIT.ok;
      }),
    );
}
