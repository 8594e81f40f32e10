import { ParseError, type CodeLanguage } from '@drift/core';
import type { LanguageParser } from './language-parser.js';

/**
 * How to load each language's parser module. Modules are imported on first use, so a worker
 * that only sees TypeScript never loads a tree-sitter grammar.
 */
const PARSER_MODULES: Partial<Record<CodeLanguage, () => Promise<LanguageParser>>> = {
  python: async () => (await import('./python/python-parser.js')).pythonParser,
};

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
