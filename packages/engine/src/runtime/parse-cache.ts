import type { FileFacts, LanguageParsing } from '@drift/core';
import { LRUCache } from 'lru-cache';

/** Entries kept by the parse cache: enough for the open files of an editor session. */
export const PARSE_CACHE_ENTRIES = 1000;

/** Hit counts of the parse cache and parsing totals per language (spec 004 §10.3 `ParseCacheStats`). */
export interface ParseStats {
  readonly cache: {
    readonly hits: number;
    readonly misses: number;
    readonly entries: number;
    readonly capacity: number;
  };
  /** Files, bytes and parse time per language, over this runtime's scans and `parseFile` calls. */
  readonly languages: Readonly<Record<string, LanguageParsing>>;
}

/**
 * The runtime's parse cache (keyed by content hash and path, so an unchanged file is parsed
 * once) and its parsing statistics.
 */
export class ParseCache {
  readonly #cache = new LRUCache<string, FileFacts>({ max: PARSE_CACHE_ENTRIES });
  readonly #languages: Record<string, LanguageParsing> = {};
  #hits = 0;
  #misses = 0;

  /** The cached facts of a file's content, counting the hit or miss. */
  get(contentHash: string, path: string): FileFacts | undefined {
    const facts = this.#cache.get(`${contentHash}:${path}`);
    if (facts === undefined) this.#misses += 1;
    else this.#hits += 1;
    return facts;
  }

  set(contentHash: string, path: string, facts: FileFacts): void {
    this.#cache.set(`${contentHash}:${path}`, facts);
  }

  /** Adds parsing work to the per-language totals. */
  record(language: string, parsing: LanguageParsing): void {
    const entry = this.#languages[language] ?? {
      files: 0,
      bytes: 0,
      parseMs: 0,
      filesWithErrors: 0,
    };
    this.#languages[language] = {
      files: entry.files + parsing.files,
      bytes: entry.bytes + parsing.bytes,
      parseMs: entry.parseMs + parsing.parseMs,
      filesWithErrors: entry.filesWithErrors + parsing.filesWithErrors,
    };
  }

  get stats(): ParseStats {
    return {
      cache: {
        hits: this.#hits,
        misses: this.#misses,
        entries: this.#cache.size,
        capacity: PARSE_CACHE_ENTRIES,
      },
      languages: { ...this.#languages },
    };
  }
}
