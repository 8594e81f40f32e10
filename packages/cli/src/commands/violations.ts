import { PATTERN_CATEGORIES, SEVERITIES, type Severity } from '@drift/core';
import type { Command } from 'commander';
import { action } from '../action.js';
import { allPages, withClient } from '../client.js';
import { EXIT, UsageError } from '../output/errors.js';
import { formatCount } from '../output/format.js';
import { pathsInProject, projectRoot } from '../project-root.js';
import { violationJson } from '../reporters/report.js';
import { formatViolations } from '../reporters/text-reporter.js';

interface ViolationsOptions {
  readonly severity?: string[];
  readonly category?: string[];
  readonly pattern?: string[];
  readonly enforced?: boolean;
  readonly json?: boolean;
}

function checked<T extends string>(
  values: readonly T[],
  given: string[] | undefined,
  flag: string,
): T[] | undefined {
  if (given === undefined) return undefined;
  const wrong = given.find((value) => !(values as readonly string[]).includes(value));
  if (wrong !== undefined)
    throw new UsageError(`${flag} ${wrong} is not one of ${values.join(', ')}`);
  return given as T[];
}

/** `drift violations`, `drift dismiss`. */
export function registerViolations(program: Command): void {
  program
    .command('violations')
    .description('list the outliers of the learned patterns, by file and line')
    .argument('[paths...]', 'only under these files or folders')
    .option('--severity <level...>', `only these severities (${SEVERITIES.join(', ')})`)
    .option('--category <name...>', 'only these categories')
    .option('--pattern <id...>', 'only the violations of these patterns')
    .option('--enforced', 'only violations of approved patterns and rules')
    .option(
      '--json',
      'print a JSON array of {fingerprint, patternId, detectorId, category, severity, file, line, column, message}',
    )
    .action(
      action(async ({ output, globals }, paths: string[], options: ViolationsOptions) => {
        const severities = checked<Severity>(SEVERITIES, options.severity, '--severity');
        const categories = checked(PATTERN_CATEGORIES, options.category, '--category');
        const filter = {
          ...(severities === undefined ? {} : { severities }),
          ...(categories === undefined ? {} : { categories }),
          ...(options.pattern === undefined ? {} : { patternIds: options.pattern }),
          ...(options.enforced === true ? { enforcedOnly: true } : {}),
          ...(paths.length === 0
            ? {}
            : { paths: pathsInProject(projectRoot(globals, true), paths) }),
        };
        const violations = await withClient(globals, (client) =>
          allPages((page) => client.queryViolations(filter, page)),
        );
        if (output.json) {
          output.data(violations.map(violationJson));
          return EXIT.ok;
        }
        for (const line of formatViolations(output.color, violations)) output.line(line);
        if (violations.length > 0) output.line('');
        output.line(
          output.color.dim(
            `${formatCount(violations.length)} violations · drift pattern <id> shows a pattern's evidence · drift dismiss <fingerprint> --reason … reports a false positive`,
          ),
        );
        return EXIT.ok;
      }),
    );

  program
    .command('dismiss')
    .description('dismiss a violation as a false positive (counts toward its detector’s health)')
    .argument('<fingerprint>', 'the violation’s fingerprint (drift violations --json)')
    .requiredOption('--reason <text>', 'why it is not a violation')
    .option('--json', 'print the dismissed violation as JSON')
    .action(
      action(async ({ output, globals }, fingerprint: string, options: { reason: string }) => {
        const violation = await withClient(globals, (client) =>
          client.dismissViolation(fingerprint, options.reason),
        );
        if (output.json) output.data(violationJson(violation));
        else
          output.line(
            `dismissed ${violation.file}:${String(violation.line)} (${violation.detectorId})`,
          );
        return EXIT.ok;
      }),
    );
}
