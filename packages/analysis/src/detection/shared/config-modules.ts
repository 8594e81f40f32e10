import type { DetectionFile } from '../detector.js';
import { baseName } from './paths.js';

/** Folders that hold an application's configuration (`config/database.js`, `internal/config/`). */
const CONFIG_DIRECTORY =
  /(?:^|\/)(?:config|configs|configuration|conf|env|environments?)(?:[-_][a-z]+)?\//i;
/** Django's settings package (`settings/base.py`); in other languages `settings/` is often a UI feature. */
const PYTHON_SETTINGS_DIRECTORY = /(?:^|\/)settings\/[^/]+\.py$/;
/** Last words of a file name that make it a configuration module (`app.config.ts`, `DatabaseConfig.java`). */
const CONFIG_WORDS = new Set([
  'config',
  'configs',
  'configuration',
  'settings',
  'appsettings',
  'env',
  'environment',
  'environments',
  'constants',
  'conf',
]);
/**
 * `config.ts`, `settings.js`, `env.mjs`: application config modules that `file-role.ts` files
 * as `script` (its pattern for tool configs such as `vite.config.ts` also matches them).
 */
const CONFIG_SCRIPT_NAME =
  /^(?:config|configuration|settings|env|environment|constants)\.[cm]?[jt]s$/i;

/** The words of a file name without its extension: `DatabaseConfig.java` → database, config. */
function nameWords(path: string): string[] {
  const name = baseName(path).replace(/\.[^.]+$/, '');
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/**
 * Whether a file is a configuration module by its path: in a `config/`, `configs/`,
 * `configuration/`, `conf/`, `env/` or `environments/` folder (or Django's `settings/`), or
 * named for configuration (`config.ts`, `settings.py`, `app.config.ts`, `DatabaseConfig.java`,
 * `AppSettings.cs`, `env.mjs`, `constants.py`).
 */
export function isConfigModule(path: string): boolean {
  if (CONFIG_DIRECTORY.test(path) || PYTHON_SETTINGS_DIRECTORY.test(path)) return true;
  const words = nameWords(path);
  const last = words[words.length - 1];
  return last !== undefined && CONFIG_WORDS.has(last);
}

/**
 * Whether a detector that reads application code should look at the file: `source` files,
 * and the config modules that the roles file as scripts (`src/config.ts`,
 * `src/config/database.config.ts`). Tool configs at the root (`vite.config.ts`) and scripts
 * in `scripts/`, `bin/`, `tools/` stay out.
 */
export function isApplicationCode(file: Pick<DetectionFile, 'path' | 'role'>): boolean {
  if (file.role === 'source') return true;
  if (file.role !== 'script') return false;
  if (/(?:^|\/)(?:scripts?|bin|tools|tasks|\.github|build-tools)\//i.test(file.path)) return false;
  return CONFIG_SCRIPT_NAME.test(baseName(file.path)) || CONFIG_DIRECTORY.test(file.path);
}
