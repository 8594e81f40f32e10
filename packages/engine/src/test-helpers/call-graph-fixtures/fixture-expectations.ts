import type { EntryPointKind, ResolutionKind } from '@drift/core';

/** One resolved call site: caller node id, callee node id, how it was resolved. */
export type ExpectedEdge = readonly [caller: string, callee: string, kind: ResolutionKind];

/** A shortest call path between two node ids: its node ids source first, or null when none. */
export interface ExpectedPath {
  readonly from: string;
  readonly to: string;
  readonly nodes: readonly string[] | null;
}

/** The tests `queryMinimumTestSet` must select for a change. */
export interface ExpectedTestSet {
  /** Root-relative changed files. */
  readonly changed: readonly string[];
  /** Selected runnable test node ids, sorted. */
  readonly tests: readonly string[];
  /** Their files, sorted. */
  readonly files: readonly string[];
}

/** What `analyzeImpact` must report for one changed function. */
export interface ExpectedImpact {
  readonly function: string;
  /** Affected entry points (the function itself at depth 0): id, kind, fewest calls to it. */
  readonly entryPoints: readonly (readonly [id: string, kind: EntryPointKind, depth: number])[];
  /** Ids of the affected tests. */
  readonly tests: readonly string[];
}

/**
 * An edit of the fixture for the incremental check: file contents to write (null removes the
 * file); a rescan must then give exactly the graph a fresh full scan of the edited tree gives,
 * and its edges must be those before the edit without `removedEdges`, with `addedEdges`.
 */
export interface FixtureEdit {
  readonly description: string;
  readonly files: Readonly<Record<string, string | null>>;
  /** Call sites the edit removes (one occurrence each). */
  readonly removedEdges: readonly ExpectedEdge[];
  /** Call sites the edit adds. */
  readonly addedEdges: readonly ExpectedEdge[];
}

/**
 * The call graph of a fixture repository (`packages/engine/fixtures/call-graph/<name>/`), written
 * by hand from reading its sources, and what the analyses on it must give.
 */
export interface FixtureExpectations {
  /** Folder name under `packages/engine/fixtures/call-graph/`. */
  readonly name: string;
  /** Every edge, one per resolved call site (order does not matter). */
  readonly edges: readonly ExpectedEdge[];
  /** Every entry point: node id → kind. */
  readonly entryPoints: Readonly<Record<string, EntryPointKind>>;
  readonly paths: readonly ExpectedPath[];
  /** Node ids of the functions no entry point reaches. */
  readonly dead: readonly string[];
  /** Each cycle (strongly connected component with a call inside it) as its node ids. */
  readonly cycles: readonly (readonly string[])[];
  readonly testSets: readonly ExpectedTestSet[];
  readonly impact: ExpectedImpact;
  /** Applied one after another, each followed by an incremental rescan. */
  readonly edits: readonly FixtureEdit[];
}
