import { resolve } from 'node:path';
import type { Command } from 'commander';
import { workspacePaths } from '@drift/engine/workspace-paths';
import { action } from '../action.js';
import { readBaseline } from '../baseline-file.js';
import { allPages } from '../client.js';
import { loadEngine } from '../lazy.js';
import { EXIT, UsageError } from '../output/errors.js';
import type { Output } from '../output/output.js';
import { pathsInProject, projectRoot } from '../project-root.js';
import { githubReport } from '../reporters/github-reporter.js';
import { gitlabReport } from '../reporters/gitlab-reporter.js';
import { jsonReport } from '../reporters/json-reporter.js';
import type { CheckReport } from '../reporters/report.js';
import { failsAt, type FailOn } from '../reporters/severity.js';
import { textReport } from '../reporters/text-reporter.js';
import { stagedFiles } from '../staged-files.js';

const FORMATS = ['text', 'json', 'github', 'gitlab'] as const;
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'none'];

interface CheckOptions {
  readonly staged?: boolean;
  readonly format: string;
  readonly failOn?: string;
  readonly scan: boolean;
}

function render(format: (typeof FORMATS)[number], report: CheckReport, output: Output): string {
  switch (format) {
    case 'json':
      return jsonReport(report);
    case 'github':
      return githubReport(report);
    case 'gitlab':
      return gitlabReport(report);
    default:
      return textReport(report, output.color);
  }
}

/** `drift check [paths] [--staged] [--format …] [--fail-on …]`. */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description(
      'scan (incrementally), then report the violations in the given files and fail when one is at or above --fail-on',
    )
    .argument('[paths...]', 'only these files or folders (default: the whole project)')
    .option('--staged', 'only the files staged for commit (git)')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option(
      '--fail-on <level>',
      `lowest severity that fails: ${FAIL_ON.join(', ')} (default: quality_gates.fail_on)`,
    )
    .option('--no-scan', 'report from drift.db as it is, without scanning first')
    .action(
      action(async ({ output, globals }, paths: string[], options: CheckOptions) => {
        const format = options.format as (typeof FORMATS)[number];
        if (!FORMATS.includes(format))
          throw new UsageError(`--format ${options.format} is not one of ${FORMATS.join(', ')}`);
        if (options.failOn !== undefined && !FAIL_ON.includes(options.failOn as FailOn))
          throw new UsageError(`--fail-on ${options.failOn} is not one of ${FAIL_ON.join(', ')}`);
        if (options.staged === true && paths.length > 0)
          throw new UsageError('pass either paths or --staged, not both');
        const root = projectRoot(globals, false);
        const scope = options.staged === true ? stagedFiles(root) : pathsInProject(root, paths);
        if (options.staged === true && scope.length === 0) {
          process.stdout.write(render(format, emptyReport(options.failOn ?? 'error'), output));
          return EXIT.ok;
        }
        const { DriftClient } = await loadEngine();
        const client = await DriftClient.initialize({ projectRoot: root });
        try {
          const failOn = (options.failOn ??
            client.configure().config.quality_gates.fail_on) as FailOn;
          if (options.scan) {
            const summary = await client.scan();
            if (summary.status === 'partial') return EXIT.interrupted;
          }
          const filter =
            scope.length === 0 ? {} : { paths: scope.map((path) => resolve(root, path)) };
          const all = allPages((page) => client.queryViolations(filter, page));
          const baseline = readBaseline(workspacePaths(root).driftDir);
          const known = new Set(baseline?.violations.map((v) => v.fingerprint) ?? []);
          const violations = all.filter((v) => !known.has(v.fingerprint));
          const relative = scope.map((path) => resolve(root, path).slice(root.length + 1));
          const unusedSuppressions = client
            .queryUnusedSuppressions()
            .filter(
              (s) =>
                relative.length === 0 ||
                relative.some((p) => p === '' || s.file === p || s.file.startsWith(`${p}/`)),
            );
          const report: CheckReport = {
            violations,
            baselined: all.length - violations.length,
            unusedSuppressions,
            failing: violations.filter((v) => failsAt(v.severity, failOn)).length,
            failOn,
          };
          process.stdout.write(render(format, report, output));
          return report.failing > 0 ? EXIT.findings : EXIT.ok;
        } finally {
          await client.shutdown();
        }
      }),
    );
}

function emptyReport(failOn: string): CheckReport {
  return { violations: [], baselined: 0, unusedSuppressions: [], failing: 0, failOn };
}
