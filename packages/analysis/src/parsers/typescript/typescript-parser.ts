import { ParseError, type CodeLanguage, type FileFacts } from '@drift/core';
import type ts from 'typescript';
import type { LanguageParser, SyntaxTreeCallback } from '../language-parser.js';
import { FactsCollector } from './facts-collector.js';
import { SourceText } from './source-text.js';
import { typescriptModule } from './typescript-module.js';

type TS = typeof import('typescript');

/** The script kind and language of a path, by extension. */
function scriptKindOf(
  typescript: TS,
  path: string,
): { kind: ts.ScriptKind; language: CodeLanguage } {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  switch (extension) {
    case 'tsx':
      return { kind: typescript.ScriptKind.TSX, language: 'typescript' };
    case 'ts':
    case 'mts':
    case 'cts':
      return { kind: typescript.ScriptKind.TS, language: 'typescript' };
    case 'jsx':
      return { kind: typescript.ScriptKind.JSX, language: 'javascript' };
    default:
      return { kind: typescript.ScriptKind.JS, language: 'javascript' };
  }
}

/**
 * TypeScript, TSX, JavaScript and JSX (`.mjs`, `.cjs` too) through the TypeScript ~5.9 compiler
 * API: `createSourceFile` without a type checker and without parent pointers, walked once
 * (ARCHITECTURE §1). Arrow functions and function expressions bound to a variable, a class
 * field or an object property are functions named after it; overload signatures fold into their
 * implementation; decorators, JSDoc, ESM and CommonJS imports and exports, `require()` and
 * `import()`, and `process.env` / `import.meta.env` lookups are extracted. `errorCount` is the
 * number of parse diagnostics.
 */
/**
 * Source parsed in a thread before its code cache is written (bytes): by then the parser's
 * functions have been compiled, so the cache holds their bytecode too.
 */
const CACHE_AFTER_BYTES = 256 * 1024;

class TypeScriptParser implements LanguageParser {
  readonly language: CodeLanguage = 'typescript';
  #ts: TS | undefined;
  #parsedBytes = 0;

  get loaded(): boolean {
    return this.#ts !== undefined;
  }

  /**
   * Loads the compiler as CommonJS through a V8 code cache (`typescriptModule`): importing the
   * 9 MB module through ESM makes Node scan it for named exports first (measured 620 ms against
   * 220 ms per worker, and 80–115 ms with the cache).
   */
  load(): Promise<void> {
    this.#ts ??= typescriptModule().exports;
    return Promise.resolve();
  }

  parse(path: string, source: string, withTree?: SyntaxTreeCallback): FileFacts {
    const typescript = this.#ts;
    if (typescript === undefined) {
      throw new ParseError(
        'PARSE_ERROR',
        'the typescript parser is not loaded; await load() first',
      );
    }
    const { kind, language } = scriptKindOf(typescript, path);
    // Doc comments are read from comment ranges (SourceText), so the parser skips JSDoc.
    const file = typescript.createSourceFile(
      path,
      source,
      {
        languageVersion: typescript.ScriptTarget.Latest,
        jsDocParsingMode: typescript.JSDocParsingMode.ParseNone,
      },
      false,
      kind,
    );
    const facts = new FactsCollector(typescript, new SourceText(typescript, file)).collect();
    const diagnostics = (file as unknown as { parseDiagnostics?: readonly unknown[] })
      .parseDiagnostics;
    const result: FileFacts = {
      language,
      package: null,
      functions: facts.functions,
      classes: facts.classes,
      imports: facts.imports,
      exports: facts.exports,
      calls: facts.calls,
      references: facts.references,
      variableTypes: facts.variableTypes,
      strings: facts.strings,
      errorCount: diagnostics?.length ?? 0,
    };
    withTree?.({ engine: 'typescript', ts: typescript, sourceFile: file }, result);
    if (this.#parsedBytes < CACHE_AFTER_BYTES) {
      this.#parsedBytes += source.length;
      if (this.#parsedBytes >= CACHE_AFTER_BYTES) typescriptModule().saveCache();
    }
    return result;
  }
}

/** The parser for TypeScript and JavaScript files. */
export const typescriptParser: LanguageParser = new TypeScriptParser();
