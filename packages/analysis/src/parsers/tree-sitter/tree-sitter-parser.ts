import { ParseError, type CodeLanguage, type FileFacts } from '@drift/core';
import { Parser, type Node, type Query, type QueryCapture } from 'web-tree-sitter';
import type { LanguageParser, SyntaxTreeCallback } from '../language-parser.js';
import { countSyntaxErrors } from './syntax.js';
import { compileQuery, loadGrammar, type GrammarRef } from './tree-sitter-runtime.js';

/** The facts an extractor returns; the parser adds `language` and `errorCount`. */
export type ExtractedFacts = Omit<FileFacts, 'language' | 'errorCount'>;

/** What a tree-sitter language contributes: its grammar, its query and its extractor. */
export interface TreeSitterLanguage {
  readonly language: CodeLanguage;
  readonly grammar: GrammarRef;
  /** One query (many patterns) whose captures locate every node the extractor needs. */
  readonly query: string;
  /**
   * Builds the facts from the captures of one `query.captures(root)` pass, in document order.
   * Must not keep nodes: the tree is deleted when it returns.
   */
  /**
   * Builds the facts from the query's captures. `source` is the parsed text itself: node
   * `startIndex`/`endIndex` index it (not `root.text`, which starts at the first token).
   */
  extract(
    captures: readonly QueryCapture[],
    root: Node,
    path: string,
    source: string,
  ): ExtractedFacts;
}

/**
 * A {@link LanguageParser} for a tree-sitter grammar: loads the `.wasm` and compiles the query
 * once per thread, then parses synchronously, counts recovered syntax errors, runs the query
 * and the extractor, and always deletes the tree (ARCHITECTURE §1: `tree.delete()` after each
 * file, or the WebAssembly heap grows).
 */
export class TreeSitterParser implements LanguageParser {
  #parser: Parser | undefined;
  #query: Query | undefined;
  #loading: Promise<void> | undefined;

  constructor(private readonly spec: TreeSitterLanguage) {}

  /** The language of the grammar. */
  get language(): CodeLanguage {
    return this.spec.language;
  }

  /** True once {@link TreeSitterParser.load} has finished in this thread. */
  get loaded(): boolean {
    return this.#parser !== undefined;
  }

  /**
   * Loads the grammar's `.wasm` and compiles the query, once per thread (later calls wait for the
   * first).
   *
   * @throws ParseError `PARSE_ERROR` when the grammar `.wasm` is missing, `QUERY_COMPILATION`
   *   when the query does not compile.
   */
  async load(): Promise<void> {
    this.#loading ??= (async () => {
      const grammar = await loadGrammar(this.spec.grammar);
      const query = compileQuery(grammar, this.spec.language, this.spec.query);
      const parser = new Parser();
      parser.setLanguage(grammar);
      this.#query = query;
      this.#parser = parser;
    })();
    await this.#loading;
  }

  /**
   * The facts of one file (see `LanguageParser.parse`): parses `source`, runs the query and the
   * extractor, hands the live tree to `withTree` when given, and deletes the tree.
   *
   * @throws ParseError `PARSE_ERROR` when called before {@link TreeSitterParser.load}.
   */
  parse(path: string, source: string, withTree?: SyntaxTreeCallback): FileFacts {
    const parser = this.#parser;
    const query = this.#query;
    if (parser === undefined || query === undefined) {
      throw new ParseError(
        'PARSE_ERROR',
        `the ${this.spec.language} parser is not loaded; await load() first`,
      );
    }
    const tree = parser.parse(source);
    if (tree === null)
      throw new ParseError('PARSE_ERROR', `tree-sitter returned no tree for ${path}`);
    try {
      const root = tree.rootNode;
      const facts: FileFacts = {
        language: this.spec.language,
        ...this.spec.extract(query.captures(root), root, path, source),
        errorCount: countSyntaxErrors(root),
      };
      withTree?.({ engine: 'tree-sitter', language: this.spec.language, tree }, facts);
      return facts;
    } finally {
      tree.delete();
    }
  }
}
