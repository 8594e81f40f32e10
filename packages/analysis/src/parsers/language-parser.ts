import type { CodeLanguage, FileFacts } from '@drift/core';

/**
 * One language's parser: turns source text into {@link FileFacts}. A new language is one folder
 * under `parsers/` exporting one of these, plus a line in `parser-registry.ts`.
 */
export interface LanguageParser {
  readonly language: CodeLanguage;
  /** True once {@link load} has finished; `parse` needs it. */
  readonly loaded: boolean;
  /**
   * Loads what parsing needs (a WebAssembly grammar, its compiled queries). Idempotent.
   *
   * @throws ParseError `QUERY_COMPILATION` when a query does not compile against the grammar.
   */
  load(): Promise<void>;
  /**
   * Parses one file synchronously. Syntax errors do not throw: the facts recovered are returned
   * with `errorCount` > 0.
   *
   * @param path root-relative path (decides TSX vs TS, etc.).
   * @throws ParseError `PARSE_ERROR` when called before {@link load}.
   */
  parse(path: string, source: string): FileFacts;
}
