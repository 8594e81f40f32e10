import type { CodeLanguage } from '@drift/core';
import { defineDetector } from '../../detector.js';
import { baseName } from '../../shared/paths.js';

/** The case of a name as written. */
type Case = 'kebab-case' | 'camelCase' | 'PascalCase' | 'snake_case';
/** The convention learned: camelCase and PascalCase names are one, case-joined words. */
type Variant = 'kebab-case' | 'snake_case' | 'camelCase';

const CASES: readonly [Case, RegExp][] = [
  ['kebab-case', /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/],
  ['snake_case', /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/],
  ['camelCase', /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/],
  // Two capitals at least, one lower-case letter: `UserCard`, `APIClient`; not `Button`, `URL`.
  ['PascalCase', /^(?=[A-Z][A-Za-z0-9]*[A-Z])(?=.*[a-z])[A-Z][A-Za-z0-9]*$/],
];

/**
 * Multi-word names that a framework or tool fixes: Next.js special files (`not-found`,
 * `global-error`, `opengraph-image`), create-react-app entry points (`setupTests`,
 * `reportWebVitals`, `serviceWorker`), RSpec helpers.
 */
const FIXED = new Set([
  'not-found',
  'global-error',
  'opengraph-image',
  'twitter-image',
  'apple-icon',
  'instrumentation-client',
  'setupTests',
  'setupProxy',
  'reportWebVitals',
  'serviceWorker',
  'serviceWorkerRegistration',
  'registerServiceWorker',
  'spec_helper',
  'rails_helper',
  'mockServiceWorker',
]);

/** Go file suffixes the build reads: `_test`, and `_linux`, `_windows_amd64` build constraints. */
const GO_SUFFIX =
  /(?:_(?:aix|android|darwin|dragonfly|freebsd|illumos|ios|js|linux|netbsd|openbsd|plan9|solaris|wasip1|windows))?(?:_(?:386|amd64|arm|arm64|loong64|mips|mips64|mips64le|mipsle|ppc64|ppc64le|riscv64|s390x|wasm))?(?:_test)?$/;

/**
 * The part of a file name whose case is judged: extensions and dotted suffixes dropped
 * (`user.service.ts` → `user`, `user-profile.test.ts` → `user-profile`), test affixes dropped
 * (`test_users.py`, `users_test.go`, `user_spec.rb` → `users`, `user`), Go build-constraint
 * suffixes dropped, leading and trailing underscores dropped (`_app`, `__init__`). Null for
 * dot-files.
 */
export function judgedStem(path: string, language: CodeLanguage): string | null {
  const name = baseName(path);
  if (/(?:^|\/)\./.test(path)) return null;
  let stem = name.slice(0, name.indexOf('.') < 0 ? name.length : name.indexOf('.'));
  if (language === 'python') stem = stem.replace(/^test_(?=.)/, '').replace(/(?<=.)_test$/, '');
  else if (language === 'ruby') stem = stem.replace(/(?<=.)_(?:spec|test)$/, '');
  else if (language === 'go') stem = stem.replace(GO_SUFFIX, '');
  return stem.replace(/^_+|_+$/g, '');
}

/** The case of a multi-word stem, or null for one word, mixed or unusual names. */
export function nameCase(stem: string): Case | null {
  if (FIXED.has(stem)) return null;
  for (const [found, pattern] of CASES) if (pattern.test(stem)) return found;
  return null;
}

function variantOf(found: Case): Variant {
  return found === 'PascalCase' ? 'camelCase' : found;
}

/**
 * The case of multi-word file names: `user-profile.ts`, `user_profile.py`, or case-joined
 * words, `userProfile.ts` and `UserProfile.tsx`. camelCase and PascalCase are one convention
 * here: codebases that join words name a file after what it exports, a component or class in
 * PascalCase beside hooks and helpers in camelCase (`LayerUI.tsx`, `useOutsideClick.ts`), so
 * telling them apart would report every helper among components. Learned per folder
 * (components may be PascalCase while utilities are kebab-case), pooled into the package when
 * a folder has too few names.
 *
 * Neutral: single-word names (`index`, `main`, `__init__`, `Button`, `utils`), whose case fits
 * several conventions; names a framework or tool fixes (`not-found`, `setupTests`,
 * `mockServiceWorker`); dynamic route files (`[id].tsx`, `$slug.tsx`) and other names with
 * unusual characters; files in dot-folders (`.semgrep/`) and dot-files; tests, whose names
 * follow the code or the issue they test. Covered: TypeScript/JavaScript, Python, Go and Ruby;
 * Java, Kotlin, C# and PHP (PSR-4) name a file after the class it holds, so their file names
 * are not a free choice. Severity `info`.
 */
export const fileNaming = defineDetector({
  id: 'structural/file-naming',
  category: 'structural',
  name: 'File naming',
  description:
    'Multi-word file names follow one case per folder (kebab-case, snake_case, or camelCase/PascalCase), so that files are found and imported without guessing.',
  severity: 'info',
  mode: 'learned',
  scope: 'directory',
  languages: ['typescript', 'javascript', 'python', 'go', 'ruby'],
  noun: 'multi-word file names',
  variants: {
    'kebab-case': 'are kebab-case',
    snake_case: 'are snake_case',
    camelCase: 'are camelCase or PascalCase',
  },
  describe: (observation) =>
    `\`${String(observation.context?.name)}\` is ${String(observation.context?.case ?? observation.variant)}`,
  facts(file, report) {
    const stem = judgedStem(file.path, file.language);
    if (stem === null) return;
    const found = nameCase(stem);
    if (found === null) return;
    const name = baseName(file.path);
    report({
      variant: variantOf(found),
      line: 1,
      column: 1,
      snippet: name,
      context: { name, case: found },
    });
  },
});
