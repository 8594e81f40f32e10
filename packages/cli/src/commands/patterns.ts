import {
  PATTERN_CATEGORIES,
  type Pattern,
  type PatternCategory,
  type PatternDetail,
  type PatternStatus,
} from '@drift/core';
import type { Command } from 'commander';
import { action } from '../action.js';
import { allPages, withClient } from '../client.js';
import { createTable } from '../lazy.js';
import { EXIT, UsageError } from '../output/errors.js';
import { formatCount, formatTime } from '../output/format.js';
import type { Output } from '../output/output.js';
import { formatViolations } from '../reporters/text-reporter.js';

const STATUSES: readonly PatternStatus[] = ['discovered', 'approved', 'ignored'];

interface PatternsOptions {
  readonly category?: string[];
  readonly status?: string[];
  readonly minConfidence?: string;
  readonly json?: boolean;
}

function oneOf<T extends string>(
  values: readonly T[],
  given: string[] | undefined,
  flag: string,
): T[] | undefined {
  if (given === undefined) return undefined;
  for (const value of given) {
    if (!(values as readonly string[]).includes(value))
      throw new UsageError(`${flag} ${value} is not one of ${values.join(', ')}`);
  }
  return given as T[];
}

/** Parses a 0–1 number option. */
export function confidenceOption(text: string, flag: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1)
    throw new UsageError(`${flag} must be a number between 0 and 1, got ${text}`);
  return value;
}

function confidenceText(output: Output, pattern: Pattern): string {
  const text = `${pattern.confidence.toFixed(2)} ${pattern.confidenceLevel}`;
  const { green, yellow, dim } = output.color;
  if (pattern.confidenceLevel === 'high') return green(text);
  if (pattern.confidenceLevel === 'medium') return yellow(text);
  return dim(text);
}

/** `drift patterns`, `drift pattern <id>`, `drift where <id>`. */
export function registerPatterns(program: Command): void {
  program
    .command('patterns')
    .description('list the conventions learned from the codebase, most confident first')
    .option('--category <name...>', `only these categories (${PATTERN_CATEGORIES.join(', ')})`)
    .option('--status <status...>', `only these statuses (${STATUSES.join(', ')})`)
    .option('--min-confidence <n>', 'only patterns with at least this confidence (0-1)')
    .option('--json', 'print the patterns as a JSON array')
    .action(
      action(async ({ output, globals }, options: PatternsOptions) => {
        const categories = oneOf<PatternCategory>(
          PATTERN_CATEGORIES,
          options.category,
          '--category',
        );
        const statuses = oneOf(STATUSES, options.status, '--status');
        const filter = {
          ...(categories === undefined ? {} : { categories }),
          ...(statuses === undefined ? {} : { statuses }),
          ...(options.minConfidence === undefined
            ? {}
            : { minConfidence: confidenceOption(options.minConfidence, '--min-confidence') }),
        };
        const patterns = await withClient(globals, (client) =>
          allPages((page) => client.queryPatterns(filter, page)),
        );
        if (output.json) {
          output.data(patterns);
          return EXIT.ok;
        }
        if (patterns.length === 0) {
          output.line('No patterns match. Patterns are learned by `drift scan`.');
          return EXIT.ok;
        }
        const table = await createTable(
          ['id', 'confidence', 'pattern', 'scope', 'convention', 'outliers', 'status'],
          output.color.isColorSupported,
          ['left', 'left', 'left', 'left', 'left', 'right', 'left'],
        );
        for (const p of patterns) {
          table.push([
            p.id,
            confidenceText(output, p),
            p.detectorId,
            p.scope === '' ? '.' : p.scope,
            `${p.variant} ${output.color.dim(`${formatCount(p.occurrences)}/${formatCount(p.total)}`)}`,
            formatCount(p.outliers),
            p.status,
          ]);
        }
        output.line(table.toString());
        output.line(
          output.color.dim(
            `${formatCount(patterns.length)} patterns · drift pattern <id> shows the evidence`,
          ),
        );
        return EXIT.ok;
      }),
    );

  program
    .command('pattern')
    .description('show one pattern: its evidence, examples that follow it, and its outliers')
    .argument('<id>', 'pattern id (or a unique prefix of at least 4 digits)')
    .option('--json', 'print the pattern detail as JSON')
    .action(
      action(async ({ output, globals }, id: string) => {
        const detail = await withClient(globals, (client) => client.queryPatternDetail(id));
        if (output.json) output.data(detail);
        else printDetail(output, detail);
        return EXIT.ok;
      }),
    );

  program
    .command('where')
    .description('list where a pattern is followed (file:line)')
    .argument('<id>', 'pattern id (or a unique prefix of at least 4 digits)')
    .option('--json', 'print the locations as a JSON array')
    .action(
      action(async ({ output, globals }, id: string) => {
        const locations = await withClient(globals, (client) =>
          allPages((page) => client.queryPatternLocations(id, page)),
        );
        if (output.json) {
          output.data(locations);
          return EXIT.ok;
        }
        for (const l of locations)
          output.line(
            `${l.file}:${String(l.line)}:${String(l.column)}  ${output.color.dim(l.snippet)}`,
          );
        if (locations.length === 0)
          output.line('No locations (a rule has none; its violations are in `drift pattern`).');
        return EXIT.ok;
      }),
    );
}

function printDetail(output: Output, detail: PatternDetail): void {
  const { bold, dim } = output.color;
  const p = detail.pattern;
  const label = (text: string): string => bold(text.padEnd(12));
  output.line(`${bold(p.name)} ${dim(`(${p.detectorId})`)}`);
  output.line(`${label('id')}${p.id}`);
  output.line(
    `${label('status')}${p.status}${detail.decisionReason === null ? '' : dim(` — ${detail.decisionReason}`)}`,
  );
  output.line(`${label('confidence')}${confidenceText(output, p)}`);
  output.line(`${label('scope')}${p.scope === '' ? '. (the repository)' : p.scope}`);
  output.line(`${label('severity')}${p.severity}`);
  output.line(`${label('evidence')}${detail.evidence}`);
  const distribution = Object.entries(detail.distribution)
    .sort((a, b) => b[1] - a[1])
    .map(([variant, count]) => `${variant} ${formatCount(count)}`)
    .join(' · ');
  output.line(`${label('variants')}${distribution}`);
  output.line(`${label('seen')}${formatTime(p.firstSeen)} → ${formatTime(p.lastSeen)}`);
  if (detail.examples.length > 0) {
    output.line('');
    output.line(bold('follows it'));
    for (const e of detail.examples)
      output.line(`  ${e.file}:${String(e.line)}  ${dim(e.snippet)}`);
  }
  output.line('');
  output.line(bold(`outliers (${formatCount(detail.outlierCount)})`));
  if (detail.outliers.length === 0) output.line(dim('  none reported'));
  for (const line of formatViolations(output.color, detail.outliers)) output.line(`  ${line}`);
  if (detail.outlierCount > detail.outliers.length)
    output.line(dim(`  … drift violations --pattern ${p.id} lists all`));
}
