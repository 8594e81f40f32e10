import {
  parseValueText,
  SKIP_REASONS,
  type ConfigKey,
  type Pattern,
  type ScanSummary,
} from '@drift/core';
import { createTable, loadEngine } from '../lazy.js';
import type { Command } from 'commander';
import { action } from '../action.js';
import { EXIT } from '../output/errors.js';
import { formatCount, formatDuration } from '../output/format.js';
import type { Output } from '../output/output.js';
import { existingFolder, projectRoot } from '../project-root.js';

interface ScanCommandOptions {
  readonly force?: boolean;
  readonly threads?: string;
  readonly json?: boolean;
}

/** `drift scan [path] [--force] [--threads N] [--json]`. */
export function registerScan(program: Command): void {
  program
    .command('scan')
    .description('scan a project into .drift/drift.db (incremental: unchanged files are not read)')
    .argument(
      '[path]',
      'project folder (default: the nearest folder with .drift/, else the current one)',
    )
    .option('--force', 're-read every file, even when size and mtime are unchanged')
    .option('--threads <n>', 'worker threads; 0 = one per core (scan.threads)')
    .option('--json', 'print the scan summary as JSON')
    .action(
      action(async ({ output, globals }, path: string | undefined, options: ScanCommandOptions) => {
        const { DriftClient } = await loadEngine();
        const root = path === undefined ? projectRoot(globals, false) : existingFolder(path);
        const overrides: Partial<Record<ConfigKey, unknown>> = {};
        if (options.threads !== undefined)
          overrides['scan.threads'] = parseValueText('scan.threads', options.threads);
        if (options.force === true) overrides['scan.force_full_scan'] = true;
        const client = await DriftClient.initialize({
          projectRoot: root,
          configOverrides: overrides,
        });
        const bar =
          !output.json && process.stderr.isTTY
            ? new (await import('../output/progress.js')).ProgressBar()
            : undefined;
        let interrupts = 0;
        const onInterrupt = (): void => {
          interrupts += 1;
          if (interrupts > 1) process.exit(EXIT.interrupted);
          client.cancelScan();
        };
        process.on('SIGINT', onInterrupt);
        try {
          const summary = await client.scan(
            bar === undefined ? {} : { onProgress: (p) => bar.update(p) },
          );
          bar?.stop();
          if (output.json) output.data(summary);
          else {
            await printSummary(output, summary);
            const top =
              summary.patterns === null
                ? []
                : client.queryPatterns({ minConfidence: TOP_PATTERN_MIN_CONFIDENCE }, { limit: 5 })
                    .items;
            printDetection(output, summary, top);
            if (summary.callGraph !== null) {
              const graph = client.queryCallGraphStats();
              output.line(
                `${output.color.bold('Call graph')} ${formatCount(graph.nodes)} functions, ${formatCount(graph.edges)} calls, ${formatCount(graph.entryPoints)} entry points ${output.color.dim(`(${summary.callGraph.mode}, ${formatDuration(summary.callGraph.durationMs)}; drift callgraph status)`)}`,
              );
            }
          }
          return summary.status === 'partial' ? EXIT.interrupted : EXIT.ok;
        } finally {
          bar?.stop();
          process.off('SIGINT', onInterrupt);
          await client.shutdown();
        }
      }),
    );
}

/** Patterns listed at the end of a scan: medium confidence and above, the ones that report. */
const TOP_PATTERN_MIN_CONFIDENCE = 0.65;

function printDetection(output: Output, summary: ScanSummary, top: readonly Pattern[]): void {
  const { bold, dim, red, yellow } = output.color;
  const learned = summary.patterns;
  if (learned === null) return;
  const levels = `${formatCount(learned.byLevel.high)} high, ${formatCount(learned.byLevel.medium)} medium, ${formatCount(learned.byLevel.low + learned.byLevel.uncertain)} lower`;
  output.line('');
  output.line(`${bold('Patterns')} ${formatCount(learned.patterns)} ${dim(`(${levels})`)}`);
  for (const pattern of top) {
    output.line(`  ${pattern.confidence.toFixed(2)}  ${pattern.id}  ${pattern.description}`);
  }
  const s = learned.bySeverity;
  const counts = [
    s.error > 0 ? red(`${formatCount(s.error)} error`) : '',
    s.warning > 0 ? yellow(`${formatCount(s.warning)} warning`) : '',
    s.info + s.hint > 0 ? `${formatCount(s.info + s.hint)} info` : '',
  ].filter((part) => part !== '');
  const change =
    learned.newViolations + learned.fixedViolations > 0
      ? dim(
          ` (${formatCount(learned.newViolations)} new, ${formatCount(learned.fixedViolations)} fixed)`,
        )
      : '';
  output.line(
    `${bold('Violations')} ${formatCount(learned.violations)}${counts.length > 0 ? `: ${counts.join(', ')}` : ''}${change}`,
  );
  if (learned.violations > 0)
    output.line(dim('drift violations lists them · drift patterns lists the conventions'));
}

async function printSummary(output: Output, summary: ScanSummary): Promise<void> {
  const { green, yellow, dim, bold } = output.color;
  const seconds = formatDuration(summary.durationMs);
  if (summary.status === 'partial') {
    output.line(
      `${yellow('Scan cancelled')}: kept what finished (${formatCount(summary.filesAdded + summary.filesModified + summary.filesUnchanged)} of ${formatCount(summary.filesTotal)} files); run ${bold('drift scan')} again to finish`,
    );
  } else {
    output.line(
      `${green('Scanned')} ${summary.root} in ${seconds} ${dim(`(${formatCount(summary.filesTotal)} files, ${formatCount(summary.metrics.filesPerSecond)} files/s)`)}`,
    );
  }
  const languages = Object.entries(summary.languages).sort((a, b) =>
    a[1] !== b[1] ? b[1] - a[1] : a[0].localeCompare(b[0]),
  );
  if (languages.length > 0) {
    const table = await createTable(['language', 'files'], output.color.isColorSupported, [
      'left',
      'right',
    ]);
    for (const [language, files] of languages) table.push([language, formatCount(files)]);
    output.line(table.toString());
  }
  output.line(
    `added ${formatCount(summary.filesAdded)} · modified ${formatCount(summary.filesModified)} · removed ${formatCount(summary.filesRemoved)} · unchanged ${formatCount(summary.filesUnchanged)} · skipped ${formatCount(summary.filesSkipped)}`,
  );
  const { parsing } = summary;
  if (parsing.filesParsed > 0 || parsing.parseFailures > 0) {
    const errors =
      parsing.filesWithErrors > 0
        ? `, ${formatCount(parsing.filesWithErrors)} with syntax errors (facts kept)`
        : '';
    const failures =
      parsing.parseFailures > 0 ? `, ${formatCount(parsing.parseFailures)} failed` : '';
    output.line(dim(`parsed ${formatCount(parsing.filesParsed)} files${errors}${failures}`));
  }
  const skipped = SKIP_REASONS.filter((reason) => summary.skipped[reason] > 0).map(
    (reason) => `${formatCount(summary.skipped[reason])} ${reason.replace('_', ' ')}`,
  );
  if (skipped.length > 0) output.line(dim(`skipped: ${skipped.join(', ')}`));
  if (summary.filesInvalidUtf8 > 0) {
    output.line(
      dim(
        `${formatCount(summary.filesInvalidUtf8)} files are not valid UTF-8 (read with replacement characters)`,
      ),
    );
  }
  if (summary.errorCount > 0) {
    output.line(yellow(`${formatCount(summary.errorCount)} files could not be read:`));
    for (const error of summary.errors.slice(0, 5))
      output.line(`  ${error.file}: ${error.reason} [${error.code}]`);
    if (summary.errorCount > 5)
      output.line(
        dim(`  … and ${formatCount(summary.errorCount - 5)} more (drift scan --json lists them)`),
      );
  }
}
