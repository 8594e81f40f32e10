import { stringify } from 'smol-toml';
import { ConfigError } from '../errors/drift-error.js';
import {
  ALL_CONFIG_KEYS,
  CONFIG_KEYS,
  CONFIG_SECTIONS,
  defaultOf,
  envVarOf,
  nameOf,
  sectionOf,
} from './keys.js';
import type { ConfigKey, ConfigValue } from './types.js';
import { suggest } from './validate.js';

/** A preset for `drift init --template NAME`: a description and the keys it sets. */
export interface ConfigTemplate {
  readonly description: string;
  readonly values: Readonly<Partial<Record<ConfigKey, ConfigValue>>>;
}

/**
 * The presets of `drift init --template` (spec 000 §20 "Workspace Operations").
 * `default` sets nothing: every key is listed, commented out, at its default.
 */
export const CONFIG_TEMPLATES = {
  default: { description: 'Every key at its default, commented out', values: {} },
  strict: {
    description: 'Learn conventions from fewer examples and fail gates on warnings',
    values: {
      'analysis.dominance_threshold': 0.5,
      'analysis.min_occurrences': 2,
      'quality_gates.fail_on': 'warning',
      'quality_gates.min_score': 85,
    },
  },
  relaxed: {
    description: 'Only report conventions with strong evidence; fail gates on errors only',
    values: {
      'analysis.dominance_threshold': 0.75,
      'analysis.min_occurrences': 5,
      'analysis.min_files': 3,
      'quality_gates.min_score': 50,
    },
  },
  ci: {
    description: 'For CI runners: no daily backups, no telemetry',
    values: {
      'backup.max_daily': 0,
      'telemetry.enabled': false,
    },
  },
} as const satisfies Record<string, ConfigTemplate>;

/** A template name of {@link CONFIG_TEMPLATES}. */
export type ConfigTemplateName = keyof typeof CONFIG_TEMPLATES;

/**
 * Checks a template name.
 *
 * @throws ConfigError `CONFIG_ERROR` "unknown template … (did you mean …?)" listing the names.
 */
export function assertTemplateName(name: string): ConfigTemplateName {
  const names = Object.keys(CONFIG_TEMPLATES);
  if (names.includes(name)) return name as ConfigTemplateName;
  const hint = suggest(name, names);
  throw new ConfigError(
    'CONFIG_ERROR',
    `unknown template ${name}${hint === undefined ? '' : ` (did you mean ${hint}?)`}; ` +
      `templates: ${names.join(', ')}`,
  );
}

function tomlValue(value: ConfigValue): string {
  const line = stringify({ v: value }).trim();
  return line.slice(line.indexOf('=') + 1).trim();
}

/**
 * Renders a commented drift.toml: every section and key with its description, environment
 * variable and default; the keys the template sets are active, the others commented out.
 */
export function renderConfigTemplate(name: ConfigTemplateName = 'default'): string {
  const template: ConfigTemplate = CONFIG_TEMPLATES[name];
  const lines = [
    '# drift.toml: Drift configuration for this project.',
    `# Template: ${name} (${template.description}).`,
    '# Layers, highest first: command-line flags > DRIFT_* environment variables > this file >',
    '# ~/.config/drift/drift.toml > defaults. Uncomment a key to change it.',
  ];
  for (const section of CONFIG_SECTIONS) {
    lines.push('', `[${section}]`);
    for (const key of ALL_CONFIG_KEYS.filter((k) => sectionOf(k) === section)) {
      lines.push(`# ${CONFIG_KEYS[key].description} (env ${envVarOf(key)})`);
      const set = template.values[key];
      const fallback = defaultOf(key);
      if (set !== undefined) lines.push(`${nameOf(key)} = ${tomlValue(set)}`);
      else if (fallback !== undefined) lines.push(`# ${nameOf(key)} = ${tomlValue(fallback)}`);
      else lines.push(`# ${nameOf(key)} = ""`);
    }
  }
  return `${lines.join('\n')}\n`;
}
