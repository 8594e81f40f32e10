import type { CodeLanguage, ObservationContext } from '@drift/core';
import type { Language, Node, Query, Tree } from 'web-tree-sitter';
import { compileQuery } from '../parsers/tree-sitter/tree-sitter-runtime.js';
import type { DetectionFile, Detector, TreeSitterRule, TreeSitterVisitor } from './detector.js';
import type { FailureSink, ObservationSink } from './typescript-dispatch.js';

/** The detectors' queries of one language compiled into one, and which patterns are whose. */
export interface CombinedQuery {
  readonly query: Query;
  /** Per pattern index, the detectors that own it: a pattern written alike by several is compiled once. */
  readonly owners: readonly (readonly Detector[])[];
}

const compiled = new WeakMap<readonly Detector[], Map<CodeLanguage, CombinedQuery | null>>();

/**
 * The tree-sitter queries of `detectors` for `language` compiled into one query, once per
 * registry and language (cached): each detector's patterns in its own order, a pattern written
 * alike (same text, blanks around it aside) by several detectors compiled once and owned by all
 * of them, unless sharing it would put it before one of the detector's earlier patterns. Null
 * when no detector has a rule for the language.
 *
 * @throws ParseError `QUERY_COMPILATION` (from `compileQuery`) when a detector's query does not compile.
 */
export function combinedQuery(
  language: CodeLanguage,
  grammar: Language,
  detectors: readonly Detector[],
): CombinedQuery | null {
  let combined = compiled.get(detectors);
  if (combined === undefined) {
    combined = new Map();
    compiled.set(detectors, combined);
  }
  const cached = combined.get(language);
  if (cached !== undefined) return cached;
  const owners: Detector[][] = [];
  const patterns: string[] = [];
  const indexOfPattern = new Map<string, number>();
  for (const detector of detectors) {
    const rule = detector.treeSitter?.[language];
    if (rule === undefined) continue;
    const single = compileQuery(grammar, `${detector.id} (${language})`, rule.query);
    const bytes = Buffer.from(rule.query, 'utf8');
    let previous = -1;
    // A pattern's range runs to the next pattern's start, blanks included.
    for (let index = 0; index < single.patternCount(); index += 1) {
      const text = bytes
        .subarray(single.startIndexForPattern(index), single.endIndexForPattern(index))
        .toString('utf8')
        .trim();
      const known = indexOfPattern.get(text);
      // Shared only when that keeps this detector's patterns in its own order, which is the
      // order its visitor sees matches of one node in.
      if (known !== undefined && known > previous) {
        owners[known]?.push(detector);
        previous = known;
        continue;
      }
      previous = patterns.length;
      indexOfPattern.set(text, previous);
      patterns.push(text);
      owners.push([detector]);
    }
    single.delete();
  }
  const result =
    patterns.length === 0
      ? null
      : { query: compileQuery(grammar, `detectors (${language})`, patterns.join('\n')), owners };
  combined.set(language, result);
  return result;
}

/**
 * Runs the tree-sitter rules of every detector of the registry for the tree's language: their
 * queries are compiled once per thread into one query (so the tree is walked once, and a pattern
 * several detectors write alike, such as Python's route decorator, is matched once), and each
 * match goes to the visitors of the detectors owning its pattern that apply to this file. A visitor that throws is reported to `fail` and gets no further matches.
 *
 * @param registry every detector (the combined query is built from all of them, once).
 * @param applicable the detectors that observe this file.
 */
export function runTreeSitterRules(
  language: CodeLanguage,
  tree: Tree,
  file: DetectionFile,
  registry: readonly Detector[],
  applicable: ReadonlySet<Detector>,
  sink: ObservationSink,
  fail: FailureSink,
): void {
  const query = combinedQuery(language, tree.language, registry);
  if (query === null) return;
  const root = tree.rootNode;
  const visitors = new Map<Detector, TreeSitterVisitor>();
  for (const detector of applicable) {
    const rule: TreeSitterRule | undefined = detector.treeSitter?.[language];
    if (rule === undefined) continue;
    const id = detector.id;
    const report = (variant: string, node: Node, context?: ObservationContext): void => {
      sink(id, {
        variant,
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        endLine: node.endPosition.row + 1,
        snippet: node.text,
        ...(context === undefined ? {} : { context }),
      });
    };
    try {
      visitors.set(detector, rule.create({ file, root, report }));
    } catch (error) {
      fail(id, error);
    }
  }
  if (visitors.size === 0) return;
  for (const match of query.query.matches(root)) {
    for (const owner of query.owners[match.patternIndex] ?? []) {
      const visitor = visitors.get(owner);
      if (visitor === undefined) continue;
      try {
        visitor.match(match);
      } catch (error) {
        visitors.delete(owner);
        fail(owner.id, error);
      }
    }
  }
  for (const [detector, visitor] of visitors) {
    try {
      visitor.end?.();
    } catch (error) {
      fail(detector.id, error);
    }
  }
}
