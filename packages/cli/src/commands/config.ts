import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ALL_CONFIG_KEYS,
  assertConfigKey,
  CONFIG_FILE_NAME,
  getConfigValue,
  loadConfig,
  setConfigValueInToml,
  type ConfigValue,
} from '@drift/core';
import type { Command } from 'commander';
import { action } from '../action.js';
import { createTable } from '../lazy.js';
import { EXIT } from '../output/errors.js';
import { projectRoot } from '../project-root.js';

function show(value: ConfigValue | undefined): string {
  if (value === undefined) return '(unset)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function readOptional(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** `drift config get KEY | set KEY VALUE | list`, all with `--json`. */
export function registerConfig(program: Command): void {
  const config = program
    .command('config')
    .description('read and change configuration (drift.toml, DRIFT_* variables, defaults)');

  config
    .command('list', { isDefault: true })
    .description('every key with its value and the layer it comes from')
    .option('--json', 'print {key: {value, source}} as JSON')
    .action(
      action(async ({ output, globals }) => {
        const resolved = loadConfig({ projectRoot: projectRoot(globals, false) });
        const rows = ALL_CONFIG_KEYS.map((key) => ({
          key,
          value: getConfigValue(resolved.config, key),
          source: resolved.sources[key],
        }));
        if (output.json) {
          output.data(
            Object.fromEntries(
              rows.map(({ key, value, source }) => [key, { value: value ?? null, source }]),
            ),
          );
          return EXIT.ok;
        }
        const table = await createTable(['key', 'value', 'source'], false);
        for (const row of rows) table.push([row.key, show(row.value), row.source]);
        output.line(table.toString());
        return EXIT.ok;
      }),
    );

  config
    .command('get')
    .description('print the value of one key')
    .argument('<key>', 'a key such as scan.max_file_size')
    .option('--json', 'print {key, value, source} as JSON')
    .action(
      action(({ output, globals }, keyText: string) => {
        const key = assertConfigKey(keyText);
        const resolved = loadConfig({ projectRoot: projectRoot(globals, false) });
        const value = getConfigValue(resolved.config, key);
        if (output.json) output.data({ key, value: value ?? null, source: resolved.sources[key] });
        else output.line(show(value));
        return EXIT.ok;
      }),
    );

  config
    .command('set')
    .description(`set one key in the project's ${CONFIG_FILE_NAME} (comments are kept)`)
    .argument('<key>', 'a key such as scan.threads')
    .argument('<value>', 'the value; lists are comma-separated')
    .option('--json', 'print {key, value, file} as JSON')
    .action(
      action(async ({ output, globals }, key: string, valueText: string) => {
        const root = projectRoot(globals, false);
        const file = join(root, CONFIG_FILE_NAME);
        const { text, value } = await setConfigValueInToml(readOptional(file), key, valueText);
        writeFileSync(file, text);
        const resolved = loadConfig({ projectRoot: root });
        const configKey = assertConfigKey(key);
        if (output.json) output.data({ key: configKey, value, file });
        else output.line(`${configKey} = ${show(value)} in ${file}`);
        if (!output.json && resolved.sources[configKey] !== CONFIG_FILE_NAME) {
          output.note(
            output.color.yellow(`note: ${resolved.sources[configKey]} overrides this value`),
          );
        }
        return EXIT.ok;
      }),
    );
}
