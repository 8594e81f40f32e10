import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { ConfigError } from '../errors/drift-error.js';
import { ALL_CONFIG_KEYS, CONFIG_KEYS, defaultOf, envVarOf, nameOf, sectionOf } from './keys.js';
import type { ConfigKey, ConfigValue, DriftConfig } from './types.js';
import {
  flattenTomlLayer,
  parseValueText,
  validateEntry,
  type ConfigEntry,
  type RawEntry,
} from './validate.js';

/** The file name of the project and user configuration. */
export const CONFIG_FILE_NAME = 'drift.toml';

/** Source label of a default value. */
export const DEFAULT_SOURCE = 'default';

/** Source label of a command-line override. */
export const CLI_SOURCE = 'command line';

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Absolute project root; the project layer is `<projectRoot>/drift.toml`. */
  readonly projectRoot: string;
  /** TOML text that replaces the project file (the runtime's `configToml` option). */
  readonly configToml?: string;
  /** Environment to read `DRIFT_*`, `XDG_CONFIG_HOME` and `HOME` from. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Overrides the user config path; `null` disables the user layer. */
  readonly userConfigPath?: string | null;
  /** Highest-priority values, from command-line flags. */
  readonly cliOverrides?: Readonly<Partial<Record<ConfigKey, unknown>>>;
}

/** The resolved configuration and, for each key, the layer its value came from. */
export interface ResolvedConfig {
  readonly config: DriftConfig;
  /** `default`, a file label, `env DRIFT_…` or `command line`, per key. */
  readonly sources: Readonly<Record<ConfigKey, string>>;
  /** The configuration files that were found and read. */
  readonly files: { readonly user: string | null; readonly project: string | null };
}

/**
 * The user configuration file: `$XDG_CONFIG_HOME/drift/drift.toml`, else
 * `~/.config/drift/drift.toml` (XDG Base Directory Specification).
 */
export function userConfigPath(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const xdg = env['XDG_CONFIG_HOME'];
  const base = xdg !== undefined && xdg !== '' ? xdg : join(env['HOME'] ?? homedir(), '.config');
  return join(base, 'drift', CONFIG_FILE_NAME);
}

function readOptionalFile(path: string, label: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new ConfigError('CONFIG_ERROR', `${label}: cannot read ${path} (${code ?? 'error'})`, {
      cause: error,
    });
  }
}

/**
 * Parses TOML text into raw entries, or throws `CONFIG_ERROR` naming the source, line and
 * column of a syntax error, or every unknown key with a "did you mean" suggestion.
 */
export function parseTomlLayer(text: string, source: string): RawEntry[] {
  let table: Record<string, unknown>;
  try {
    table = parseToml(text);
  } catch (error) {
    if (error instanceof TomlError) {
      const summary = error.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? '';
      throw new ConfigError(
        'CONFIG_ERROR',
        `${source}: invalid TOML at line ${error.line}, column ${error.column}: ${summary}`,
        { cause: error },
      );
    }
    throw error;
  }
  const { entries, errors } = flattenTomlLayer(table, source);
  throwIfErrors(errors);
  return entries;
}

function envLayer(env: Readonly<Record<string, string | undefined>>): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const key of ALL_CONFIG_KEYS) {
    for (const name of [envVarOf(key), ...(CONFIG_KEYS[key].envAliases ?? [])]) {
      const text = env[name];
      if (text !== undefined) {
        entries.push({ key, value: parseValueText(key, text), source: `env ${name}` });
        break;
      }
    }
  }
  return entries;
}

function cliLayer(overrides: Readonly<Partial<Record<ConfigKey, unknown>>>): RawEntry[] {
  return Object.entries(overrides)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({ key: key as ConfigKey, value, source: CLI_SOURCE }));
}

function throwIfErrors(errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new ConfigError('CONFIG_ERROR', errors.join('; '), { details: { errors } });
  }
}

/** Validates raw entries; throws one `CONFIG_ERROR` listing every invalid value. */
export function validateEntries(raw: readonly RawEntry[]): ConfigEntry[] {
  const valid: ConfigEntry[] = [];
  const errors: string[] = [];
  for (const entry of raw) {
    const result = validateEntry(entry);
    if (typeof result === 'string') errors.push(result);
    else valid.push(result);
  }
  throwIfErrors(errors);
  return valid;
}

/** Builds a `DriftConfig` from defaults and the given entries, later entries winning. */
export function buildConfig(entries: readonly ConfigEntry[]): DriftConfig {
  const config: Record<string, Record<string, ConfigValue>> = {};
  const assign = (key: ConfigKey, value: ConfigValue | undefined): void => {
    const section = (config[sectionOf(key)] ??= {});
    if (value !== undefined) section[nameOf(key)] = value;
  };
  for (const key of ALL_CONFIG_KEYS) assign(key, defaultOf(key));
  for (const entry of entries) assign(entry.key, entry.value);
  return config as unknown as DriftConfig;
}

/**
 * Resolves the configuration from its layers, highest priority first: command line > env
 * (`DRIFT_SCAN_MAX_FILE_SIZE` style, one per key) > `<root>/drift.toml` (or `configToml`) >
 * the user file > defaults (spec 000 §5 "Config Resolution Order").
 *
 * @throws ConfigError `CONFIG_ERROR` for a syntax error, an unknown key or an invalid value; the
 *   message names the layer and the key.
 */
export function loadConfig(options: LoadConfigOptions): ResolvedConfig {
  const env = options.env ?? process.env;
  const userPath =
    options.userConfigPath === undefined ? userConfigPath(env) : options.userConfigPath;
  const projectPath = join(options.projectRoot, CONFIG_FILE_NAME);

  const raw: RawEntry[] = [];
  let userFile: string | null = null;
  if (userPath !== null) {
    const text = readOptionalFile(userPath, userPath);
    if (text !== null) {
      userFile = userPath;
      raw.push(...parseTomlLayer(text, userPath));
    }
  }
  let projectFile: string | null = null;
  if (options.configToml !== undefined) {
    raw.push(...parseTomlLayer(options.configToml, 'configToml'));
  } else {
    const text = readOptionalFile(projectPath, CONFIG_FILE_NAME);
    if (text !== null) {
      projectFile = projectPath;
      raw.push(...parseTomlLayer(text, CONFIG_FILE_NAME));
    }
  }
  raw.push(...envLayer(env), ...cliLayer(options.cliOverrides ?? {}));

  const entries = validateEntries(raw);
  const sources = Object.fromEntries(ALL_CONFIG_KEYS.map((key) => [key, DEFAULT_SOURCE])) as Record<
    ConfigKey,
    string
  >;
  for (const entry of entries) sources[entry.key] = entry.source;
  return {
    config: buildConfig(entries),
    sources,
    files: { user: userFile, project: projectFile },
  };
}

/** The value of a dotted key in a resolved configuration. */
export function getConfigValue(config: DriftConfig, key: ConfigKey): ConfigValue | undefined {
  const section = config[sectionOf(key)] as unknown as Record<string, ConfigValue | undefined>;
  return section[nameOf(key)];
}
