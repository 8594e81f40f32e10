import type { Command } from 'commander';
import { reportError } from './output/errors.js';
import { createOutput, type Output } from './output/output.js';
import type { GlobalOptions } from './project-root.js';

/** What every command action receives besides its own arguments. */
export interface ActionContext {
  readonly output: Output;
  readonly globals: GlobalOptions;
}

/**
 * Wraps a command body: builds its output from `--json` and `--no-color`, sets the process exit
 * code from the body's result, and turns anything thrown into `error[CODE]: message` + hint.
 */
export function action(
  body: (context: ActionContext, ...args: never[]) => Promise<number> | number,
): (...raw: unknown[]) => Promise<void> {
  return async (...raw) => {
    const command = raw.at(-1) as Command;
    const options = command.optsWithGlobals<{ json?: boolean; root?: string; color?: boolean }>();
    const globals: GlobalOptions = {
      color: options.color !== false,
      ...(options.root === undefined ? {} : { root: options.root }),
    };
    const output = createOutput({ json: options.json === true, color: globals.color });
    try {
      process.exitCode = await body({ output, globals }, ...(raw.slice(0, -1) as never[]));
    } catch (error) {
      process.exitCode = reportError(output, error);
    }
  };
}
