import type { DriftStatus } from '@drift/engine';
import { createTable, loadEngine } from '../lazy.js';
import type { Command } from 'commander';
import { action } from '../action.js';
import { EXIT } from '../output/errors.js';
import { formatBytes, formatCount, formatDuration, formatTime } from '../output/format.js';
import type { Output } from '../output/output.js';
import { projectRoot } from '../project-root.js';

/** `drift status [--json]`. */
export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('show what drift.db knows: last scan, files per language, storage, backups')
    .option('--json', 'print the status as JSON')
    .action(
      action(async ({ output, globals }) => {
        const { DriftClient } = await loadEngine();
        const client = await DriftClient.initialize({ projectRoot: projectRoot(globals, true) });
        try {
          const status = client.queryStatus();
          if (output.json) output.data(status);
          else await printStatus(output, status);
          return EXIT.ok;
        } finally {
          await client.shutdown();
        }
      }),
    );
}

async function printStatus(output: Output, status: DriftStatus): Promise<void> {
  const { dim, bold, yellow } = output.color;
  const label = (text: string): string => bold(text.padEnd(10));
  output.line(`${label('Project')}${status.projectRoot}`);
  output.line(
    `${label('Database')}${status.dbPath} ${dim(`(${formatBytes(status.storageBytes)}, schema ${status.schemaVersion}/${status.latestSchemaVersion})`)}`,
  );
  const scan = status.lastScan;
  if (scan === null) {
    output.line(`${label('Last scan')}${yellow('never')}; run drift scan`);
  } else {
    const took = scan.durationMs === null ? '' : `, ${formatDuration(scan.durationMs)}`;
    const statusText = scan.status === 'complete' ? scan.status : yellow(scan.status);
    output.line(
      `${label('Last scan')}#${scan.id} ${statusText} at ${formatTime(scan.startedAt)}${took}: ` +
        `+${formatCount(scan.filesAdded)} ~${formatCount(scan.filesModified)} -${formatCount(scan.filesRemoved)} ` +
        `=${formatCount(scan.filesUnchanged)}, ${formatCount(scan.filesSkipped)} skipped`,
    );
  }
  output.line(
    `${label('Files')}${formatCount(status.files.analysed)} analysed, ${formatCount(status.files.skipped)} stored as skipped`,
  );
  output.line(
    `${label('Backups')}${status.backups.operational} operational, ${status.backups.daily} daily`,
  );
  const { patterns, approved, violations } = status.detection;
  const bySeverity = Object.entries(violations)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${formatCount(count)} ${severity}`);
  output.line(
    `${label('Patterns')}${formatCount(patterns)} (${formatCount(approved)} approved); violations: ${bySeverity.length === 0 ? 'none' : bySeverity.join(', ')}`,
  );
  const languages = Object.entries(status.languages).sort((a, b) => b[1].files - a[1].files);
  if (languages.length === 0) {
    output.line(`${label('Languages')}${dim('none yet')}`);
    return;
  }
  const table = await createTable(
    ['language', 'files', 'functions', 'classes', 'imports', 'calls', 'syntax errors'],
    output.color.isColorSupported,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  for (const [language, c] of languages) {
    table.push([
      language,
      ...[c.files, c.functions, c.classes, c.imports, c.calls, c.filesWithErrors].map(formatCount),
    ]);
  }
  output.line(table.toString());
}
