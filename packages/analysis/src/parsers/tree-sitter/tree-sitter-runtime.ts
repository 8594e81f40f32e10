import { createRequire } from 'node:module';
import { ParseError } from '@drift/core';
import { Language, Parser, Query } from 'web-tree-sitter';

const require = createRequire(import.meta.url);

let initialised: Promise<void> | undefined;

/** Initialises web-tree-sitter's WebAssembly runtime once per thread. */
export async function initTreeSitter(): Promise<void> {
  initialised ??= Parser.init();
  await initialised;
}

/** Where a grammar's `.wasm` ships: an npm package and the file inside it. */
export interface GrammarRef {
  readonly packageName: string;
  readonly wasmFile: string;
}

/**
 * Loads a grammar's WebAssembly from its npm package (ARCHITECTURE §1: web-tree-sitter 0.25.10
 * loads both ABI 14 and 15 grammars).
 *
 * @throws ParseError `PARSE_ERROR` when the package or its `.wasm` is missing.
 */
export async function loadGrammar(grammar: GrammarRef): Promise<Language> {
  await initTreeSitter();
  let path: string;
  try {
    path = require.resolve(`${grammar.packageName}/${grammar.wasmFile}`);
  } catch (error) {
    throw new ParseError(
      'PARSE_ERROR',
      `grammar ${grammar.packageName}/${grammar.wasmFile} is not installed`,
      {
        cause: error,
      },
    );
  }
  return Language.load(path);
}

/**
 * Compiles a query against a grammar.
 *
 * @throws ParseError `QUERY_COMPILATION` naming the language and tree-sitter's message.
 */
export function compileQuery(language: Language, name: string, source: string): Query {
  try {
    return new Query(language, source);
  } catch (error) {
    throw new ParseError(
      'QUERY_COMPILATION',
      `${name} query does not compile: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}
