import { MODULE_NODE_NAME, type CallGraphNode, type CodeLanguage } from '@drift/core';
import type { CallGraphIndex } from './call-graph-index.js';
import { isFrameworkMagicName } from './framework-magic-names.js';

/** What the caller knows beyond the call graph. All default to empty sets. */
export interface DeadCodeOptions {
  /** Names found in strings, decorators and reflection calls (`getattr(x, "name")`, `"Class::method"`). */
  readonly dynamicNames?: ReadonlySet<string>;
  /** Names of classes that extend or implement something, whose methods may be overrides. */
  readonly overridableClasses?: ReadonlySet<string>;
  /** Root-relative paths of files some file imports (their module-level code runs). */
  readonly importedFiles?: ReadonlySet<string>;
}

/** Why an unreachable function may still be used, lowering the confidence that it is dead. */
export type DeadCodeFactor =
  'exported' | 'dynamicName' | 'frameworkMagic' | 'override' | 'reflectiveLanguage';

/**
 * The multiplier each factor applies to the confidence (which starts at 1):
 * - `frameworkMagic` 0.2: the runtime or a framework calls it implicitly (`__str__`, `toString`,
 *   `Drop::drop`, constructors; see `isFrameworkMagicName`); such code is "only called
 *   implicitly", which Vulture names as its main source of false positives;
 * - `dynamicName` 0.3: its name or qualified name occurs in a string, decorator or reflection
 *   call, so it may be called by name;
 * - `override` 0.5: a method of a class that extends or implements something may be called
 *   through the base type, which the call graph does not resolve;
 * - `exported` 0.6: visible outside its module, so code outside the analysed project may call
 *   it (Vulture gives unused functions 60 % confidence for the same kind of uncertainty);
 * - `reflectiveLanguage` 0.8: Java, Kotlin, C#, PHP and Ruby code is often called through
 *   reflection, dependency injection or metaprogramming.
 *
 * The weights are Drift's own; Vulture (github.com/jendrikseipp/vulture) is the peer tool whose
 * confidence model this follows.
 */
export const DEAD_CODE_FACTOR_WEIGHTS: Readonly<Record<DeadCodeFactor, number>> = {
  frameworkMagic: 0.2,
  dynamicName: 0.3,
  override: 0.5,
  exported: 0.6,
  reflectiveLanguage: 0.8,
};

const FACTORS = Object.keys(DEAD_CODE_FACTOR_WEIGHTS) as DeadCodeFactor[];

const REFLECTIVE_LANGUAGES: ReadonlySet<CodeLanguage> = new Set([
  'java',
  'kotlin',
  'csharp',
  'php',
  'ruby',
]);

/** A function no entry point reaches. */
export interface DeadFunction {
  readonly node: CallGraphNode;
  /** 0–1: the product of the weights of `factors` (1 when there is none), rounded to 3 places. */
  readonly confidence: number;
  /** The factors that lower the confidence, in {@link DEAD_CODE_FACTOR_WEIGHTS} order. */
  readonly factors: readonly DeadCodeFactor[];
  /** Calls of it in the graph (all from unreachable code); 0 when nothing calls it at all. */
  readonly callerCount: number;
  /**
   * The dead function up its callers whose lower confidence caps this one's (a caller, or a
   * caller's caller), or null: a function is dead only if
   * all its callers are, so it is no more certainly dead than the least certain of them (a
   * private helper of a public function that may be called from outside the project).
   */
  readonly cappedBy: string | null;
}

/** The unreachable functions of a call graph. */
export interface DeadCodeReport {
  /** Sorted by confidence, highest first, then by graph node order. */
  readonly deadFunctions: readonly DeadFunction[];
  /** Functions (module-level code left out) reachable from an entry point. */
  readonly reachableFunctions: number;
  /** Functions in the graph, module-level code left out. */
  readonly totalFunctions: number;
}

/**
 * Caps each dead function's confidence at the lowest confidence among its dead callers,
 * propagated along the calls (a worklist; `min` never compounds, so cycles settle): O(dead
 * nodes + their edges) per distinct confidence value.
 */
function capByCallers(
  index: CallGraphIndex,
  own: Float64Array,
  factorsOf: readonly (readonly DeadCodeFactor[] | undefined)[],
): { confidence: Float64Array; cappedBy: Int32Array } {
  const confidence = Float64Array.from(own);
  const cappedBy = new Int32Array(index.size).fill(-1);
  const work: number[] = [];
  factorsOf.forEach((factors, i) => {
    if (factors !== undefined) work.push(i);
  });
  while (work.length > 0) {
    const caller = work.pop() as number;
    for (const edge of index.outgoing(caller)) {
      const callee = index.calleeOf(edge);
      if (factorsOf[callee] === undefined || callee === caller) continue;
      if ((confidence[caller] as number) < (confidence[callee] as number)) {
        confidence[callee] = confidence[caller] as number;
        cappedBy[callee] = cappedBy[caller] === -1 ? caller : (cappedBy[caller] as number);
        work.push(callee);
      }
    }
  }
  return { confidence, cappedBy };
}

/**
 * The functions no entry point reaches, by one breadth-first search from all roots at once:
 * - every entry point (`entryPoint` set) is a root;
 * - the `<module>` node of an imported file is a root (its top-level code runs on import);
 * - reaching any node of a file reaches that file's `<module>` node too: the file is loaded.
 * Every other node that search does not reach is dead, except `<module>` nodes (files, not
 * functions). Each gets a confidence from the factors of {@link DEAD_CODE_FACTOR_WEIGHTS},
 * capped at the confidence of its least certainly dead caller (`cappedBy`).
 * All edges count, whatever their confidence, so a weak resolution keeps code alive.
 * O(nodes + edges).
 */
export function findDeadCode(index: CallGraphIndex, options: DeadCodeOptions = {}): DeadCodeReport {
  const dynamicNames = options.dynamicNames ?? new Set<string>();
  const overridableClasses = options.overridableClasses ?? new Set<string>();
  const importedFiles = options.importedFiles ?? new Set<string>();
  const isModule = (node: CallGraphNode): boolean => node.qualifiedName === MODULE_NODE_NAME;

  const moduleOfFile = new Map<string, number>();
  index.nodes.forEach((node, i) => {
    if (isModule(node)) moduleOfFile.set(node.file, i);
  });
  const reached = new Uint8Array(index.size);
  const queue: number[] = [];
  const reach = (node: number | undefined): void => {
    if (node === undefined || reached[node] === 1) return;
    reached[node] = 1;
    queue.push(node);
  };
  index.nodes.forEach((node, i) => {
    if (node.entryPoint !== null || (isModule(node) && importedFiles.has(node.file))) reach(i);
  });
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as number;
    reach(moduleOfFile.get((index.nodes[node] as CallGraphNode).file));
    for (const edge of index.outgoing(node)) reach(index.calleeOf(edge));
  }

  let totalFunctions = 0;
  let reachableFunctions = 0;
  const own = new Float64Array(index.size);
  const factorsOf: (readonly DeadCodeFactor[] | undefined)[] = [];
  index.nodes.forEach((node, i) => {
    if (isModule(node)) return;
    totalFunctions += 1;
    if (reached[i] === 1) {
      reachableFunctions += 1;
      return;
    }
    const present: Record<DeadCodeFactor, boolean> = {
      frameworkMagic: isFrameworkMagicName(node),
      dynamicName: dynamicNames.has(node.name) || dynamicNames.has(node.qualifiedName),
      override: node.className !== null && overridableClasses.has(node.className),
      exported: node.isExported,
      reflectiveLanguage: REFLECTIVE_LANGUAGES.has(node.language),
    };
    const factors = FACTORS.filter((factor) => present[factor]);
    factorsOf[i] = factors;
    own[i] = factors.reduce((value, factor) => value * DEAD_CODE_FACTOR_WEIGHTS[factor], 1);
  });
  const { confidence, cappedBy } = capByCallers(index, own, factorsOf);
  const deadFunctions: DeadFunction[] = [];
  factorsOf.forEach((factors, i) => {
    if (factors === undefined) return;
    const capper = cappedBy[i] ?? -1;
    deadFunctions.push({
      node: index.nodes[i] as CallGraphNode,
      confidence: Math.round((confidence[i] as number) * 1000) / 1000,
      factors,
      callerCount: index.incoming(i).length,
      cappedBy: capper < 0 ? null : (index.nodes[capper] as CallGraphNode).id,
    });
  });
  deadFunctions.sort((a, b) => b.confidence - a.confidence);
  return { deadFunctions, reachableFunctions, totalFunctions };
}
