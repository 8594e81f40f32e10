import { ParseError, type CodeLanguage } from '@drift/core';
import type { LanguageParser } from './language-parser.js';

/**
 * How to load each language's parser module. Modules are imported on first use, so a worker
 * that only sees TypeScript never loads a tree-sitter grammar.
 */
const PARSER_MODULES: Partial<Record<CodeLanguage, () => Promise<LanguageParser>>> = {
  typescript: async () => (await import('./typescript/typescript-parser.js')).typescriptParser,
  javascript: async () => (await import('./typescript/typescript-parser.js')).typescriptParser,
  python: async () => (await import('./python/python-parser.js')).pythonParser,
  java: async () => (await import('./java/java-parser.js')).javaParser,
  kotlin: async () => (await import('./kotlin/kotlin-parser.js')).kotlinParser,
  csharp: async () => (await import('./csharp/csharp-parser.js')).csharpParser,
  go: async () => (await import('./go/go-parser.js')).goParser,
  php: async () => (await import('./php/php-parser.js')).phpParser,
  ruby: async () => (await import('./ruby/ruby-parser.js')).rubyParser,
  rust: async () => (await import('./rust/rust-parser.js')).rustParser,
  c: async () => (await import('./c/c-parser.js')).cParser,
  cpp: async () => (await import('./cpp/cpp-parser.js')).cppParser,
};

/**
 * The version of the facts the parsers produce. Bump it whenever an extractor's output changes:
 * a scan that finds another version in drift.db re-reads and re-parses every file.
 */
export const FACTS_VERSION = 5;

const ready = new Map<CodeLanguage, LanguageParser>();

/** Languages that have a parser. */
export function supportedLanguages(): CodeLanguage[] {
  return Object.keys(PARSER_MODULES) as CodeLanguage[];
}

/** True when `language` has a parser. */
export function hasParser(language: CodeLanguage): boolean {
  return PARSER_MODULES[language] !== undefined;
}

/**
 * Loads the parsers of `languages` (default: all), so that {@link loadedParser} can serve them
 * synchronously. Idempotent.
 *
 * @throws ParseError `QUERY_COMPILATION` or `PARSE_ERROR` when a grammar fails to load.
 */
export async function loadParsers(
  languages: readonly CodeLanguage[] = supportedLanguages(),
): Promise<void> {
  await Promise.all(
    languages.map(async (language) => {
      const load = PARSER_MODULES[language];
      if (load === undefined || ready.has(language)) return;
      const parser = await load();
      await parser.load();
      ready.set(language, parser);
    }),
  );
}

/**
 * The loaded parser of a language.
 *
 * @throws ParseError `UNSUPPORTED_LANGUAGE` when Drift has no parser for it, `PARSE_ERROR` when
 *   it has one that {@link loadParsers} has not loaded yet.
 */
export function loadedParser(language: CodeLanguage): LanguageParser {
  const parser = ready.get(language);
  if (parser !== undefined) return parser;
  if (!hasParser(language))
    throw new ParseError('UNSUPPORTED_LANGUAGE', `no parser for ${language}`);
  throw new ParseError(
    'PARSE_ERROR',
    `the ${language} parser is not loaded; await loadParsers() first`,
  );
}
