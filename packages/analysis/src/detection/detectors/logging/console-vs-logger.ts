import { defineDetector } from '../../detector.js';
import { classifyLoggingCall } from '../../shared/logging-calls.js';
import { baseName, isCommandLineFile } from '../../shared/paths.js';

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
  peerRules: ['no-console', 'T201', 'T203', 'forbidigo'],
  lapses: ['console'],
  variants: { logger: 'go through a logger', console: 'print to the console' },
  describe: (observation) =>
    observation.variant === 'console'
      ? `prints with \`${String(observation.context?.callee ?? observation.snippet)}\``
      : `logs with \`${String(observation.context?.callee ?? observation.snippet)}\``,
  facts(file, report) {
    if (isCommandLineFile(file.path) || /log/i.test(baseName(file.path))) return;
    for (const call of file.facts.calls) {
      if (call.isConstructor) continue;
      const found = classifyLoggingCall(call.receiver, call.callee);
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
