import type { Pattern } from '@drift/core';
import type { Command } from 'commander';
import { action } from '../action.js';
import { allPages, withClient } from '../client.js';
import { EXIT, UsageError } from '../output/errors.js';
import { confidenceOption } from './patterns.js';

interface ApproveOptions {
  readonly auto?: boolean;
  readonly threshold: string;
  readonly dryRun?: boolean;
  readonly reason?: string;
  readonly json?: boolean;
}

/** `drift approve`, `drift ignore`, `drift merge`: decisions on patterns. */
export function registerDecisions(program: Command): void {
  program
    .command('approve')
    .description('approve patterns: their outliers become enforced violations')
    .argument('[ids...]', 'pattern ids (or unique prefixes)')
    .option('--auto', 'approve every discovered pattern at or above --threshold')
    .option('--threshold <n>', 'confidence (0-1) --auto needs', '0.90')
    .option('--dry-run', 'list what would be approved, change nothing')
    .option('--reason <text>', 'why (kept with the decision)')
    .option('--json', 'print the approved patterns as JSON')
    .action(
      action(async ({ output, globals }, ids: string[], options: ApproveOptions) => {
        if (options.auto !== true && ids.length === 0)
          throw new UsageError(
            'name the patterns to approve, or pass --auto',
            'drift patterns lists them',
          );
        if (options.auto === true && ids.length > 0)
          throw new UsageError('pass either pattern ids or --auto, not both');
        const threshold = confidenceOption(options.threshold, '--threshold');
        const approved = await withClient(globals, (client) => {
          const chosen =
            options.auto === true
              ? allPages((page) =>
                  client.queryPatterns(
                    { statuses: ['discovered'], minConfidence: threshold },
                    page,
                  ),
                ).map((p) => p.id)
              : ids;
          if (options.dryRun === true)
            return chosen.map((id) => client.queryPatternDetail(id).pattern);
          return chosen.length === 0 ? [] : client.approvePatterns(chosen, options.reason);
        });
        if (output.json) {
          output.data(approved);
          return EXIT.ok;
        }
        const verb = options.dryRun === true ? 'would approve' : 'approved';
        for (const p of approved) output.line(`${verb} ${describe(p)}`);
        if (approved.length === 0)
          output.line(`no discovered pattern at or above ${options.threshold}`);
        return EXIT.ok;
      }),
    );

  program
    .command('ignore')
    .description('ignore a pattern: it stays listed and reports no violations')
    .argument('<id>', 'pattern id (or a unique prefix)')
    .requiredOption('--reason <text>', 'why the convention does not hold here')
    .option('--json', 'print the pattern as JSON')
    .action(
      action(async ({ output, globals }, id: string, options: { reason: string }) => {
        const pattern = await withClient(globals, (client) =>
          client.ignorePattern(id, options.reason),
        );
        if (output.json) output.data(pattern);
        else output.line(`ignored ${describe(pattern)}`);
        return EXIT.ok;
      }),
    );

  program
    .command('merge')
    .description(
      'fold one pattern into another of the same detector (one convention, learned together)',
    )
    .argument('<keep>', 'the pattern to keep')
    .argument('<fold>', 'the pattern folded into it')
    .option('--json', 'print the kept pattern as JSON')
    .action(
      action(async ({ output, globals }, keep: string, fold: string) => {
        const pattern = await withClient(globals, (client) => client.mergePatterns(keep, fold));
        if (output.json) output.data(pattern);
        else output.line(`merged into ${describe(pattern)}`);
        return EXIT.ok;
      }),
    );
}

function describe(pattern: Pattern): string {
  const scope = pattern.scope === '' ? '' : ` in ${pattern.scope}`;
  return `${pattern.id} ${pattern.detectorId}: ${pattern.variant}${scope} (confidence ${pattern.confidence.toFixed(2)})`;
}
