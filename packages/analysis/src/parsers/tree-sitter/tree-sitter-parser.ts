import { ParseError, type CodeLanguage, type FileFacts } from '@drift/core';
import { Parser, type Node } from 'web-tree-sitter';
import type { LanguageParser, SyntaxTreeCallback } from '../language-parser.js';
import { NodeTypeCaptures, type NodeCapture } from './node-type-captures.js';
import { countSyntaxErrors } from './syntax.js';
import { compileQuery, loadGrammar, type GrammarRef } from './tree-sitter-runtime.js';

/** The facts an extractor returns; the parser adds `language` and `errorCount`. */
export type ExtractedFacts = Omit<FileFacts, 'language' | 'errorCount'>;

/** What a tree-sitter language contributes: its grammar, its query and its extractor. */
export interface TreeSitterLanguage {
  readonly language: CodeLanguage;
  readonly grammar: GrammarRef;
  /**
   * One query (many patterns) whose captures locate every node the extractor needs. A query
   * whose patterns each capture one node by its type (`(call) @call`) is answered by one type
   * walk ({@link NodeTypeCaptures}), much cheaper than the query cursor: keep it that way.
   */
  readonly query: string;
  /**
   * Builds the facts from the query's captures, in document order. `source` is the parsed text
   * itself: node `startIndex`/`endIndex` index it (not `root.text`, which starts at the first
   * token). Must not keep nodes: the tree is deleted when it returns.
   */
  extract(
    captures: readonly NodeCapture[],
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
  #captures: ((root: Node) => readonly NodeCapture[]) | undefined;
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
      const byType = NodeTypeCaptures.forQuery(grammar, this.spec.query);
      if (byType === null) {
        this.#captures = (root) => query.captures(root);
      } else {
        query.delete();
        this.#captures = (root) => byType.captures(root);
      }
      const parser = new Parser();
      parser.setLanguage(grammar);
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
    const captures = this.#captures;
    if (parser === undefined || captures === undefined) {
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
        ...this.spec.extract(captures(root), root, path, source),
        errorCount: countSyntaxErrors(root),
      };
      withTree?.({ engine: 'tree-sitter', language: this.spec.language, tree }, facts);
      return facts;
    } finally {
      tree.delete();
    }
  }
}
