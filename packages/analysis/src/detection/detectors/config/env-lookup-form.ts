import type { FileFacts, StringFact } from '@drift/core';
import { defineDetector } from '../../detector.js';
import { isApplicationCode } from '../../shared/config-modules.js';
import { isApplicationSetting } from './env-access.js';

const PYTHON_ENV_OBJECTS = new Set(['os.environ', 'environ']);

/** Positions (`line:column`) of `os.environ.get(…)` calls: the parser files them as `os.environ`, like subscripts. */
function environGetCalls(facts: FileFacts): Set<string> {
  const positions = new Set<string>();
  for (const call of facts.calls) {
    if (call.callee === 'get' && call.receiver !== null && PYTHON_ENV_OBJECTS.has(call.receiver))
      positions.add(`${String(call.line)}:${String(call.column)}`);
  }
  return positions;
}

/** The lookup form of an environment read, or null when it is not a stylistic choice. */
function formOf(fact: StringFact, language: string, getCalls: () => Set<string>): string | null {
  switch (language) {
    case 'python':
      if (fact.context === 'os.getenv') return 'os.getenv';
      // `os.environ["X"]` raises when X is unset: a required setting, not a style.
      return getCalls().has(`${String(fact.line)}:${String(fact.column)}`)
        ? 'os.environ.get'
        : null;
    case 'ruby':
      return fact.context === 'ENV.fetch' || fact.context === 'ENV[]' ? fact.context : null;
    case 'php':
      return fact.context === 'getenv' || fact.context === 'env()' || fact.context === '$_ENV'
        ? fact.context
        : null;
    default:
      return null;
  }
}

const SPELLING: Readonly<Record<string, string>> = {
  'os.getenv': '`os.getenv`',
  'os.environ.get': '`os.environ.get`',
  'ENV.fetch': '`ENV.fetch`',
  'ENV[]': '`ENV[…]`',
  getenv: '`getenv()`',
  'env()': 'Laravel’s `env()`',
  $_ENV: '`$_ENV[…]`',
};

/**
 * The form used to look up environment variables where a language offers equivalent ones:
 * Python `os.getenv("X")` versus `os.environ.get("X")`; Ruby `ENV["X"]` versus `ENV.fetch("X")`
 * (RuboCop `Style/FetchEnvVar` prefers `fetch`, which fails loudly on a missing variable); PHP
 * `getenv()` versus `$_ENV[…]` versus Laravel's `env()` (with Laravel's default immutable
 * dotenv repository `getenv()` does not see `.env` values; `getenv` is not thread-safe).
 *
 * Neutral: Python `os.environ["X"]` (raises on a missing variable: a required setting, chosen
 * for its meaning, not its style); PHP `$_SERVER`; Go `os.Getenv` versus `os.LookupEnv` (the
 * latter tells unset from empty: again a choice of meaning); TypeScript `process.env.X` versus
 * `process.env['X']` (dictated by the compiler's `noPropertyAccessFromIndexSignature` and
 * ESLint `dot-notation`, not a codebase convention) and single-form languages (Java, C#,
 * Kotlin). Learned, severity `info`: a consistency matter.
 */
export const envLookupForm = defineDetector({
  id: 'config/env-lookup-form',
  category: 'config',
  name: 'Environment lookup form',
  description:
    'Environment variables are looked up with one form where the language offers equivalent ones (`os.getenv` or `os.environ.get`, `ENV.fetch` or `ENV[]`, `env()` or `getenv()`).',
  severity: 'info',
  mode: 'learned',
  roles: ['source', 'script'],
  languages: ['python', 'ruby', 'php'],
  noun: 'environment lookups',
  variants: {
    'os.getenv': 'use `os.getenv`',
    'os.environ.get': 'use `os.environ.get`',
    'ENV.fetch': 'use `ENV.fetch`',
    'ENV[]': 'use `ENV[…]`',
    getenv: 'use `getenv()`',
    'env()': 'use Laravel’s `env()`',
    $_ENV: 'use `$_ENV[…]`',
  },
  describe: (observation) =>
    `reads \`${String(observation.context?.variable ?? '')}\` with ${SPELLING[observation.variant] ?? observation.variant}`,
  facts(file, report) {
    if (!isApplicationCode(file)) return;
    let calls: Set<string> | undefined;
    const getCalls = (): Set<string> => (calls ??= environGetCalls(file.facts));
    for (const fact of file.facts.strings) {
      if (!isApplicationSetting(fact)) continue;
      const form = formOf(fact, file.language, getCalls);
      if (form === null) continue;
      report({
        variant: form,
        line: fact.line,
        column: fact.column,
        snippet: file.lineText(fact.line).slice(fact.column - 1),
        context: { variable: fact.value },
      });
    }
  },
});
