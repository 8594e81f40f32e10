import type { Command } from 'commander';
import { action } from '../action.js';
import { withClient } from '../client.js';
import { EXIT, UsageError } from '../output/errors.js';
import { formatCount } from '../output/format.js';
import { projectRoot, relativePathsInProject } from '../project-root.js';

/** `drift tests`, `drift tests affected <files>`, `drift tests uncovered`, `drift tests coverage [file]`. */
export function registerTests(program: Command): void {
  const tests = program
    .command('tests')
    .description('test topology: frameworks, mocks, structural coverage through the call graph')
    .option('--json', 'print the summary as JSON')
    .action(
      action(async ({ output, globals }) => {
        const summary = await withClient(globals, (client) => client.analyzeTestTopology());
        if (output.json) {
          output.data(summary);
          return EXIT.ok;
        }
        output.line(`tests         ${formatCount(summary.tests)}`);
        output.line(
          `frameworks    ${Object.entries(summary.frameworks)
            .map(([name, files]) => `${name} (${formatCount(files)} files)`)
            .join(', ')}`,
        );
        output.line(
          `mocks         ${formatCount(summary.mocks.filesWithMocks)} of ${formatCount(summary.mocks.testFiles)} test files (${(summary.mocks.ratio * 100).toFixed(0)} %)`,
        );
        output.line(
          `coverage      ${formatCount(summary.coveredFunctions)} of ${formatCount(summary.functions)} source functions reached by a test (${(summary.coverage * 100).toFixed(0)} %, structural)`,
        );
        return EXIT.ok;
      }),
    );

  tests
    .command('affected')
    .description('the tests to run for a change: every test that reaches a changed file')
    .argument('<files...>', 'changed files')
    .option('--json', 'print the selection as JSON')
    .action(
      action(async ({ output, globals }, files: string[]) => {
        const root = projectRoot(globals, true);
        const changed = relativePathsInProject(root, files);
        const set = await withClient(globals, (client) => client.queryMinimumTestSet(changed));
        if (output.json) {
          output.data(set);
          return EXIT.ok;
        }
        for (const file of set.files) output.line(file);
        output.note(
          `${formatCount(set.tests.length)} tests in ${formatCount(set.files.length)} files reach the change`,
        );
        return EXIT.ok;
      }),
    );

  tests
    .command('uncovered')
    .description('source functions no test reaches, riskiest first')
    .option('--limit <n>', 'at most this many', '20')
    .option('--json', 'print the functions as JSON')
    .action(
      action(async ({ output, globals }, options: { limit: string }) => {
        const limit = Number(options.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw new UsageError(`--limit must be a positive whole number, got ${options.limit}`);
        const list = await withClient(globals, (client) => client.queryUncoveredFunctions(limit));
        if (output.json) {
          output.data(list);
          return EXIT.ok;
        }
        for (const f of list)
          output.line(
            `${f.risk.toFixed(1).padStart(6)}  ${f.qualifiedName}  ${output.color.dim(`${f.file} (${formatCount(f.fanIn)} callers, ${formatCount(f.lines)} lines)`)}`,
          );
        return EXIT.ok;
      }),
    );

  tests
    .command('coverage')
    .description('structural test coverage per file, or of one file’s functions')
    .argument('[file]', 'one file')
    .option('--json', 'print the coverage as JSON')
    .action(
      action(async ({ output, globals }, file: string | undefined) => {
        const root = projectRoot(globals, true);
        const relative = file === undefined ? undefined : relativePathsInProject(root, [file])[0];
        const coverage = await withClient(globals, (client) => client.queryTestCoverage(relative));
        if (output.json) {
          output.data(coverage);
          return EXIT.ok;
        }
        if (Array.isArray(coverage)) {
          for (const f of coverage)
            output.line(
              `${(f.ratio * 100).toFixed(0).padStart(4)} %  ${f.file}  ${output.color.dim(`${formatCount(f.covered)}/${formatCount(f.functions)}`)}`,
            );
        } else {
          for (const f of coverage.functions)
            output.line(
              `${f.testCount > 0 ? '✔' : '✖'} ${f.id}  ${output.color.dim(`${formatCount(f.testCount)} tests`)}`,
            );
        }
        return EXIT.ok;
      }),
    );
}
