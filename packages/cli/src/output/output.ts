import pc from 'picocolors';

/** Colour functions: picocolors, or identity functions when colour is off. */
export type Colors = ReturnType<typeof pc.createColors>;

/** Where a command writes: JSON or human text on stdout, messages on stderr. */
export interface Output {
  /** `--json`: stdout carries only JSON. */
  readonly json: boolean;
  readonly color: Colors;
  /** stdin and stderr are terminals: prompts and progress bars make sense. */
  readonly interactive: boolean;
  /** Prints a value as JSON on stdout (one document per command). */
  data(value: unknown): void;
  /** Prints a line of human output on stdout. */
  line(text?: string): void;
  /** Prints a line on stderr (notes, errors, hints). */
  note(text: string): void;
}

/**
 * Colour is on when stdout is a TTY or `FORCE_COLOR` is set, and off with `NO_COLOR`
 * (https://no-color.org), `--no-color`, or `--json`.
 */
export function colorEnabled(
  flag: boolean,
  json: boolean,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (!flag || json) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return process.stdout.isTTY;
}

/** Creates the output of one command run. */
export function createOutput(options: { readonly json: boolean; readonly color: boolean }): Output {
  return {
    json: options.json,
    color: pc.createColors(colorEnabled(options.color, options.json)),
    interactive: process.stdin.isTTY && process.stderr.isTTY,
    data(value) {
      process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    line(text = '') {
      process.stdout.write(`${text}\n`);
    },
    note(text) {
      process.stderr.write(`${text}\n`);
    },
  };
}
