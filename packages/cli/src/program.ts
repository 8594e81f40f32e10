import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { registerBackup } from './commands/backup.js';
import { registerBaseline } from './commands/baseline.js';
import { registerCallGraph, registerImpact } from './commands/callgraph.js';
import { registerCheck } from './commands/check.js';
import { registerClean } from './commands/clean.js';
import { registerConfig } from './commands/config.js';
import { registerCoupling } from './commands/coupling.js';
import { registerDecisions } from './commands/decisions.js';
import { registerDetectors } from './commands/detectors.js';
import { registerDoctor } from './commands/doctor.js';
import { registerFiles } from './commands/files.js';
import { registerInit } from './commands/init.js';
import { registerMigrate } from './commands/migrate.js';
import { registerPatterns } from './commands/patterns.js';
import { registerScan } from './commands/scan.js';
import { registerStatus } from './commands/status.js';
import { registerTests } from './commands/tests.js';
import { registerViolations } from './commands/violations.js';
import { EXIT } from './output/errors.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** Builds the `drift` command with every subcommand. */
export function createProgram(): Command {
  const program = new Command('drift')
    .description('Drift learns the conventions of a codebase and keeps the codebase true to them.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option(
      '--root <dir>',
      'project folder (default: the nearest folder with .drift/, else the current one)',
    )
    .option('--no-color', 'disable colours (NO_COLOR is honoured too)')
    .showHelpAfterError('(run drift --help for usage)')
    .exitOverride();
  registerInit(program);
  registerScan(program);
  registerCheck(program);
  registerPatterns(program);
  registerViolations(program);
  registerDecisions(program);
  registerBaseline(program);
  registerDetectors(program);
  registerStatus(program);
  registerFiles(program);
  registerCallGraph(program);
  registerImpact(program);
  registerCoupling(program);
  registerTests(program);
  registerConfig(program);
  registerBackup(program);
  registerMigrate(program);
  registerClean(program);
  registerDoctor(program);
  return program;
}

/** Runs `drift` with `argv` (process.argv form); returns the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  try {
    await createProgram().parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
        ? EXIT.ok
        : EXIT.error;
    }
    throw error;
  }
}
