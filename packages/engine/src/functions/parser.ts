import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import {
  detectLanguage,
  hashContent,
  loadedParser,
  loadParsers as loadLanguageParsers,
  supportedLanguages,
} from '@drift/analysis';
import {
  DriftError,
  isCodeLanguage,
  ParseError,
  type CodeLanguage,
  type FileFacts,
} from '@drift/core';
import { asyncBoundary, boundary } from '../runtime/boundary.js';
import type { ParseStats } from '../runtime/parse-cache.js';
import { getRuntime, peekRuntime } from '../runtime/runtime-registry.js';

/**
 * Loads the parsers of `languages` (default: every supported language) so that `parseFile`
 * can run synchronously. Loading all ten tree-sitter grammars takes about 100 ms.
 *
 * @throws DriftError `QUERY_COMPILATION`, `PARSE_ERROR`.
 */
export async function loadParsers(languages?: readonly CodeLanguage[]): Promise<void> {
  await asyncBoundary(() => loadLanguageParsers(languages ?? supportedLanguages()));
}

function languageOf(path: string): CodeLanguage {
  const language = detectLanguage(path);
  if (language === undefined || !isCodeLanguage(language)) {
    throw new ParseError('UNSUPPORTED_LANGUAGE', `no parser for ${path}`);
  }
  return language;
}

function parseAndRecord(path: string, source: string): FileFacts {
  const started = performance.now();
  const facts = loadedParser(languageOf(path)).parse(path, source);
  peekRuntime()?.parseCache.record(facts.language, {
    files: 1,
    bytes: Buffer.byteLength(source),
    parseMs: performance.now() - started,
    filesWithErrors: facts.errorCount > 0 ? 1 : 0,
  });
  return facts;
}

/**
 * Parses one file's text synchronously, without touching drift.db (spec 004 §10.3
 * `parse_file`, for IDE and LSP use). Its parser must have been loaded with `loadParsers`.
 *
 * @param path decides the language (`.tsx`, `.py` …); root-relative or absolute.
 * @throws DriftError `UNSUPPORTED_LANGUAGE` for a file Drift does not parse, `PARSE_ERROR` when
 *   its parser is not loaded.
 */
export function parseFile(path: string, source: string): FileFacts {
  return boundary(() => parseAndRecord(path, source));
}

/**
 * Parses a file of the project from disk, served from the runtime's LRU cache when its
 * content hash was parsed before (spec 004 §10.3 `parse_file_cached`).
 *
 * @param path root-relative, or absolute.
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`, `NOT_FOUND` (unreadable file),
 *   `UNSUPPORTED_LANGUAGE`, `PARSE_ERROR`.
 */
export function parseFileCached(path: string): FileFacts {
  return boundary(() => {
    const runtime = getRuntime();
    const absolute = isAbsolute(path) ? path : join(runtime.paths.projectRoot, path);
    const key = relative(runtime.paths.projectRoot, absolute).split('\\').join('/');
    let bytes: Buffer;
    try {
      bytes = readFileSync(absolute);
    } catch (error) {
      throw new DriftError(
        'NOT_FOUND',
        `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        { cause: error },
      );
    }
    const hash = hashContent(bytes);
    const cached = runtime.parseCache.get(hash, key);
    if (cached !== undefined) return cached;
    const facts = parseAndRecord(key, bytes.toString('utf8'));
    runtime.parseCache.set(hash, key, facts);
    return facts;
  });
}

/**
 * Parse cache hits, misses and entries, and parsing totals per language for this runtime
 * (spec 004 §10.3 `query_parse_stats`).
 *
 * @throws DriftError `RUNTIME_NOT_INITIALIZED`.
 */
export function queryParseStats(): ParseStats {
  return boundary(() => getRuntime().parseCache.stats);
}
