import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProjectFacts, type DatabaseManager } from '@drift/storage';
import { hashContent } from '../scanner/hash.js';
import { detectLanguage } from '../scanner/language.js';
import type { ReadProjectFile } from './project-input.js';
import { SymbolIndex } from './symbol-index.js';

/**
 * Reads root-relative configuration files of a project from disk (`tsconfig.json`,
 * `package.json`, `go.mod` …), each once, and remembers which were asked for, so that a later
 * build can tell whether any of them changed.
 */
export class ProjectFileReader {
  readonly #root: string;
  readonly #known: ReadonlySet<string> | undefined;
  readonly #texts = new Map<string, string | null>();
  readonly #hashes = new Map<string, string | null>();

  /**
   * @param root absolute project root.
   * @param known the root-relative paths the scan recorded, when given: any other path of a
   *   kind the scan records (a language it knows: `tsconfig.json`, `package.json`) is absent
   *   without a disk read — module resolution probes a `tsconfig.json` in every folder. Paths
   *   the scan does not record (`go.mod`) are read from disk.
   */
  constructor(root: string, known?: ReadonlySet<string>) {
    this.#root = root;
    this.#known = known;
  }

  /** The file's text, or null when it does not exist or cannot be read. */
  readonly read: ReadProjectFile = (path) => {
    if (this.#texts.has(path)) return this.#texts.get(path) ?? null;
    let text: string | null = null;
    if (this.#known?.has(path) !== false || detectLanguage(path) === undefined) {
      try {
        text = readFileSync(join(this.#root, path), 'utf8');
      } catch {
        text = null;
      }
    }
    this.#texts.set(path, text);
    this.#hashes.set(path, text === null ? null : hashContent(Buffer.from(text), 'xxh64'));
    return text;
  };

  /** The xxh64 (16 hex digits) of every file read so far, null for an absent one, by path. */
  fingerprints(): Record<string, string | null> {
    return Object.fromEntries(this.#hashes);
  }
}

/**
 * The symbol index of every parsed file stored in drift.db (each file's facts are in
 * `symbolsOf(path).facts`). Reads each fact table once (`readProjectFacts`).
 *
 * @throws DriftError `STORAGE_ERROR` from drift.db; `CALL_GRAPH_ERROR` for a stored path that is
 *   not root-relative.
 */
export function storedSymbolIndex(db: DatabaseManager, read: ReadProjectFile): SymbolIndex {
  return SymbolIndex.build(
    [...readProjectFacts(db.reader())].map(([path, facts]) => ({ path, facts })),
    read,
  );
}
