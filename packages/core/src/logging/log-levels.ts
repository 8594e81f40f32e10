import { ConfigError } from '../errors/drift-error.js';

/** pino's levels, quietest last. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** One of {@link LOG_LEVELS}. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The default level and per-subsystem levels. */
export interface LogLevels {
  readonly defaultLevel: LogLevel;
  readonly subsystems: Readonly<Record<string, LogLevel>>;
}

/**
 * The level when neither `LOG_LEVEL` nor a bare `DRIFT_LOG` level is set. `warn`, because the
 * CLI's stdout and stderr are its user interface; logs are for diagnosis on request.
 */
export const DEFAULT_LOG_LEVEL: LogLevel = 'warn';

function asLevel(text: string, source: string): LogLevel {
  const level = text.trim().toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  throw new ConfigError(
    'CONFIG_ERROR',
    `${source}: unknown log level "${text.trim()}"; levels: ${LOG_LEVELS.join(', ')}`,
  );
}

/**
 * Reads `LOG_LEVEL` (the default level) and `DRIFT_LOG` (`scanner=debug,storage=info`; a bare
 * level such as `debug` sets the default), as spec 000 §3 "Observability" describes.
 *
 * @throws ConfigError `CONFIG_ERROR` for an unknown level or a malformed `DRIFT_LOG` entry.
 */
export function parseLogLevels(env: Readonly<Record<string, string | undefined>>): LogLevels {
  let defaultLevel = DEFAULT_LOG_LEVEL;
  const fromEnv = env['LOG_LEVEL'];
  if (fromEnv !== undefined && fromEnv.trim() !== '')
    defaultLevel = asLevel(fromEnv, 'env LOG_LEVEL');
  const subsystems: Record<string, LogLevel> = {};
  for (const part of (env['DRIFT_LOG'] ?? '').split(',')) {
    const entry = part.trim();
    if (entry === '') continue;
    const eq = entry.indexOf('=');
    if (eq === -1) {
      defaultLevel = asLevel(entry, 'env DRIFT_LOG');
      continue;
    }
    const subsystem = entry.slice(0, eq).trim();
    if (subsystem === '') {
      throw new ConfigError('CONFIG_ERROR', `env DRIFT_LOG: missing subsystem in "${entry}"`);
    }
    subsystems[subsystem] = asLevel(entry.slice(eq + 1), 'env DRIFT_LOG');
  }
  return { defaultLevel, subsystems };
}
