import { closest, distance } from 'fastest-levenshtein';
import * as v from 'valibot';
import {
  ALL_CONFIG_KEYS,
  CONFIG_KEYS,
  CONFIG_SECTIONS,
  isConfigKey,
  type KeySpec,
} from './keys.js';
import type { ConfigKey, ConfigValue } from './types.js';

/** One value of one layer, before validation. `source` names the layer for messages. */
export interface RawEntry {
  readonly key: ConfigKey;
  readonly value: unknown;
  /** Where the value came from: `drift.toml`, `env DRIFT_SCAN_THREADS`, `command line` … */
  readonly source: string;
}

/** A validated value with its source. */
export interface ConfigEntry {
  readonly key: ConfigKey;
  readonly value: ConfigValue;
  readonly source: string;
}

type Schema = v.GenericSchema;

const schemaCache = new Map<ConfigKey, Schema>();

function schemaOf(key: ConfigKey): Schema {
  let schema = schemaCache.get(key);
  if (schema === undefined) {
    schema = buildSchema(CONFIG_KEYS[key]);
    schemaCache.set(key, schema);
  }
  return schema;
}

function buildSchema(spec: KeySpec): Schema {
  switch (spec.kind) {
    case 'integer':
      return spec.max === undefined
        ? v.pipe(v.number(), v.integer(), v.minValue(spec.min))
        : v.pipe(v.number(), v.integer(), v.minValue(spec.min), v.maxValue(spec.max));
    case 'number':
      return v.pipe(v.number(), v.minValue(spec.min), v.maxValue(spec.max));
    case 'boolean':
      return v.boolean();
    case 'string':
      return spec.format === 'url' ? v.pipe(v.string(), v.url()) : v.string();
    case 'enum':
      return v.picklist(spec.values);
    case 'string-list':
      return v.array(v.string());
  }
}

/** The expectation of a key in words: "must be between 0 and 1", "must be true or false" … */
export function expectationOf(key: ConfigKey): string {
  const spec = CONFIG_KEYS[key];
  switch (spec.kind) {
    case 'integer':
      return spec.max === undefined
        ? `must be an integer of at least ${spec.min}`
        : `must be an integer between ${spec.min} and ${spec.max}`;
    case 'number':
      return `must be between ${spec.min} and ${spec.max}`;
    case 'boolean':
      return 'must be true or false';
    case 'string':
      return spec.format === 'url' ? 'must be a URL' : 'must be a string';
    case 'enum':
      return `must be one of ${spec.values.map((v) => `"${v}"`).join(', ')}`;
    case 'string-list':
      return 'must be a list of strings';
  }
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) || (typeof value === 'object' && value !== null)) {
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * Validates one raw entry against its key's schema.
 *
 * @returns the typed entry, or a message naming the source and the key, e.g.
 *   `drift.toml: analysis.dominance_threshold must be between 0 and 1, got 1.5`.
 */
export function validateEntry(entry: RawEntry): ConfigEntry | string {
  const result = v.safeParse(schemaOf(entry.key), entry.value);
  if (result.success) {
    return { key: entry.key, value: result.output as ConfigValue, source: entry.source };
  }
  return `${entry.source}: ${entry.key} ${expectationOf(entry.key)}, got ${describeValue(entry.value)}`;
}

/** A "did you mean" suggestion for a misspelt name, or undefined when nothing is close. */
export function suggest(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(name, [...candidates]);
  return distance(name, best) <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/**
 * A "did you mean" for an unknown dotted key: the closest known key, compared both whole
 * (`scan.max_filesize`) and by its name alone (`threads` → `scan.threads`).
 */
export function suggestKey(path: string): ConfigKey | undefined {
  const whole = suggest(path, ALL_CONFIG_KEYS);
  if (whole !== undefined) return whole as ConfigKey;
  const name = path.slice(path.lastIndexOf('.') + 1);
  const byName = suggest(
    name,
    ALL_CONFIG_KEYS.map((key) => key.slice(key.indexOf('.') + 1)),
  );
  return byName === undefined
    ? undefined
    : ALL_CONFIG_KEYS.find((key) => key.endsWith(`.${byName}`));
}

function unknownKeyMessage(source: string, path: string): string {
  const hint = suggestKey(path);
  return hint === undefined
    ? `${source}: unknown key ${path}`
    : `${source}: unknown key ${path} (did you mean ${hint}?)`;
}

function isTable(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/**
 * Flattens a parsed drift.toml into raw entries and reports its structural errors: unknown
 * sections and keys (with a "did you mean" suggestion) and sections that are not tables.
 *
 * @param table the object smol-toml parsed.
 * @param source the layer name used in messages (`drift.toml`, `~/.config/drift/drift.toml`).
 */
export function flattenTomlLayer(
  table: Record<string, unknown>,
  source: string,
): { entries: RawEntry[]; errors: string[] } {
  const entries: RawEntry[] = [];
  const errors: string[] = [];
  for (const [section, body] of Object.entries(table)) {
    if (!(CONFIG_SECTIONS as readonly string[]).includes(section)) {
      if (isTable(body)) {
        const hint = suggest(section, CONFIG_SECTIONS);
        errors.push(
          hint === undefined
            ? `${source}: unknown section [${section}]`
            : `${source}: unknown section [${section}] (did you mean [${hint}]?)`,
        );
      } else {
        errors.push(unknownKeyMessage(source, section));
      }
      continue;
    }
    if (!isTable(body)) {
      errors.push(
        `${source}: ${section} must be a table ([${section}]), got ${describeValue(body)}`,
      );
      continue;
    }
    for (const [name, value] of Object.entries(body)) {
      const key = `${section}.${name}`;
      if (isConfigKey(key)) entries.push({ key, value, source });
      else errors.push(unknownKeyMessage(source, key));
    }
  }
  return { entries, errors };
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

/**
 * Converts the text form of a value (an environment variable, a `drift config set` argument)
 * to the key's type. Lists are comma-separated or a JSON array. Text that does not convert is
 * returned unchanged, so that validation reports it with the original text.
 */
export function parseValueText(key: ConfigKey, text: string): unknown {
  const spec = CONFIG_KEYS[key];
  const trimmed = text.trim();
  switch (spec.kind) {
    case 'integer':
    case 'number': {
      const number = trimmed === '' ? Number.NaN : Number(trimmed.replaceAll('_', ''));
      return Number.isNaN(number) ? text : number;
    }
    case 'boolean': {
      const lower = trimmed.toLowerCase();
      if (TRUE_WORDS.has(lower)) return true;
      if (FALSE_WORDS.has(lower)) return false;
      return text;
    }
    case 'string-list': {
      if (trimmed.startsWith('[')) {
        try {
          return JSON.parse(trimmed) as unknown;
        } catch {
          return text;
        }
      }
      return trimmed === '' ? [] : trimmed.split(',').map((part) => part.trim());
    }
    default:
      return trimmed;
  }
}
