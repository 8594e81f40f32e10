/**
 * Recognition of logging calls shared by the logging detectors: which calls print to the
 * console and which go through a logger, from the receiver's text and the called name.
 */

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

/** A call that writes a message: to the console or through a logger. */
export interface LoggingCall {
  readonly variant: 'console' | 'logger';
  /** The call as it reads: `console.log`, `this.logger.info`, `log::warn!`. */
  readonly callee: string;
}

/**
 * Which way a call writes a message, or null when it is not a logging call.
 *
 * @param receiver the receiver expression's text (`this.logger`), or null for a bare call.
 * @param callee the called name (`info`, `LogInformation`, `println!`).
 */
export function classifyLoggingCall(receiver: string | null, callee: string): LoggingCall | null {
  if (receiver === null) {
    if (BARE_CONSOLE.has(callee)) return { variant: 'console', callee };
    if (LOG_MACROS.has(callee)) return { variant: 'logger', callee };
    return null;
  }
  const name = `${receiver}.${callee}`;
  if (CONSOLE_RECEIVERS.has(receiver)) {
    return CONSOLE_METHODS[receiver]?.has(callee) === true
      ? { variant: 'console', callee: name }
      : null;
  }
  if (LOG_MACROS.has(callee) && /^(?:log|tracing)$/.test(receiver)) {
    return { variant: 'logger', callee: `${receiver}::${callee}` };
  }
  if (!LOGGER_RECEIVER.test(receiver)) return null;
  const level = callee.replace(/^Log(?=[A-Z])/, '').replace(/f$/, '');
  if (LOG_LEVELS.has(level.toLowerCase()) || /^Print(?:f|ln)?$/.test(callee)) {
    return { variant: 'logger', callee: name };
  }
  return null;
}

/** True when `receiver.callee(…)` is a call of a logger method (not a console print). */
export function isLoggerCall(receiver: string | null, callee: string): boolean {
  return receiver !== null && classifyLoggingCall(receiver, callee)?.variant === 'logger';
}
