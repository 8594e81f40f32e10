import { parse as parseToml } from 'smol-toml';
import { ConfigError } from '../errors/drift-error.js';
import { isConfigKey, nameOf, sectionOf } from './keys.js';
import { parseTomlLayer } from './load.js';
import type { ConfigKey, ConfigValue } from './types.js';
import { parseValueText, suggestKey, validateEntry } from './validate.js';

/**
 * Checks that `key` is a configuration key.
 *
 * @throws ConfigError `CONFIG_ERROR` "unknown key … (did you mean …?)".
 */
export function assertConfigKey(key: string): ConfigKey {
  if (isConfigKey(key)) return key;
  const hint = suggestKey(key);
  throw new ConfigError(
    'CONFIG_ERROR',
    hint === undefined ? `unknown key ${key}` : `unknown key ${key} (did you mean ${hint}?)`,
  );
}

/**
 * Sets one key in drift.toml text, keeping its comments and layout, and returns the new text
 * (the comment-preserving TOML patcher is loaded on first use).
 * `text` is the file's current content ('' for a new file); `valueText` is the value as typed
 * on a command line (`4`, `true`, `vendor/,*.gen.ts`).
 *
 * @throws ConfigError `CONFIG_ERROR` when the key is unknown, the value invalid, or the current
 *   text is not a valid drift.toml.
 */
export async function setConfigValueInToml(
  text: string,
  key: string,
  valueText: string,
  source = 'drift.toml',
): Promise<{ text: string; value: ConfigValue }> {
  const configKey = assertConfigKey(key);
  parseTomlLayer(text, source);
  const checked = validateEntry({
    key: configKey,
    value: parseValueText(configKey, valueText),
    source: 'value',
  });
  if (typeof checked === 'string') throw new ConfigError('CONFIG_ERROR', checked);

  const document = parseToml(text) as Record<string, Record<string, unknown>>;
  const section = (document[sectionOf(configKey)] ??= {});
  section[nameOf(configKey)] = checked.value;
  const { patch } = await import('@decimalturn/toml-patch');
  const updated = patch(text, document);
  return { text: updated.endsWith('\n') ? updated : `${updated}\n`, value: checked.value };
}
