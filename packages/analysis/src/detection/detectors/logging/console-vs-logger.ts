import type { CallFact } from '@drift/core';
import { defineDetector } from '../../detector.js';
import { baseName, isCommandLineFile } from '../../shared/paths.js';

/** Receivers and bare callees that print to the terminal, per language family. */
const CONSOLE_RECEIVERS = new Set(['console', 'System.out', 'System.err', 'Console', 'fmt']);
const CONSOLE_METHODS: Readonly<Record<string, ReadonlySet<string>>> = {
  console: new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table']),
  'System.out': new Set(['println', 'print', 'printf']),
  'System.err': new Set(['println', 'print', 'printf']),
  Console: new Set(['WriteLine', 'Write']),
  fmt: new Set(['Println', 'Printf', 'Print']),
};
const BARE_CONSOLE = new Set([
  'print',
  'pprint',
  'println',
  'println!',
  'eprintln!',
  'print!',
  'eprint!',
  'dbg!',
  'puts',
  'pp',
  'var_dump',
  'print_r',
]);

/** A receiver that is a logger: `logger`, `this.logger`, `log`, `LOG`, `self._log`, `logging`, `slog`, `Log`. */
const LOGGER_RECEIVER =
  /(?:^|[.>:])(?:_*(?:[a-z]\w*)?(?:logger|Logger|LOGGER)|_*log|LOG|Log|logging|slog|zap\.[LS]\(\))$/;
const LOG_LEVELS = new Set([
  'trace',
  'debug',
  'info',
  'information',
  'notice',
  'warn',
  'warning',
  'error',
  'fatal',
  'critical',
  'exception',
  'log',
  'verbose',
  'silly',
]);
/** Rust logging macros of the `log` and `tracing` crates. */
const LOG_MACROS = new Set(['trace!', 'debug!', 'info!', 'warn!', 'error!', 'event!']);

/** Which way a call writes a message, or null when it is not a logging call. */
function classify(call: CallFact): { variant: 'console' | 'logger'; callee: string } | null {
  const receiver = call.receiver;
  if (receiver === null) {
    if (BARE_CONSOLE.has(call.callee)) return { variant: 'console', callee: call.callee };
    if (LOG_MACROS.has(call.callee)) return { variant: 'logger', callee: call.callee };
    return null;
  }
  const name = `${receiver}.${call.callee}`;
  if (CONSOLE_RECEIVERS.has(receiver)) {
    return CONSOLE_METHODS[receiver]?.has(call.callee) === true
      ? { variant: 'console', callee: name }
      : null;
  }
  if (LOG_MACROS.has(call.callee) && /^(?:log|tracing)$/.test(receiver)) {
    return { variant: 'logger', callee: `${receiver}::${call.callee}` };
  }
  if (!LOGGER_RECEIVER.test(receiver)) return null;
  const level = call.callee.replace(/^Log(?=[A-Z])/, '').replace(/f$/, '');
  if (LOG_LEVELS.has(level.toLowerCase()) || /^Print(?:f|ln)?$/.test(call.callee)) {
    return { variant: 'logger', callee: name };
  }
  return null;
}

/**
 * Logging goes through the codebase's logger, not straight to the console (`console.log`,
 * `print`, `System.out.println`, `fmt.Println`, `Console.WriteLine`, `println!`, `puts`).
 * Files of command-line interfaces and the logger's own files (`logger.ts`, `logging.py`) are
 * not observed: printing is their job.
 */
export const consoleVsLogger = defineDetector({
  id: 'logging/console-vs-logger',
  category: 'logging',
  name: 'Logger instead of console',
  description:
    'Messages are written through the logger, not printed to the console; a stray print bypasses levels, structure and log routing.',
  severity: 'warning',
  mode: 'learned',
  languages: [
    'typescript',
    'javascript',
    'python',
    'java',
    'kotlin',
    'csharp',
    'go',
    'rust',
    'php',
    'ruby',
  ],
  noun: 'logging calls',
  variants: { logger: 'go through a logger', console: 'print to the console' },
  describe: (observation) =>
    observation.variant === 'console'
      ? `prints with \`${String(observation.context?.callee ?? observation.snippet)}\``
      : `logs with \`${String(observation.context?.callee ?? observation.snippet)}\``,
  facts(file, report) {
    if (isCommandLineFile(file.path) || /log/i.test(baseName(file.path))) return;
    for (const call of file.facts.calls) {
      if (call.isConstructor) continue;
      const found = classify(call);
      if (found === null) continue;
      report({
        variant: found.variant,
        line: call.line,
        column: call.column,
        snippet: file.lineText(call.line).slice(call.column - 1),
        context: { callee: found.callee },
      });
    }
  },
});
