import { createRequire } from 'node:module';
import type { DestinationStream, Logger, pino as Pino } from 'pino';
import { parseLogLevels, type LogLevels } from './log-levels.js';

export type { Logger } from 'pino';

/** Options of {@link configureLogging}. */
export interface LoggingOptions {
  /** Environment to read `LOG_LEVEL` and `DRIFT_LOG` from. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Where JSON lines go. Default: stderr (fd 2), written synchronously. */
  readonly destination?: DestinationStream;
  /** Human-readable output via pino-pretty. Default: only when stderr is a TTY. */
  readonly pretty?: boolean;
}

interface LoggingState {
  readonly root: Logger;
  readonly levels: LogLevels;
  readonly children: Map<string, Logger>;
}

let state: LoggingState | undefined;

const require = createRequire(import.meta.url);

/** pino, loaded on the first logger: processes that never log do not pay for it. */
function loadPino(): typeof Pino {
  return (require('pino') as { pino: typeof Pino }).pino;
}

function prettyStream(env: Readonly<Record<string, string | undefined>>): DestinationStream {
  const pretty = require('pino-pretty') as (options: Record<string, unknown>) => DestinationStream;
  return pretty({
    destination: 2,
    sync: true,
    colorize: env['NO_COLOR'] === undefined,
    ignore: 'pid,hostname',
  });
}

/**
 * (Re)configures the process-wide logger: pino to stderr, JSON lines, pretty only on a TTY,
 * levels from `LOG_LEVEL` and `DRIFT_LOG` (spec 000 §3).
 *
 * @throws ConfigError `CONFIG_ERROR` for an unknown level in `LOG_LEVEL` or `DRIFT_LOG`.
 */
export function configureLogging(options: LoggingOptions = {}): void {
  const env = options.env ?? process.env;
  const levels = parseLogLevels(env);
  const pretty = options.pretty ?? process.stderr.isTTY;
  const pino = loadPino();
  const destination =
    options.destination ?? (pretty ? prettyStream(env) : pino.destination({ fd: 2, sync: true }));
  const root = pino({ level: levels.defaultLevel, base: { pid: process.pid } }, destination);
  state = { root, levels, children: new Map() };
}

/**
 * The logger of one subsystem (`scanner`, `storage`, `engine` …): a pino child carrying
 * `{subsystem}` with the level `DRIFT_LOG` gives that subsystem. Configures logging from
 * `process.env` on first use.
 */
export function getLogger(subsystem: string): Logger {
  if (state === undefined) configureLogging();
  const current = state as LoggingState;
  let child = current.children.get(subsystem);
  if (child === undefined) {
    const level = current.levels.subsystems[subsystem] ?? current.levels.defaultLevel;
    child = current.root.child({ subsystem }, { level });
    current.children.set(subsystem, child);
  }
  return child;
}

/** A timed region of work; `end` logs its duration and returns it. */
export interface Span {
  /** Logs `{span, durationMs, ...fields}` at debug level; returns the duration in ms. */
  end(fields?: Readonly<Record<string, unknown>>): number;
}

/** Starts a timed span (spec 000 §3 "Instrumentation Pattern"), measured with `performance.now()`. */
export function startSpan(logger: Logger, name: string): Span {
  const started = performance.now();
  return {
    end(fields = {}) {
      const durationMs = performance.now() - started;
      if (logger.isLevelEnabled('debug')) logger.debug({ span: name, durationMs, ...fields }, name);
      return durationMs;
    },
  };
}
