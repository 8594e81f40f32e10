import type { StringFact } from '@drift/core';
import { defineDetector } from '../../detector.js';
import { isApplicationCode, isConfigModule } from '../../shared/config-modules.js';
import { stem } from '../../shared/paths.js';

/**
 * Variables every file may read: `NODE_ENV` (bundlers replace it at build time, so it must
 * stay inline for dead-code elimination) and Vite's built-in `import.meta.env` flags.
 */
const BUILD_FLAGS = new Set(['NODE_ENV']);
/** Variables of the operating system and terminal, not application settings. */
const SYSTEM_VARIABLES = new Set([
  'PATH',
  'HOME',
  'USER',
  'USERNAME',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'SHELL',
  'TERM',
  'COLUMNS',
  'LINES',
  'TMPDIR',
  'TEMP',
  'TMP',
  'PWD',
  'LANG',
  'LC_ALL',
  'EDITOR',
  'VISUAL',
  'HOSTNAME',
  'NO_COLOR',
  'FORCE_COLOR',
  'CI',
]);
const VITE_FLAGS = new Set(['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
/** Entry points that compose the application and may read its environment. */
const COMPOSITION_ROOTS = new Set([
  'main',
  'server',
  'program',
  'startup',
  'application',
  'app',
  'wsgi',
  'asgi',
  '__main__',
  'bootstrap',
]);
const BOOTSTRAP_DIRECTORY = /(?:^|\/)bootstrap\//;
/**
 * Distinct settings a file reads to be a configuration module by what it does, whatever its
 * name: a `db.ts` reading `DB_HOST`, `DB_PORT`, `DB_USER` and `DB_PASSWORD`, or Laravel's
 * `Cloud.php` wiring eight platform variables into the framework, is the place those settings
 * live. Reviewed on laravel/framework, where every such file was configuration code.
 */
const CONFIG_BY_FUNCTION_MIN_VARIABLES = 4;

/**
 * An entry point that wires the application together, by the last word of its name
 * (`main.go`, `app.py`, `ShopApplication.java`, `Program.cs`) or its folder (`bootstrap/`).
 */
function isCompositionRoot(path: string): boolean {
  const words = stem(path)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9_]+/);
  return COMPOSITION_ROOTS.has(words[words.length - 1] ?? '') || BOOTSTRAP_DIRECTORY.test(path);
}

/**
 * Whether an environment lookup reads an application setting: not a build flag, not a system
 * or terminal variable (`HOME`, `COLUMNS`, `XDG_*`), not a PHP `$_SERVER` request field.
 */
function isApplicationSetting(fact: StringFact): boolean {
  if (fact.kind !== 'env' || fact.context === '$_SERVER') return false;
  if (
    BUILD_FLAGS.has(fact.value) ||
    SYSTEM_VARIABLES.has(fact.value) ||
    fact.value.startsWith('XDG_')
  )
    return false;
  return !(fact.context === 'import.meta.env' && VITE_FLAGS.has(fact.value));
}

/**
 * Where environment variables are read: in configuration modules (files whose path or name says
 * config, settings or env: `src/config.ts`, `config/database.js`, `settings.py`,
 * `app/core/config.py`, `internal/config/config.go`, `DatabaseConfig.java`, Laravel's
 * `config/*.php`, or any file reading at least four distinct settings: it is a configuration
 * module by what it does) or scattered through the code. One observation per lookup (`StringFact` of
 * kind `env`), in every language whose parser records them.
 *
 * Neutral: `NODE_ENV` and Vite's `import.meta.env.MODE/DEV/PROD/SSR/BASE_URL` (build-time
 * flags that bundlers inline, idiomatically read where they are needed), system and terminal
 * variables (`HOME`, `PATH`, `COLUMNS`, `CI`, `XDG_*`), PHP `$_SERVER` (mostly request fields),
 * and composition roots (`main.*`, `server.*`, `app.*`, `*Application.java`, `Program.cs`,
 * `Startup.cs`, `wsgi.py`, `asgi.py`, `__main__.py`, `bootstrap/`), which wire the
 * configuration in, often before any config module can be loaded. Learned, severity `warning`: a
 * scattered read hides a setting from the one place that documents and validates them
 * (The Twelve-Factor App, III. Config).
 */
export const envAccess = defineDetector({
  id: 'config/env-access',
  category: 'config',
  name: 'Environment read in config modules',
  description:
    'Environment variables are read in the configuration modules and passed on, not looked up throughout the code; a scattered lookup hides a setting from the place that documents and validates them.',
  severity: 'warning',
  mode: 'learned',
  roles: ['source', 'script'],
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
    'c',
    'cpp',
  ],
  noun: 'environment variable reads',
  lapses: ['scattered'],
  variants: {
    'config-module': 'happen in configuration modules',
    scattered: 'are scattered through the code',
  },
  describe: (observation) => {
    const variable = String(observation.context?.variable ?? '');
    return observation.variant === 'scattered'
      ? `reads \`${variable}\` from the environment outside the configuration modules`
      : `reads \`${variable}\` in a configuration module`;
  },
  facts(file, report) {
    if (!isApplicationCode(file)) return;
    const byName = isConfigModule(file.path);
    if (!byName && isCompositionRoot(file.path)) return;
    const settings = file.facts.strings.filter(isApplicationSetting);
    const inConfig =
      byName || new Set(settings.map((f) => f.value)).size >= CONFIG_BY_FUNCTION_MIN_VARIABLES;
    const variant = inConfig ? 'config-module' : 'scattered';
    for (const fact of settings) {
      report({
        variant,
        line: fact.line,
        column: fact.column,
        snippet: file.lineText(fact.line).slice(fact.column - 1),
        context: { variable: fact.value, lookup: fact.context ?? '' },
      });
    }
  },
});
