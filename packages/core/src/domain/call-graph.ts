import type { CodeLanguage } from './language.js';

/**
 * How a call site was resolved to its callee (issue 5, spec 004 §10.5), best first:
 * - `local`: a function of the same file, called by its bare name;
 * - `import`: a symbol reached through the import graph (re-exports, barrels, aliases, defaults);
 * - `this`: a method on `this`/`self` of the caller's own class (or a base class);
 * - `instance`: a method on a receiver whose class is known (`new X()`, a typed parameter or
 *   property, constructor injection);
 * - `name`: the only function of that name in the project.
 */
export type ResolutionKind = 'local' | 'import' | 'this' | 'instance' | 'name';

/** Every resolution kind, best first. */
export const RESOLUTION_KINDS: readonly ResolutionKind[] = [
  'local',
  'import',
  'this',
  'instance',
  'name',
];

/**
 * The confidence (0–1) an edge of each resolution kind carries, as issue 5 fixes them: a bare
 * name resolved in its own file 0.95, through imports or `this` 0.9, through a known receiver
 * type 0.8, by a project-unique name 0.5. An ambiguous name gives no edge.
 */
export const RESOLUTION_CONFIDENCE: Readonly<Record<ResolutionKind, number>> = {
  local: 0.95,
  import: 0.9,
  this: 0.9,
  instance: 0.8,
  name: 0.5,
};

/**
 * Why a function is an entry point of the program: a route handler, a `main` function, the
 * exported API of a package, a CLI command, a test function, a framework lifecycle hook
 * (`componentDidMount`, `ngOnInit`, `setUp`, `@PostConstruct` …) or an event handler.
 */
export type EntryPointKind = 'route' | 'main' | 'exported' | 'cli' | 'test' | 'lifecycle' | 'event';

/**
 * A function or method of the call graph. `id` is stable across scans: the root-relative file,
 * `#`, the qualified name, and `@n` for the n-th (n ≥ 2) function of the same qualified name in
 * that file (overloads in languages that have them, redefinitions otherwise):
 * `src/user.ts#UserService.find`, `a.py#helper@2`.
 */
export interface CallGraphNode {
  readonly id: string;
  /** Root-relative path with `/` separators. */
  readonly file: string;
  readonly language: CodeLanguage;
  readonly name: string;
  readonly qualifiedName: string;
  /** The enclosing class/struct/impl, or null. */
  readonly className: string | null;
  /** 1-based, inclusive. */
  readonly startLine: number;
  readonly endLine: number;
  readonly isExported: boolean;
  /** Why this function is an entry point, or null. */
  readonly entryPoint: EntryPointKind | null;
}

/** A resolved call: `caller` calls `callee` at `file:line:column` (the caller's file). */
export interface CallGraphEdge {
  /** Node id of the calling function. */
  readonly caller: string;
  /** Node id of the called function. */
  readonly callee: string;
  /** Root-relative path of the call site (the caller's file). */
  readonly file: string;
  /** 1-based line and column of the call site. */
  readonly line: number;
  readonly column: number;
  readonly kind: ResolutionKind;
  /** {@link RESOLUTION_CONFIDENCE} of `kind`, 0–1. */
  readonly confidence: number;
  /**
   * True when the site does not call the callee but passes it as a value (`app.get('/', h)`,
   * `arr.map(format)`, `Thread(target=work)`, `this::handle`; a `ReferenceFact`). A callback
   * passed to a callee is called by it: static call-graph builders approximate that by an edge
   * from the function that passes it, so the callback is reachable, not dead. Consumers that
   * count calls (call-hierarchy oracles, fan-out metrics) skip these edges.
   */
  readonly reference: boolean;
  /**
   * True when the edge is no call site but dynamic dispatch: `caller` is a method and `callee`
   * overrides or implements it in a subclass (`OrderService.place` → `DefaultOrderService.place`),
   * so a call resolved to `caller` may run `callee` (class hierarchy analysis, Dean, Grove and
   * Chambers, ECOOP 1995). `file` and `line` are the override's declaration; the kind is `this`
   * (dispatch on the receiver object). Traversals (reachability, impact, dead code, test
   * selection) follow these edges; cycles and call counts leave them out. Absent on call edges.
   */
  readonly dispatch?: true;
  /**
   * For a reference passed to a route, CLI or event registration (`router.get('/x', h)`,
   * `program.action(run)`, `emitter.on('data', h)`), the entry-point kind that registration
   * makes the callee; absent otherwise.
   */
  readonly registers?: EntryPointKind;
}

/**
 * The qualified name of a file's module-level code: calls made outside any function (top-level
 * statements, `if __name__ == "__main__":` blocks, route registrations) have the node
 * `<file>#<module>` as their caller.
 */
export const MODULE_NODE_NAME = '<module>';

/** The graph of a project, or of the part of it a build touched. */
export interface CallGraph {
  readonly nodes: readonly CallGraphNode[];
  readonly edges: readonly CallGraphEdge[];
}

/** What an update of the call graph stored in drift.db did. */
export interface CallGraphUpdate {
  /**
   * `full`: every file was resolved again (first build, a full build asked for, or a
   * configuration file the module resolution read has changed); `incremental`: the changed
   * files and their dependents; `unchanged`: nothing to do.
   */
  readonly mode: 'full' | 'incremental' | 'unchanged';
  /** Files whose nodes were written (changed or added). */
  readonly filesRebuilt: number;
  /** Files whose outgoing edges were resolved again. */
  readonly filesResolved: number;
  /** Files whose graph was dropped because they are gone. */
  readonly filesRemoved: number;
  /** Wall time, ms. */
  readonly durationMs: number;
}
