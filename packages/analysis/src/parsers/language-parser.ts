import type { CodeLanguage, FileFacts } from '@drift/core';
import type ts from 'typescript';
import type { Tree } from 'web-tree-sitter';

/**
 * A file's syntax tree, lent to a callback of {@link LanguageParser.parse} while it is alive:
 * the TypeScript `SourceFile` (built without parent pointers) with the compiler module, or a
 * tree-sitter `Tree` that is deleted as soon as the callback returns.
 */
export type SyntaxTree =
  | {
      readonly engine: 'typescript';
      readonly ts: typeof import('typescript');
      readonly sourceFile: ts.SourceFile;
    }
  | { readonly engine: 'tree-sitter'; readonly language: CodeLanguage; readonly tree: Tree };

/** Receives a file's syntax tree and facts during parsing; must not keep the tree. */
export type SyntaxTreeCallback = (tree: SyntaxTree, facts: FileFacts) => void;

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
   * @param withTree called with the syntax tree and the facts before the tree is released
   *   (detectors run here).
   * @throws ParseError `PARSE_ERROR` when called before {@link load}.
   */
  parse(path: string, source: string, withTree?: SyntaxTreeCallback): FileFacts;
}
