import type { FileFacts } from '@drift/core';
import type { DependencyGraph } from './dependency-graph.js';
import type { SymbolIndex } from './symbol-index.js';

/** The project as the last update of the stored call graph resolved it. */
export interface CachedCallGraphProject {
  /** The stored graph's `call_graph.version` meta value this state belongs to. */
  readonly version: string;
  /** Every parsed file's facts by root-relative path. */
  readonly facts: Map<string, FileFacts>;
  readonly index: SymbolIndex;
  /** The dependency graph of `index`, once an incremental update has needed it. */
  readonly graph: DependencyGraph | undefined;
}

/**
 * What an update of the stored call graph can reuse from the previous one in a long-running
 * process (the engine runtime behind the LSP and MCP servers and repeated scans): every file's
 * facts, the symbol index and the dependency graph, so that the next incremental update reads
 * only the changed files' facts from drift.db and rebuilds only their part of the dependency
 * graph. The state is tied to the stored graph's version: once another process (or a failed
 * update) moves it, the state is dropped and the update starts from drift.db.
 */
export class CallGraphCache {
  #state: CachedCallGraphProject | undefined;

  /**
   * Takes the state out of the cache when it belongs to `version` (the cache is empty
   * afterwards, so that an update that fails half-way leaves nothing stale behind).
   */
  take(version: string | undefined): CachedCallGraphProject | undefined {
    const state = this.#state;
    this.#state = undefined;
    return state !== undefined && state.version === version ? state : undefined;
  }

  /** The state, without taking it, when it belongs to `version` (for read-only queries). */
  peek(version: string | undefined): CachedCallGraphProject | undefined {
    return this.#state?.version === version ? this.#state : undefined;
  }

  /** Keeps the state of a successful update. */
  keep(state: CachedCallGraphProject): void {
    this.#state = state;
  }
}
